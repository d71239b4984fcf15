import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { FieldDef } from '@sell-bridge/core';
import { useI18n } from '../../i18n/I18nProvider';
import { StyledList, StyledPanel, StyledPanelTitle, StyledSubtle } from '../styled';
import { SortableFieldRow } from './SortableFieldRow';

/** Droppable id of the card's list (a drop on its empty space adds at the end). */
export const SHOWN_LIST = 'shown-list';

export interface ShownFieldListProps {
  fields: readonly string[];
  byKey: ReadonlyMap<string, FieldDef>;
  labelOf: (key: string) => string;
  onMove: (from: number, to: number) => void;
  onRemove: (key: string) => void;
  disabled: boolean;
  titleId: string;
  /** The list itself is no drop target (rows still are). */
  dropDisabled?: boolean;
}

/** The card's fields in order, sortable by drag (pointer or keyboard) and by the move buttons. */
export function ShownFieldList({ fields, byKey, labelOf, onMove, onRemove, disabled, titleId, dropDisabled = false }: ShownFieldListProps) {
  const { t } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: SHOWN_LIST, data: { to: 'shown' }, disabled: dropDisabled });
  return (
    <StyledPanel ref={setNodeRef} $over={isOver} data-testid="shown-fields">
      <StyledPanelTitle id={titleId}>{t('admin.layout.shown')}</StyledPanelTitle>
      {fields.length === 0 ? <StyledSubtle>{t('admin.layout.none_shown')}</StyledSubtle> : null}
      <SortableContext items={fields.map((key) => `shown:${key}`)} strategy={verticalListSortingStrategy}>
        <StyledList aria-labelledby={titleId}>
          {fields.map((key, index) => (
            <SortableFieldRow
              key={key}
              fieldKey={key}
              label={labelOf(key)}
              custom={byKey.get(key)?.source === 'custom'}
              missing={!byKey.has(key)}
              index={index}
              count={fields.length}
              onMove={onMove}
              onRemove={onRemove}
              disabled={disabled}
            />
          ))}
        </StyledList>
      </SortableContext>
    </StyledPanel>
  );
}

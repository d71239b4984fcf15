import { useDroppable } from '@dnd-kit/core';
import { Field, Input } from '@zendeskgarden/react-forms';
import type { FieldDef } from '@sell-bridge/core';
import { useI18n } from '../../i18n/I18nProvider';
import { StyledList, StyledPanel, StyledPanelTitle, StyledScroll, StyledSubtle } from '../styled';
import { AvailableFieldRow } from './AvailableFieldRow';

/** Droppable id of the available list: dropping a card field here removes it from the card. */
export const AVAILABLE_LIST = 'available-list';

export interface AvailableFieldListProps {
  available: readonly FieldDef[];
  query: string;
  onQuery: (query: string) => void;
  labelOf: (key: string) => string;
  onAdd: (key: string) => void;
  disabled: boolean;
  titleId: string;
  /** Nothing left to add at all (as opposed to nothing matching the search). */
  allShown: boolean;
  /** The list itself is no drop target (rows still are). */
  dropDisabled?: boolean;
}

/** Standard and custom fields not on the card, with a search; each can be dragged onto the card or added with "+". */
export function AvailableFieldList({ available, query, onQuery, labelOf, onAdd, disabled, titleId, allShown, dropDisabled = false }: AvailableFieldListProps) {
  const { t } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: AVAILABLE_LIST, data: { to: 'available' }, disabled: dropDisabled });
  let empty: string | null = null;
  if (allShown) empty = t('admin.layout.none_available');
  else if (available.length === 0) empty = t('admin.layout.no_match', { query });
  return (
    <StyledPanel ref={setNodeRef} $over={isOver} data-testid="available-fields">
      <StyledPanelTitle id={titleId}>{t('admin.layout.available')}</StyledPanelTitle>
      <Field>
        <Field.Label hidden>{t('admin.layout.search')}</Field.Label>
        <Input isCompact type="search" value={query} placeholder={t('admin.layout.search')} onChange={(event) => onQuery(event.target.value)} />
      </Field>
      {empty ? <StyledSubtle>{empty}</StyledSubtle> : null}
      <StyledScroll>
        <StyledList aria-labelledby={titleId}>
          {available.map((def) => (
            <AvailableFieldRow key={def.key} fieldKey={def.key} label={labelOf(def.key)} custom={def.source === 'custom'} onAdd={onAdd} disabled={disabled} />
          ))}
        </StyledList>
      </StyledScroll>
    </StyledPanel>
  );
}

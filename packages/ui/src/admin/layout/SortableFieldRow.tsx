import { IconButton } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useI18n } from '../../i18n/I18nProvider';
import { ArrowDownIcon, ArrowUpIcon, CrossIcon, GripIcon } from '../icons';
import { StyledItem, StyledItemLabel, StyledItemMeta } from '../styled';

export interface SortableFieldRowProps {
  fieldKey: string;
  label: string;
  custom: boolean;
  /** The key names no field Sell still has (a deleted custom field). */
  missing: boolean;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (key: string) => void;
  disabled: boolean;
}

/** One field on the card: a drag handle (pointer and keyboard), its label, and move up / move down / remove buttons. */
export function SortableFieldRow({ fieldKey, label, custom, missing, index, count, onMove, onRemove, disabled }: SortableFieldRowProps) {
  const { t } = useI18n();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: `shown:${fieldKey}`,
    data: { from: 'shown', key: fieldKey },
    disabled,
    attributes: { roleDescription: t('admin.layout.role_sortable') },
  });
  return (
    <StyledItem
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      $dragging={isDragging}
      $warning={missing}
      data-layout-field={fieldKey}
    >
      <IconButton size="small" isBasic ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={t('admin.layout.drag', { field: label })}>
        <GripIcon />
      </IconButton>
      <StyledItemLabel dir="auto">{label}</StyledItemLabel>
      <StyledItemMeta>
        {custom ? <Tag size="small">{t('admin.layout.custom')}</Tag> : null}
        {missing ? (
          <Tag size="small" hue="yellow">
            {t('admin.layout.missing')}
          </Tag>
        ) : null}
      </StyledItemMeta>
      <IconButton
        size="small"
        isBasic
        data-move="up"
        aria-label={t('admin.layout.move_up', { field: label })}
        disabled={disabled || index === 0}
        onClick={() => onMove(index, index - 1)}
      >
        <ArrowUpIcon />
      </IconButton>
      <IconButton
        size="small"
        isBasic
        data-move="down"
        aria-label={t('admin.layout.move_down', { field: label })}
        disabled={disabled || index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        <ArrowDownIcon />
      </IconButton>
      <IconButton size="small" isBasic isDanger data-remove aria-label={t('admin.layout.remove', { field: label })} disabled={disabled} onClick={() => onRemove(fieldKey)}>
        <CrossIcon />
      </IconButton>
    </StyledItem>
  );
}

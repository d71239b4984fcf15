import { IconButton } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { useDraggable } from '@dnd-kit/core';
import { useI18n } from '../../i18n/I18nProvider';
import { GripIcon, PlusIcon } from '../icons';
import { StyledItem, StyledItemLabel, StyledItemMeta } from '../styled';

export interface AvailableFieldRowProps {
  fieldKey: string;
  label: string;
  custom: boolean;
  onAdd: (key: string) => void;
  disabled: boolean;
}

/** A field that is not on the card: drag it onto the card, or press "+" to add it at the end. */
export function AvailableFieldRow({ fieldKey, label, custom, onAdd, disabled }: AvailableFieldRowProps) {
  const { t } = useI18n();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: `available:${fieldKey}`,
    data: { from: 'available', key: fieldKey },
    disabled,
    attributes: { roleDescription: t('admin.layout.role_draggable') },
  });
  return (
    <StyledItem ref={setNodeRef} $dragging={isDragging} data-available-field={fieldKey}>
      <IconButton size="small" isBasic ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={t('admin.layout.drag', { field: label })}>
        <GripIcon />
      </IconButton>
      <StyledItemLabel dir="auto">{label}</StyledItemLabel>
      <StyledItemMeta>{custom ? <Tag size="small">{t('admin.layout.custom')}</Tag> : null}</StyledItemMeta>
      <IconButton size="small" isBasic data-add aria-label={t('admin.layout.add', { field: label })} disabled={disabled} onClick={() => onAdd(fieldKey)}>
        <PlusIcon />
      </IconButton>
    </StyledItem>
  );
}

import { useMemo } from 'react';
import { Combobox, Field, Option, type IComboboxProps } from '@zendeskgarden/react-dropdowns';
import type { SellUser } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import type { UsersLoad } from './types';

const NONE = '__none__';

export interface PrimaryAdminFieldProps {
  value: number | null;
  users: UsersLoad;
  onChange: (id: number | null) => void;
  disabled?: boolean;
}

/** Active Sell admins who are people (not distribution pools), by name. */
function sellAdmins(users: readonly SellUser[]): SellUser[] {
  return users
    .filter((user) => user.role === 'admin' && user.status === 'active' && !user.deleted_at && user.sell_login_disabled !== true)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
}

/** `primary_admin_id`: one of the active Sell admins, shown by name; a saved id that is not one stays visible, flagged. */
export function PrimaryAdminField({ value, users, onChange, disabled = false }: PrimaryAdminFieldProps) {
  const { t } = useI18n();
  const admins = useMemo(() => sellAdmins(users.users), [users.users]);
  const current = value === null ? undefined : users.users.find((user) => user.id === value);
  const isAdmin = value !== null && admins.some((admin) => admin.id === value);
  const flagged = value !== null && users.status === 'ready' && !isAdmin;
  const currentName = value === null ? t('admin.primary_admin.none') : (current?.name ?? t('admin.owners.unknown_name', { id: value }));

  const handleChange: NonNullable<IComboboxProps['onChange']> = ({ selectionValue }) => {
    if (typeof selectionValue === 'string') onChange(selectionValue === NONE ? null : Number(selectionValue));
  };

  return (
    <Field>
      <Field.Label>{t('admin.primary_admin.label')}</Field.Label>
      <Field.Hint>{t('admin.primary_admin.hint')}</Field.Hint>
      <Combobox
        isEditable={false}
        isCompact
        isDisabled={disabled}
        selectionValue={value === null ? NONE : String(value)}
        onChange={handleChange}
        listboxAriaLabel={t('admin.primary_admin.listbox')}
        listboxMaxHeight="220px"
        validation={flagged ? 'warning' : undefined}
        renderValue={() => <span dir="auto">{currentName}</span>}
      >
        <Option key={NONE} value={NONE} label={t('admin.primary_admin.none')} />
        {admins.map((admin) => (
          <Option key={admin.id} value={String(admin.id)} label={admin.name}>
            <span dir="auto">{admin.name}</span>
          </Option>
        ))}
        {value !== null && !isAdmin ? <Option key="__current__" value={String(value)} label={currentName} isHidden /> : null}
      </Combobox>
      {flagged ? <Field.Message validation="warning" validationLabel={t('validation.warning')}>{t('admin.primary_admin.not_admin', { name: currentName })}</Field.Message> : null}
    </Field>
  );
}

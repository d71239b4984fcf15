import { Combobox, Field, Option, type IComboboxProps } from '@zendeskgarden/react-dropdowns';
import { useI18n } from '../i18n/I18nProvider';

export interface LeadStatusFieldProps {
  value: string;
  /** Sell's lead status names; null while loading or when they could not be loaded. */
  statuses: readonly string[] | null;
  onChange: (value: string) => void;
  disabled?: boolean;
}

/**
 * `lead_status`: one of Sell's lead statuses. A saved name Sell no longer has stays selectable, marked, so opening the
 * view never changes a setting by itself.
 */
export function LeadStatusField({ value, statuses, onChange, disabled = false }: LeadStatusFieldProps) {
  const { t } = useI18n();
  const missing = statuses !== null && value !== '' && !statuses.includes(value);
  const names = statuses ?? [];
  const handleChange: NonNullable<IComboboxProps['onChange']> = ({ selectionValue }) => {
    if (typeof selectionValue === 'string') onChange(selectionValue);
  };
  return (
    <Field>
      <Field.Label>{t('admin.lead_status.label')}</Field.Label>
      <Field.Hint>{t('admin.lead_status.hint')}</Field.Hint>
      <Combobox
        isEditable={false}
        isCompact
        isDisabled={disabled}
        selectionValue={value === '' ? null : value}
        onChange={handleChange}
        listboxAriaLabel={t('admin.lead_status.listbox')}
        listboxMaxHeight="220px"
        validation={missing ? 'warning' : undefined}
        // Shown from the value itself: the statuses may arrive after the saved one is known.
        renderValue={() => <span dir="auto">{value}</span>}
      >
        {names.map((name) => (
          <Option key={name} value={name} label={name}>
            <span dir="auto">{name}</span>
          </Option>
        ))}
        {value !== '' && !names.includes(value) ? (
          <Option key="__current__" value={value} label={value}>
            <span dir="auto">{value}</span>
            {missing ? <Option.Meta>{t('admin.lead_status.not_in_sell_meta')}</Option.Meta> : null}
          </Option>
        ) : null}
      </Combobox>
      {missing ? <Field.Message validation="warning" validationLabel={t('validation.warning')}>{t('admin.lead_status.not_in_sell', { name: value })}</Field.Message> : null}
    </Field>
  );
}

import { useMemo } from 'react';
import { Combobox, Field, Option, type IComboboxProps } from '@zendeskgarden/react-dropdowns';
import { useI18n } from '../i18n/I18nProvider';

const LIMIT = 50;
const NONE = '__none__';

export interface LeadSourceFieldProps {
  /** The typed or chosen name; empty for no source. */
  value: string;
  /** Sell's lead source names; null while loading or when they could not be loaded. */
  sources: readonly string[] | null;
  onChange: (value: string) => void;
  disabled?: boolean;
}

/**
 * `lead_source`: pick one of Sell's lead sources or type a new name. A new name is allowed: the sidebars create the
 * source in Sell the first time an agent creates a lead (docs/architecture.md §4), and the field says so.
 */
export function LeadSourceField({ value, sources, onChange, disabled = false }: LeadSourceFieldProps) {
  const { t } = useI18n();
  const typed = value.trim();
  const names = useMemo(() => sources ?? [], [sources]);
  const exists = names.includes(typed);
  // After a pick the input holds a whole name: list every source then, not only the one that matches it.
  const shown = useMemo(() => {
    const needle = exists ? '' : typed.toLocaleLowerCase();
    return names.filter((name) => name.toLocaleLowerCase().includes(needle)).slice(0, LIMIT);
  }, [names, typed, exists]);
  const isNew = sources !== null && typed !== '' && !exists;

  const handleChange: NonNullable<IComboboxProps['onChange']> = ({ type, selectionValue, inputValue }) => {
    if (typeof selectionValue === 'string') onChange(selectionValue === NONE ? '' : selectionValue);
    else if (type === 'input:change' && inputValue !== undefined) onChange(inputValue);
  };

  return (
    <Field>
      <Field.Label>{t('admin.lead_source.label')}</Field.Label>
      <Field.Hint>{t('admin.lead_source.hint')}</Field.Hint>
      <Combobox
        isEditable
        isAutocomplete
        isCompact
        isDisabled={disabled}
        inputValue={value}
        selectionValue={exists ? typed : null}
        onChange={handleChange}
        listboxAriaLabel={t('admin.lead_source.listbox')}
        listboxMaxHeight="220px"
        inputProps={{ dir: 'auto' }}
      >
        {typed !== '' ? <Option key={NONE} value={NONE} label={t('admin.lead_source.none')} /> : null}
        {shown.map((name) => (
          <Option key={name} value={name} label={name}>
            <span dir="auto">{name}</span>
          </Option>
        ))}
        {isNew ? (
          <Option key="__new__" value={typed} label={typed} type="add">
            {t('admin.lead_source.new_option', { name: typed })}
          </Option>
        ) : null}
      </Combobox>
      {isNew ? <Field.Message>{t('admin.lead_source.new', { name: typed })}</Field.Message> : null}
    </Field>
  );
}

import { Field, Fieldset, Radio } from '@zendeskgarden/react-forms';
import type { DataAccess } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';

const MODES: readonly DataAccess[] = ['sell_users_only', 'all_agents'];

export interface DataAccessFieldProps {
  value: DataAccess;
  onChange: (value: DataAccess) => void;
  disabled?: boolean;
}

/** `data_access` as two radios, each with one sentence on what it means for agents (docs/architecture.md §6). */
export function DataAccessField({ value, onChange, disabled = false }: DataAccessFieldProps) {
  const { t } = useI18n();
  return (
    <Fieldset>
      <Fieldset.Legend>{t('admin.access.legend')}</Fieldset.Legend>
      {MODES.map((mode) => (
        <Field key={mode}>
          <Radio name="data_access" value={mode} checked={value === mode} disabled={disabled} onChange={() => onChange(mode)}>
            <Field.Label>{t(`admin.access.${mode}`)}</Field.Label>
            <Field.Hint>{t(`admin.access.${mode}_hint`)}</Field.Hint>
          </Radio>
        </Field>
      ))}
    </Fieldset>
  );
}

import { Field, Input, Textarea } from '@zendeskgarden/react-forms';
import { useI18n } from '../i18n/I18nProvider';
import type { LeadFormField } from './leadFormFields';

export interface LeadTextFieldProps {
  field: LeadFormField;
  value: string;
  /** Translated error; marks the input invalid. */
  error: string | null;
  hint?: string;
  onChange: (field: LeadFormField, value: string) => void;
  onBlur: (field: LeadFormField) => void;
  disabled?: boolean;
}

const INPUT_TYPE: Partial<Record<LeadFormField, string>> = { email: 'email', phone: 'tel' };
const AUTOCOMPLETE: Partial<Record<LeadFormField, string>> = { email: 'off', phone: 'off' };

/** One text field of the lead form: Garden label, optional hint, input (or textarea) and its error message. */
export function LeadTextField({ field, value, error, hint, onChange, onBlur, disabled = false }: LeadTextFieldProps) {
  const { t } = useI18n();
  const common = {
    name: field,
    value,
    dir: 'auto',
    disabled,
    validation: error ? ('error' as const) : undefined,
    'aria-invalid': error ? true : undefined,
    onBlur: () => onBlur(field),
  };
  return (
    <Field>
      <Field.Label>{t(`lead.field.${field}`)}</Field.Label>
      {hint ? <Field.Hint>{hint}</Field.Hint> : null}
      {field === 'description' ? (
        <Textarea {...common} isCompact minRows={3} maxRows={10} onChange={(event) => onChange(field, event.target.value)} />
      ) : (
        <Input
          {...common}
          isCompact
          type={INPUT_TYPE[field] ?? 'text'}
          autoComplete={AUTOCOMPLETE[field] ?? 'off'}
          onChange={(event) => onChange(field, event.target.value)}
        />
      )}
      {error ? <Field.Message validation="error" validationLabel={t('validation.error')}>{error}</Field.Message> : null}
    </Field>
  );
}

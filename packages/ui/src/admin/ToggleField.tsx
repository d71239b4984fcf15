import { Field, Toggle } from '@zendeskgarden/react-forms';
import { useI18n } from '../i18n/I18nProvider';

export interface ToggleFieldProps {
  /** Translation keys of the label and the one-sentence hint. */
  labelKey: string;
  hintKey: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

/** An on/off installation setting (a manifest `checkbox`) as a Garden toggle with its hint. */
export function ToggleField({ labelKey, hintKey, checked, onChange, disabled = false }: ToggleFieldProps) {
  const { t } = useI18n();
  return (
    <Field>
      <Toggle checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)}>
        <Field.Label>{t(labelKey)}</Field.Label>
        <Field.Hint>{t(hintKey)}</Field.Hint>
      </Toggle>
    </Field>
  );
}

import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import type { FieldError, LeadDraft, LeadDraftErrors, OwnerDecision } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import { LeadTextField } from './LeadTextField';
import { OwnerPicker, type OwnerLoading } from './OwnerPicker';
import { ReadOnlyValue } from './ReadOnlyValue';
import type { LeadFocusTarget, LeadFormField } from './leadFormFields';
import { StyledActions, StyledFieldRow, StyledHeading, StyledLeadForm, StyledNote } from './styled/StyledLeadParts';

/** The owner part of the form: core's decision, the agent's pick, and its error. */
export interface LeadFormOwner {
  decision: OwnerDecision;
  value: number | null;
  onChange: (id: number) => void;
  error: FieldError | null;
  /** How the owners Sell was asked for are loading; absent: everything is known. */
  loading?: OwnerLoading;
}

export interface LeadFormProps {
  values: LeadDraft;
  /** Errors to show now (the container decides which: blurred fields, everything after a submit, Sell's 422). */
  errors: LeadDraftErrors;
  onChange: (field: LeadFormField, value: string) => void;
  onBlur: (field: LeadFormField) => void;
  onSubmit: () => void;
  owner: LeadFormOwner;
  /** What the form is waiting for; anything but `idle` disables it. */
  busy: 'idle' | 'checking' | 'submitting';
  /** False when the lead cannot be created at all (e.g. no usable owner). */
  canSubmit: boolean;
  /** Moves focus to a field whenever `nonce` changes (after a failed submit). */
  focusRequest: { target: LeadFocusTarget; nonce: number } | null;
  /** Alerts shown above the button (duplicates, failures). */
  notice?: ReactNode;
  /** Set when the values came from a saved draft; offers to start over. */
  onDiscardDraft?: (() => void) | null;
  /** True when the browser refused to store the draft (full or blocked storage): the agent is told. */
  draftNotKept?: boolean;
  /** True when Sell could not be searched for the phone number and no email lets the duplicate check run. */
  phoneUnchecked?: boolean;
}

const ROW: readonly LeadFormField[] = ['first_name', 'last_name'];
const SINGLE: readonly LeadFormField[] = ['organization_name', 'email', 'phone', 'title'];

function focusTarget(form: HTMLFormElement, target: LeadFocusTarget): void {
  if (target !== 'owner') {
    form.querySelector<HTMLElement>(`[name="${target}"]`)?.focus();
    return;
  }
  const owner = form.querySelector<HTMLElement>('[data-field="owner"]');
  const select = owner?.querySelector<HTMLElement>('[role="combobox"]:not([hidden])');
  if (select) return select.focus();
  // An editable Garden combobox keeps its input hidden until its trigger is clicked, which focuses the input.
  owner?.querySelector<HTMLElement>('[data-garden-container-id="containers.combobox"]')?.click();
}

/** The "create lead" form: editable fields, owner, status and source from the settings, and the submit button. */
export function LeadForm(props: LeadFormProps) {
  const { values, errors, onChange, onBlur, onSubmit, owner, busy, canSubmit, focusRequest, notice, onDiscardDraft, draftNotKept, phoneUnchecked } = props;
  const { t } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();
  const disabled = busy !== 'idle';

  useEffect(() => {
    if (focusRequest && formRef.current) focusTarget(formRef.current, focusRequest.target);
  }, [focusRequest]);

  const message = (error: FieldError | undefined | null): string | null => (error ? t(error.key, error.values) : null);
  const field = (name: LeadFormField, hint?: string) => (
    <LeadTextField
      key={name}
      field={name}
      value={values[name]}
      error={message(errors[name])}
      {...(hint ? { hint } : {})}
      onChange={onChange}
      onBlur={onBlur}
      disabled={disabled}
    />
  );
  const problem = (error: FieldError | undefined) =>
    error ? (
      <StyledNote role="alert" style={{ fontWeight: 600 }}>
        {message(error)}
      </StyledNote>
    ) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <StyledLeadForm ref={formRef} noValidate onSubmit={submit} aria-labelledby={headingId}>
      <div>
        <StyledHeading id={headingId}>{t('lead.title')}</StyledHeading>
        <StyledNote>{t('lead.intro')}</StyledNote>
      </div>
      {onDiscardDraft ? (
        <StyledActions style={{ marginTop: 0 }}>
          <StyledNote role="status">{t('lead.draft.restored')}</StyledNote>
          <Button size="small" isBasic onClick={onDiscardDraft} disabled={disabled}>
            {t('lead.draft.discard')}
          </Button>
        </StyledActions>
      ) : null}
      {draftNotKept ? <StyledNote role="status">{t('lead.draft.not_kept')}</StyledNote> : null}
      <StyledFieldRow>{ROW.map((name) => field(name))}</StyledFieldRow>
      <StyledNote>{t('lead.hint.name')}</StyledNote>
      {SINGLE.map((name) => field(name, name === 'phone' ? t('lead.hint.phone') : undefined))}
      <OwnerPicker
        decision={owner.decision}
        value={owner.value}
        onChange={owner.onChange}
        error={message(owner.error)}
        disabled={disabled}
        {...(owner.loading ? { loading: owner.loading } : {})}
      />
      <StyledFieldRow>
        <ReadOnlyValue label={t('lead.field.status')} value={values.status} note={t('lead.settings.reason')} problem={problem(errors.status)} />
        <ReadOnlyValue
          label={t('lead.field.source')}
          value={values.sourceName || t('lead.settings.no_source')}
          // Whether the source exists yet is the admin's concern (the admin view says so); agents only need the value.
          note={t('lead.settings.reason')}
          problem={problem(errors.sourceName)}
        />
      </StyledFieldRow>
      {values.tags.length > 0 ? (
        <ReadOnlyValue
          label={t('lead.field.tags')}
          value={values.tags.map((tag) => (
            <Tag key={tag} size="small" style={{ marginInlineEnd: 4 }}>
              <span dir="auto">{tag}</span>
            </Tag>
          ))}
          problem={problem(errors.tags)}
        />
      ) : null}
      {field('description')}
      {phoneUnchecked ? <StyledNote role="note">{t('lead.phone_unchecked')}</StyledNote> : null}
      {notice}
      <StyledActions>
        <Button type="submit" isPrimary disabled={disabled || !canSubmit} aria-busy={disabled || undefined}>
          {busy === 'submitting' ? t('lead.submitting') : busy === 'checking' ? t('lead.checking') : t('lead.submit')}
        </Button>
      </StyledActions>
    </StyledLeadForm>
  );
}

import { useMemo, useState } from 'react';
import { validateLeadDraft, type LeadDraft, type LeadDraftErrors } from '@sell-bridge/core';
import { LEAD_FORM_FIELDS, type LeadFormField } from '@sell-bridge/ui';

type Edited = Partial<Record<LeadFormField, string>>;

/**
 * The lead form's values and which errors to show. Values are the prefill overlaid with what the agent changed (or a
 * restored draft), so a late prefill (another language loaded, identity re-read) never overwrites typing. Client errors
 * show once a field was left or the form submitted; Sell's 422 errors show until the field is edited.
 */
export function useLeadFormState(prefill: LeadDraft, restored: Edited | null, defaultRegion: string | null) {
  const [edited, setEdited] = useState<Edited>(() => restored ?? {});
  const [touched, setTouched] = useState<ReadonlySet<LeadFormField>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<LeadDraftErrors>({});

  const values = useMemo<LeadDraft>(() => ({ ...prefill, ...edited }), [prefill, edited]);
  const clientErrors = useMemo(() => validateLeadDraft(values, { defaultRegion }), [values, defaultRegion]);

  const shownErrors = useMemo<LeadDraftErrors>(() => {
    const shown: LeadDraftErrors = { ...serverErrors };
    for (const field of LEAD_FORM_FIELDS) {
      const error = clientErrors[field];
      if (error && !shown[field] && (submitted || touched.has(field))) shown[field] = error;
    }
    return shown;
  }, [serverErrors, clientErrors, submitted, touched]);

  return {
    values,
    edited,
    clientErrors,
    shownErrors,
    change: (field: LeadFormField, value: string): Edited => {
      const next = { ...edited, [field]: value };
      setEdited(next);
      if (serverErrors[field]) setServerErrors(({ [field]: _dropped, ...rest }) => rest);
      return next;
    },
    blur: (field: LeadFormField) => {
      if (!touched.has(field)) setTouched(new Set([...touched, field]));
    },
    markSubmitted: () => setSubmitted(true),
    setServerErrors,
    reset: () => {
      setEdited({});
      setTouched(new Set());
      setSubmitted(false);
      setServerErrors({});
    },
  };
}

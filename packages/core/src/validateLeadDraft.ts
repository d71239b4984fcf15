import type { FieldError, LeadDraft, LeadDraftErrors, LeadDraftField } from './leadDraft';
import { LEAD_LIMITS, charCount } from './leadDraft';
import { normalizeEmail, normalizePhone } from './normalizePhone';

export type { FieldError, LeadDraftErrors } from './leadDraft';
export { LEAD_LIMITS } from './leadDraft';

/** Every translation key these validators can return, for translation-completeness tests in the apps. */
export const LEAD_ERROR_KEYS = [
  'lead.error.last_name_required',
  'lead.error.last_name_or_organization_required',
  'lead.error.email_invalid',
  'lead.error.phone_invalid',
  'lead.error.too_long',
  'lead.error.required',
  'lead.error.invalid',
  'lead.error.already_exists',
  'lead.error.rejected',
] as const;

export type LeadErrorKey = (typeof LEAD_ERROR_KEYS)[number];

const error = (key: LeadErrorKey, values?: FieldError['values']): FieldError =>
  values === undefined ? { key } : { key, values };

type LimitedField = Exclude<keyof typeof LEAD_LIMITS, 'tag'>;
const LIMITED_FIELDS = Object.keys(LEAD_LIMITS).filter((field): field is LimitedField => field !== 'tag');

/**
 * Checks a draft the way Sell does before a POST /v2/leads: a last name or a company is required, and a
 * first name needs a last name even when a company is given (Sell answers "Last Name can't be blank").
 * Email must be a plausible address and phone must parse to E.164 (national numbers read in
 * `defaultRegion`, as `toLeadCreate` will). Values are trimmed first, as `toLeadCreate` does.
 */
export function validateLeadDraft(draft: LeadDraft, options: { defaultRegion?: string | null } = {}): LeadDraftErrors {
  const errors: LeadDraftErrors = {};
  const value = (field: LimitedField): string => draft[field].trim();

  for (const field of LIMITED_FIELDS) {
    const max = LEAD_LIMITS[field];
    if (charCount(value(field)) > max) errors[field] = error('lead.error.too_long', { max });
  }
  if (draft.tags.some((tag) => charCount(tag.trim()) > LEAD_LIMITS.tag)) {
    errors.tags = error('lead.error.too_long', { max: LEAD_LIMITS.tag });
  }

  if (value('last_name') === '') {
    if (value('first_name') !== '') errors.last_name ??= error('lead.error.last_name_required');
    else if (value('organization_name') === '') errors.last_name ??= error('lead.error.last_name_or_organization_required');
  }
  if (value('email') !== '' && normalizeEmail(value('email')) === null) {
    errors.email ??= error('lead.error.email_invalid');
  }
  if (value('phone') !== '' && normalizePhone(value('phone'), options.defaultRegion).e164 === null) {
    errors.phone ??= error('lead.error.phone_invalid');
  }
  return errors;
}

/** One error of a Sell 422 body (`errors[].error`), as `sell-api` unwraps it. */
export interface SellFieldError {
  field?: string | null;
  code: string;
  message: string;
}

/** Sell 422 errors placed on form fields, and the ones no form field shows (owner, custom fields, …). */
export interface MappedSellErrors {
  fields: LeadDraftErrors;
  unmapped: SellFieldError[];
}

// Sell attribute → form field. `source_id` is chosen through `sourceName`; `owner_id` has no field in
// the draft (the owner picker owns it), so its errors stay unmapped for the form to show on top.
const SELL_FIELDS: Readonly<Record<string, LeadDraftField>> = {
  first_name: 'first_name',
  last_name: 'last_name',
  organization_name: 'organization_name',
  email: 'email',
  phone: 'phone',
  title: 'title',
  description: 'description',
  tags: 'tags',
  status: 'status',
  source_id: 'sourceName',
};

const KEY_BY_CODE: Readonly<Record<string, LeadErrorKey>> = {
  blank: 'lead.error.required',
  missing: 'lead.error.required',
  incorrect_value: 'lead.error.invalid',
  invalid_type: 'lead.error.invalid',
  already_exists: 'lead.error.already_exists',
};

// Lookups guarded with hasOwn so a code or pointer such as "constructor" cannot hit Object.prototype.
const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** The form field a Sell error pointer names: "/last_name", "/data/email", "email", "/tags/0". */
function fieldOf(pointer: string | null | undefined): LeadDraftField | undefined {
  const path = (pointer ?? '').trim().replace(/^\/?(?:data\/)?/, '');
  const [attribute = ''] = path.split(/[/.[]/);
  return own(SELL_FIELDS, attribute);
}

/**
 * Maps Sell's 422 validation errors onto the draft's fields. Each keeps Sell's own (localised) message in
 * `values.message`, so the UI may show it next to the translated key. The first error of a field wins.
 */
export function mapSellValidationErrors(errors: readonly SellFieldError[]): MappedSellErrors {
  const fields: LeadDraftErrors = {};
  const unmapped: SellFieldError[] = [];
  for (const sellError of errors) {
    const field = fieldOf(sellError.field);
    if (field === undefined) {
      unmapped.push(sellError);
      continue;
    }
    const key = own(KEY_BY_CODE, sellError.code) ?? 'lead.error.rejected';
    fields[field] ??= error(key, { message: sellError.message, code: sellError.code });
  }
  return { fields, unmapped };
}

/** The lead form's values and its error shape, shared by `buildLeadDraft` and `validateLeadDraft`. */

/** The editable values of the "create lead" form; every text is a string (empty = not set). */
export interface LeadDraft {
  first_name: string;
  last_name: string;
  organization_name: string;
  email: string;
  phone: string;
  title: string;
  description: string;
  tags: string[];
  /** Lead status name (Sell stores the name). */
  status: string;
  /** Lead source name; resolved to a `source_id` by the caller. */
  sourceName: string;
}

export type LeadDraftField = keyof LeadDraft;

/** A field error as a translation key plus the values it interpolates. */
export interface FieldError {
  key: string;
  values?: Record<string, string | number>;
}

/** Errors by form field; an empty object means the draft is valid. */
export type LeadDraftErrors = Partial<Record<LeadDraftField, FieldError>>;

/**
 * Length limits, in characters (code points). Sell documents none; 255 is the usual column size of the
 * Rails app behind it and far above real names, 254 is the RFC 5321 address limit, and the description
 * limit keeps a pasted transcript from making the request huge. `tag` applies to each tag.
 */
export const LEAD_LIMITS = {
  first_name: 255,
  last_name: 255,
  organization_name: 255,
  title: 255,
  email: 254,
  phone: 64,
  description: 10_000,
  tag: 255,
} as const;

/** Number of code points, so an emoji or a CJK extension character counts once. */
export const charCount = (text: string): number => Array.from(text).length;

/** Cuts text to at most `max` code points without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  return charCount(text) <= max ? text : Array.from(text).slice(0, max).join('').trimEnd();
}

import type { LeadDraftErrors } from '@sell-bridge/core';

/** The lead fields the agent edits, in the order the form shows them. */
export const LEAD_FORM_FIELDS = ['first_name', 'last_name', 'organization_name', 'email', 'phone', 'title', 'description'] as const;

export type LeadFormField = (typeof LEAD_FORM_FIELDS)[number];

/** Where focus goes: a text field, or the owner picker. */
export type LeadFocusTarget = LeadFormField | 'owner';

/** Every focusable part of the form in the order it is shown: the owner picker sits between job title and description. */
const LEAD_FOCUS_ORDER: readonly LeadFocusTarget[] = [...LEAD_FORM_FIELDS.slice(0, -1), 'owner', 'description'];

/** The first part of the form, in the order shown, that has an error. */
export function firstInvalidField(errors: LeadDraftErrors, ownerInvalid: boolean): LeadFocusTarget | null {
  return LEAD_FOCUS_ORDER.find((target) => (target === 'owner' ? ownerInvalid : errors[target] !== undefined)) ?? null;
}

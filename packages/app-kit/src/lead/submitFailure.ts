import { mapSellValidationErrors, type FieldError, type LeadDraftErrors } from '@sell-bridge/core';
import { errorKind, isSellApiError } from '@sell-bridge/sell-api';

/** Why a submit did not create the lead, as the form shows it. */
export interface SubmitFailure {
  tone: 'warning' | 'error';
  /** Translation key of the explanation. */
  bodyKey: string;
  values?: Record<string, string | number>;
  /** Whether the same submit may work again (busy, unavailable, answer lost); 422s need the agent's fix instead. */
  canRetry: boolean;
  /** Sell's 422 errors placed on the form's fields. */
  fields: LeadDraftErrors;
  /** Sell refused the owner (`owner_id`). */
  owner: FieldError | null;
  /** Sell's messages that no field shows. */
  details: string[];
}

const base = { fields: {}, owner: null, details: [] } satisfies Pick<SubmitFailure, 'fields' | 'owner' | 'details'>;

/** A 422 from POST /v2/leads: errors mapped onto the fields (core), the owner's apart, the rest listed. */
function validationFailure(error: unknown): SubmitFailure {
  const sellErrors = isSellApiError(error) ? error.fieldErrors : [];
  const { fields, unmapped } = mapSellValidationErrors(sellErrors);
  let owner: FieldError | null = null;
  const details: string[] = [];
  for (const item of unmapped) {
    if ((item.field ?? '').replace(/^\/?(?:data\/)?/, '') === 'owner_id') owner ??= { key: 'lead.error.rejected', values: { message: item.message || item.code } };
    else details.push(item.message || item.code);
  }
  if (sellErrors.length === 0 && error instanceof Error && error.message) details.push(error.message);
  const placed = Object.keys(fields).length > 0 || owner !== null;
  return { tone: 'error', bodyKey: placed ? 'lead.failed.fields' : 'lead.failed.rejected', canRetry: false, fields, owner, details };
}

/** Explains a failed source lookup, duplicate check or POST (not a lost answer: see `lostAnswerFailure`). */
export function submitFailure(error: unknown): SubmitFailure {
  switch (errorKind(error)) {
    case 'validation':
      return validationFailure(error);
    case 'rate_limited':
      return { ...base, tone: 'warning', bodyKey: 'lead.failed.rate_limited', canRetry: true };
    case 'server':
      return { ...base, tone: 'error', bodyKey: 'lead.failed.server', canRetry: true };
    case 'network':
      return { ...base, tone: 'error', bodyKey: 'lead.failed.offline', canRetry: true };
    case 'timeout':
      return { ...base, tone: 'warning', bodyKey: 'lead.failed.timeout', canRetry: true };
    case 'unauthorized':
      return { ...base, tone: 'error', bodyKey: 'lead.failed.unauthorized', canRetry: false };
    case 'forbidden':
      return { ...base, tone: 'error', bodyKey: 'lead.failed.forbidden', canRetry: false };
    default:
      return { ...base, tone: 'error', bodyKey: 'lead.failed.unknown', canRetry: true };
  }
}

/** The configured lead source could not be found or created: transient causes keep their text, others name the source. */
export function sourceFailure(error: unknown, name: string): SubmitFailure {
  const failure = submitFailure(error);
  if (failure.canRetry && failure.bodyKey !== 'lead.failed.unknown') return failure;
  if (failure.bodyKey === 'lead.failed.unauthorized') return failure;
  return { ...base, tone: 'error', bodyKey: 'lead.failed.source', values: { name }, canRetry: true };
}

/** The POST's answer never came and the lookup did not find the lead: `absent` proves it, `unknown` cannot tell. */
export function lostAnswerFailure(outcome: 'absent' | 'unknown'): SubmitFailure {
  return { ...base, tone: 'warning', bodyKey: outcome === 'absent' ? 'lead.failed.not_created' : 'lead.failed.unverified', canRetry: true };
}

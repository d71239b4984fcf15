import type { Requester } from './createRequester';
import { buildUrl } from './buildUrl';
import type { SellApiError } from './sellApiError';
import { isSellApiError } from './sellApiError';

/**
 * Result of a Search v3 call. Search is a premium feature (docs/platform/sell.md §Search API v3): when the plan lacks it the call answers
 * 403/404 (status undocumented), which becomes `search_unavailable` so the UI can quietly skip phone matching.
 */
export type SearchOutcome<T> = { status: 'ok'; records: T[] } | { status: 'search_unavailable'; error: SellApiError };

/** What to match a phone number against. */
export interface PhoneQuery {
  /** As the visitor / requester gave it. */
  phone: string;
  /**
   * Digits of the national number (what Sell indexes as `normalized_phone_numbers.national_number`). Pass the value
   * core's phone normalisation gives; without it see `fallbackNationalNumber` (weak for international numbers).
   */
  nationalNumber?: string;
}

/**
 * Best effort without a phone library: a national-format number loses its trunk `0`; an international one keeps all
 * its digits, because guessing the calling code's length could match someone else's number.
 */
export function fallbackNationalNumber(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) return digits;
  if (trimmed.startsWith('00')) return digits.slice(2);
  return digits.replace(/^0/, '');
}

/** Search v3 leaf filter `{filter: {attribute: {name}, parameter: {eq}}}` (docs/platform/sell.md §Search API v3). */
function eq(attribute: string, value: string): Record<string, unknown> {
  return { filter: { attribute: { name: attribute }, parameter: { eq: value } } };
}

/** Ids-only projection: full records are then read from Core v2, so both paths yield the same typed records. */
export function buildPhoneSearchBody(resource: 'leads' | 'contacts', query: PhoneQuery): unknown {
  const national = query.nationalNumber ?? fallbackNationalNumber(query.phone);
  const leaves = [eq('normalized_phone_numbers.national_number', national)];
  // Leads also expose the raw numbers (`phone_numbers.phone|mobile`); contacts only the normalised ones.
  if (resource === 'leads') leaves.push(eq('phone_numbers.phone', query.phone), eq('phone_numbers.mobile', query.phone));
  return {
    items: [{ data: { query: { projection: [{ name: 'id' }], filter: { or: leaves } }, per_page: 100 } }],
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ids from `{items: [{items: [{data: {id}}]}]}`; tolerant of missing levels (an empty result). */
export function idsFromSearchResponse(body: unknown): number[] {
  const ids: number[] = [];
  const outer = isRecord(body) && Array.isArray(body.items) ? body.items : [];
  for (const batch of outer) {
    const inner = isRecord(batch) && Array.isArray(batch.items) ? batch.items : [];
    for (const hit of inner) {
      const id = isRecord(hit) && isRecord(hit.data) ? hit.data.id : undefined;
      if (typeof id === 'number' && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/** True when a Search failure means "no Search API here" rather than a real fault. */
function isSearchUnavailable(error: SellApiError): boolean {
  return error.status === 402 || error.status === 403 || error.status === 404;
}

/**
 * POSTs the search (a read, so retried like a GET), then loads the hits from Core v2 (`?ids=`) in one request.
 * Hits the token's user cannot see are already filtered out by Search.
 */
export async function searchByPhone<T>(
  requester: Requester,
  baseUrl: string,
  resource: 'leads' | 'contacts',
  query: PhoneQuery,
  loadByIds: (ids: number[]) => Promise<T[]>,
  signal?: AbortSignal,
): Promise<SearchOutcome<T>> {
  let ids: number[];
  try {
    const response = await requester.send({
      method: 'POST',
      url: buildUrl(baseUrl, `/v3/${resource}/search`),
      body: buildPhoneSearchBody(resource, query),
      retryable: true,
      ...(signal ? { signal } : {}),
    });
    ids = idsFromSearchResponse(response.data);
  } catch (error) {
    if (isSellApiError(error) && isSearchUnavailable(error)) return { status: 'search_unavailable', error };
    throw error;
  }
  return { status: 'ok', records: ids.length === 0 ? [] : await loadByIds(ids) };
}

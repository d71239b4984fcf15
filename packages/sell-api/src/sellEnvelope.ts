import type { Requester } from './createRequester';
import { SellApiError } from './sellApiError';

/** Reports list loading: records so far and pages fetched so far. */
export type ProgressCallback = (loaded: number, pageCount: number) => void;

/** Options of calls that may take several requests. */
export interface ListOptions {
  onProgress?: ProgressCallback;
  /** Each page's records as they arrive, so a long list can be shown before it is complete. */
  onPage?: (items: readonly unknown[]) => void;
  signal?: AbortSignal;
  /** Attempts per page, fewer than the client's default (reference lists). */
  maxAttempts?: number;
}

/** Sell's per_page maximum (docs/platform/sell.md §Envelopes and paging); larger values get a 400. */
export const SELL_PER_PAGE = 100;

/** Stops a runaway `next_page` chain (100 pages = 10,000 records, far beyond any reference list we load). */
const MAX_PAGES = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function malformed(what: string, url: string): SellApiError {
  return new SellApiError({ kind: 'server', status: 200, message: `Unexpected Sell response: ${what}`, url, service: 'sell' });
}

/** `{data, meta}` → `data` (docs/platform/sell.md §Envelopes and paging). */
export function unwrapItem<T>(body: unknown, url = ''): T {
  if (!isRecord(body) || !isRecord(body.data)) throw malformed('no data object', url);
  return body.data as T;
}

/** One page of a collection: its records and the absolute URL of the next page, if any. */
export interface SellPage<T> {
  items: T[];
  nextPage: string | undefined;
}

/** `{items: [{data, meta}], meta: {links: {next_page}}}` → records + next page URL (docs/platform/sell.md §Envelopes and paging). */
export function unwrapCollection<T>(body: unknown, url = ''): SellPage<T> {
  if (!isRecord(body) || !Array.isArray(body.items)) throw malformed('no items array', url);
  const items = body.items.map((item) => unwrapItem<T>(item, url));
  const meta = isRecord(body.meta) ? body.meta : {};
  const links = isRecord(meta.links) ? meta.links : {};
  const next = links.next_page;
  return { items, nextPage: typeof next === 'string' && next !== '' ? next : undefined };
}

/**
 * GETs every page of a Sell collection, following `meta.links.next_page` until it is absent (the stop signal Zapier
 * and Airbyte use). A `next_page` on another origin is refused: the request would carry the token placeholder there.
 */
export async function listAllPages<T>(requester: Requester, firstUrl: string, options: ListOptions = {}): Promise<T[]> {
  const origin = new URL(firstUrl).origin;
  const all: T[] = [];
  let url: string | undefined = firstUrl;
  let pages = 0;
  while (url !== undefined) {
    if (pages >= MAX_PAGES) throw malformed(`more than ${String(MAX_PAGES)} pages`, firstUrl);
    const signal = options.signal;
    const response = await requester.send({
      method: 'GET',
      url,
      retryable: true,
      ...(signal ? { signal } : {}),
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    });
    const page: SellPage<T> = unwrapCollection<T>(response.data, url);
    all.push(...page.items);
    pages += 1;
    options.onProgress?.(all.length, pages);
    options.onPage?.(page.items);
    if (page.nextPage !== undefined && new URL(page.nextPage, url).origin !== origin) {
      throw malformed('next_page points to another host', url);
    }
    url = page.nextPage === undefined ? undefined : new URL(page.nextPage, url).toString();
  }
  return all;
}

/** GETs one page of a Sell collection (a picker that pages on demand). */
export async function fetchPage<T>(requester: Requester, url: string, options: { signal?: AbortSignal; maxAttempts?: number } = {}): Promise<SellPage<T>> {
  const response = await requester.send({
    method: 'GET',
    url,
    retryable: true,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  });
  const page = unwrapCollection<T>(response.data, url);
  if (page.nextPage !== undefined && new URL(page.nextPage, url).origin !== new URL(url).origin) {
    throw malformed('next_page points to another host', url);
  }
  return page;
}

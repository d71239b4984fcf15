// Fake transport, canned Sell answers and clocks for this package's unit tests.
import type { RateLimiter } from '../createRateLimiter';
import type { Sleep } from '../retry';
import type { Transport, TransportRequest, TransportResponse } from '../transport';

/** A transport answering from a function and recording every request it got. */
export interface FakeTransport extends Transport {
  requests: TransportRequest[];
}

/** What a fake handler may return: a response, or an error to reject with. */
export type FakeAnswer = TransportResponse | Error;

/** Builds a fake transport; `answer` gets the request and its 0-based index. */
export function fakeTransport(answer: (req: TransportRequest, index: number) => FakeAnswer | Promise<FakeAnswer>): FakeTransport {
  const requests: TransportRequest[] = [];
  return {
    requests,
    async send(req) {
      requests.push(req);
      const result = await answer(req, requests.length - 1);
      if (result instanceof Error) throw result;
      return result;
    },
  };
}

/** A JSON response. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): TransportResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, text: JSON.stringify(body) };
}

/** A plain-text response. */
export function textResponse(status: number, text: string, headers: Record<string, string> = {}): TransportResponse {
  return { status, headers: { 'content-type': 'text/plain', ...headers }, text };
}

/** Sell single-resource envelope. */
export function sellItem(data: unknown, type = 'item'): unknown {
  return { data, meta: { type } };
}

/** Sell collection envelope; `nextPage` becomes `meta.links.next_page`. */
export function sellCollection(items: unknown[], nextPage?: string): unknown {
  return {
    items: items.map((data) => ({ data, meta: { type: 'item' } })),
    meta: { type: 'collection', count: items.length, links: nextPage ? { next_page: nextPage } : {} },
  };
}

/** A Sell error envelope (docs/platform/sell.md §Errors). */
export function sellErrors(
  status: string,
  errors: { code: string; field?: string; message?: string; details?: string }[],
  logref = 'log-1',
): unknown {
  return {
    errors: errors.map((e) => ({
      error: { resource: 'lead', ...e, message: e.message ?? `${e.code} message`, details: e.details ?? `${e.code} details` },
      meta: { type: 'error' },
    })),
    meta: { type: 'errors', http_status: status, logref },
  };
}

/** A sleep that resolves at once and records what it was asked to wait. */
export function recordingSleep(): Sleep & { delays: number[] } {
  const delays: number[] = [];
  const sleep = (ms: number): Promise<void> => {
    delays.push(ms);
    return Promise.resolve();
  };
  return Object.assign(sleep, { delays });
}

/** A limiter that never waits, for tests that are not about rate limiting. */
export const unlimited: RateLimiter = { acquire: () => Promise.resolve() };

/** A manual clock. */
export function manualClock(start = 1_700_000_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
  };
}

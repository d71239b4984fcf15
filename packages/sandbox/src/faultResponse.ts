import { chatError } from './chatRoutes';
import { codeForStatus, sellError, STATUS_TEXT, type SellErrorSpec } from './sellEnvelope';
import { supportError } from './supportRoutes';
import type { FaultRule } from './types';

/** Which fake a host belongs to. */
export type HostKind = 'sell' | 'chat' | 'support';

function sellSpec(status: number, method: string, pathname: string): SellErrorSpec {
  // A 422 on lead creation looks like the most common real one: a blank last name.
  if (status === 422 && method === 'POST' && /^\/v2\/leads\/?$/.test(pathname)) {
    return { resource: 'lead', field: '/last_name', code: 'blank', details: "The attribute '/last_name' can't be blank when '/organization_name' is not provided." };
  }
  return { code: codeForStatus(status) };
}

/** The response for an injected status, shaped like the host's own errors (or text / empty when asked). */
export function faultResponse(kind: HostKind, rule: FaultRule, method: string, url: URL, requestId: string): Response {
  const status = rule.status ?? 500;
  const reason = STATUS_TEXT[status] ?? 'Error';
  const headers: Record<string, string> = {};
  if (kind === 'sell') headers['X-Request-Id'] = requestId;
  // Chat and Support send Retry-After on 429; Sell documents no rate-limit headers (docs/platform/sell.md §Rate limits and retries).
  if (status === 429 && kind !== 'sell') headers['Retry-After'] = String(rule.retryAfterSeconds ?? 1);
  if (status === 429 && kind === 'support') Object.assign(headers, { 'X-Rate-Limit': '700', 'X-Rate-Limit-Remaining': '0' });
  const body = rule.body ?? 'json';
  if (body === 'empty') return new Response(null, { status, statusText: reason, headers });
  if (body === 'text') {
    if (kind === 'sell' && status === 429) {
      return new Response('Too Many Requests', { status, statusText: reason, headers: { ...headers, 'Content-Type': 'text/plain' } });
    }
    const html = `<html><head><title>${status} ${reason}</title></head><body><center><h1>${status} ${reason}</h1></center></body></html>`;
    return new Response(html, { status, statusText: reason, headers: { ...headers, 'Content-Type': 'text/html' } });
  }
  if (kind === 'sell') return sellError(status, [sellSpec(status, method, url.pathname)], requestId);
  if (kind === 'chat') return chatError(status, undefined, headers);
  return supportError(status, undefined, headers);
}

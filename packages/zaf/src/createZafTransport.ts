import type { Transport, TransportRequest, TransportResponse } from '@sell-bridge/core/transport';
import { abortReason, checkPlaceholders, isZendeskRelativeUrl, normalizeHeaders, raceAbort, TransportFailure } from '@sell-bridge/core/transport';
import type { ZafRequestOptions } from './types';

export type { ZafRequestOptions };

/**
 * The ZAF transport: the `Transport` seam of `@sell-bridge/core/transport` over the host's `client.request`
 * (production; the host, and Zendesk's proxy for secure calls, performs the HTTP call). It lives here because zaf is
 * the only door to the host; it uses the placeholder rules shared with sell-api's fetch transport.
 */

/** ZAF's `client.request`, bound to its client (`(o) => client.request(o)`). */
export type ZafRequestFn = (options: ZafRequestOptions) => Promise<unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Builds the `client.request` options for one request (exported for tests and the workbench). Throws a
 * `PlaceholderRefusal` for a `{{` anywhere but the Authorization placeholder and a declared `bodySecret`.
 */
export function toZafRequestOptions(req: TransportRequest): ZafRequestOptions {
  const relative = isZendeskRelativeUrl(req.url);
  if (!relative && !req.url.startsWith('https://')) {
    throw new Error(`ZAF transport: only https:// URLs or /api/ paths are allowed, got ${req.url}`);
  }
  const carriesPlaceholder = checkPlaceholders(req);
  if (relative && carriesPlaceholder) throw new Error('ZAF transport: same-account /api/ paths never carry a {{setting.*}} placeholder');
  const headers: Record<string, string> = {};
  let contentType: string | undefined;
  for (const [name, value] of Object.entries(req.headers)) {
    const lower = name.toLowerCase();
    if (lower === 'content-type') {
      contentType = value;
      continue;
    }
    // A raw token here would be readable by anyone with dev tools; only proxy placeholders may travel.
    if (lower === 'authorization' && !value.includes('{{setting.')) {
      throw new Error('ZAF transport: Authorization must be a {{setting.*}} placeholder, never a raw token');
    }
    // The proxy rejects header names with underscores (docs/platform/zaf.md §client.request).
    if (name.includes('_')) throw new Error(`ZAF transport: header name "${name}" contains "_"`);
    headers[name] = value;
  }
  const accept = req.headers.Accept ?? req.headers.accept ?? '';
  const options: ZafRequestOptions = {
    url: req.url,
    type: req.method,
    headers,
    dataType: accept.includes('json') ? 'json' : 'text',
    httpCompleteResponse: true,
    autoRetry: false,
  };
  if (!relative) {
    // Through the proxy either way; `secure` (substitution) only for requests that carry a placeholder, so a
    // request without one gives the proxy nothing to substitute into.
    if (carriesPlaceholder) options.secure = true;
    options.cors = false;
  }
  if (req.body !== undefined) {
    options.data = req.body;
    options.contentType = contentType ?? 'application/json';
  }
  if (req.timeoutMs !== undefined) options.timeout = req.timeoutMs;
  return options;
}

function bodyText(value: Record<string, unknown>): { text: string; json?: unknown } {
  const text = typeof value.responseText === 'string' ? value.responseText : '';
  const json = value.responseJSON;
  if (json !== undefined && json !== null) return { text: text !== '' ? text : JSON.stringify(json), json };
  return { text };
}

/** Maps the `done` value (`httpCompleteResponse: true` shape, or a bare body if the host ignored it). */
export function fromZafDone(value: unknown): TransportResponse {
  if (isRecord(value) && typeof value.status === 'number' && ('responseText' in value || 'responseJSON' in value)) {
    return { status: value.status, headers: normalizeHeaders(value.headers as Record<string, unknown>), ...bodyText(value) };
  }
  // Defensive: a host that returned the parsed body only. Treat it as a 200 with that body.
  if (typeof value === 'string') return { status: 200, headers: {}, text: value };
  return { status: 200, headers: {}, text: value === undefined ? '' : JSON.stringify(value), json: value };
}

/**
 * Maps the jqXHR-like `fail` value: an HTTP error status becomes a normal response (parsed later like any other);
 * status 0 means no answer: a `TransportFailure`, `timeout` when `statusText` says so, `network` otherwise.
 */
export function fromZafFail(value: unknown): TransportResponse {
  const status = isRecord(value) && typeof value.status === 'number' ? value.status : 0;
  if (status > 0 && isRecord(value)) {
    const headers = typeof value.getAllResponseHeaders === 'function' ? (value.getAllResponseHeaders as () => string)() : value.headers;
    return { status, headers: normalizeHeaders(headers as Record<string, unknown> | string | undefined), ...bodyText(value) };
  }
  const statusText = isRecord(value) && typeof value.statusText === 'string' ? value.statusText : '';
  if (statusText === 'timeout') throw new TransportFailure('timeout', 'The request timed out');
  throw new TransportFailure('network', `The request failed without an answer (${statusText || 'network error'})`);
}

/** Transport over ZAF's `client.request`: the host (and Zendesk's proxy for secure calls) performs the HTTP call. */
export function createZafTransport(request: ZafRequestFn): Transport {
  return {
    send(req: TransportRequest): Promise<TransportResponse> {
      let options: ZafRequestOptions;
      try {
        options = toZafRequestOptions(req);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      if (req.signal?.aborted) return Promise.reject(abortReason(req.signal));
      // client.request cannot be cancelled: on abort we stop waiting and drop the late answer.
      const pending = request(options).then(fromZafDone, (failure: unknown) => fromZafFail(failure));
      return raceAbort(pending, req.signal);
    },
  };
}

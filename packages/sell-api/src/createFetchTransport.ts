import type { Transport, TransportRequest, TransportResponse } from './transport';
import { abortReason, checkPlaceholders, isZendeskRelativeUrl, TransportFailure } from './transport';

/** Options of the fetch-based transport used by tests (through msw) and the workbench. */
export interface FetchTransportOptions {
  /** Defaults to the global `fetch`, looked up at call time so msw's interception applies. */
  fetch?: typeof fetch;
  /**
   * Stand-in for Zendesk's proxy: `{{setting.<name>}}` placeholders in URL, headers and body are replaced with these
   * values before sending. Only test / workbench code holds them; app code never does.
   */
  secrets?: Record<string, string>;
  /** Origin for same-account `/api/...` paths (e.g. `https://acme.zendesk.com`); needed outside a browser page. */
  zendeskOrigin?: string;
}

const placeholders = /\{\{setting\.([a-z0-9_]+)\}\}/gi;

/** Replaces `{{setting.x}}` like the proxy does; an unknown setting becomes '' (the API then answers 401). */
export function substituteSettings(value: string, secrets: Record<string, string>): string {
  return value.replace(placeholders, (_match, name: string) => secrets[name] ?? '');
}

/** Transport over `fetch`: resolves for every HTTP status, rejects on network failure, timeout or abort. */
export function createFetchTransport(options: FetchTransportOptions = {}): Transport {
  const { secrets, zendeskOrigin } = options;
  const sub = (value: string): string => (secrets ? substituteSettings(value, secrets) : value);

  return {
    async send(req: TransportRequest): Promise<TransportResponse> {
      const doFetch = options.fetch ?? globalThis.fetch;
      // The same rule as the ZAF transport, so tests over this one catch a stray placeholder too.
      checkPlaceholders(req);
      let url = sub(req.url);
      if (isZendeskRelativeUrl(url)) {
        if (zendeskOrigin !== undefined) url = new URL(url, zendeskOrigin).toString();
        // Outside a page (Node tests) a relative URL can never work; say so instead of reporting a network error.
        else if (typeof location === 'undefined') throw new Error('Fetch transport: set zendeskOrigin to call /api/ paths');
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) headers[name] = sub(value);
      if (req.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
        headers['Content-Type'] = 'application/json';
      }

      if (req.signal?.aborted) throw abortReason(req.signal);
      const controller = new AbortController();
      let timedOut = false;
      const onAbort = (): void => controller.abort(req.signal ? abortReason(req.signal) : undefined);
      req.signal?.addEventListener('abort', onAbort, { once: true });
      const timer =
        req.timeoutMs !== undefined
          ? setTimeout(() => {
              timedOut = true;
              controller.abort();
            }, req.timeoutMs)
          : undefined;

      try {
        const init: RequestInit = { method: req.method, headers, signal: controller.signal };
        if (req.body !== undefined) init.body = sub(req.body);
        const response = await doFetch(url, init);
        const text = await response.text();
        const outHeaders: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          outHeaders[name.toLowerCase()] = value;
        });
        return { status: response.status, headers: outHeaders, text };
      } catch (error) {
        if (timedOut) throw new TransportFailure('timeout', 'The request timed out');
        if (req.signal?.aborted) throw abortReason(req.signal);
        // No URL in the message: the substituted one may carry a secret (the requester adds the URL as built).
        throw new TransportFailure('network', `The request failed without an answer (${error instanceof Error ? error.message : 'network error'})`);
      } finally {
        if (timer !== undefined) clearTimeout(timer);
        req.signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}

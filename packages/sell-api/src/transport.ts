/**
 * The network seam (STYLE §5). Production wraps ZAF's `client.request` (a postMessage to the host proxy, which msw
 * cannot see); tests and the workbench use a fetch transport that msw intercepts. Clients above this seam never know
 * which one they talk to.
 */

/** HTTP verbs the clients use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One HTTP request as the clients build it. Secrets appear only as `{{setting.<name>}}` placeholders. */
export interface TransportRequest {
  method: HttpMethod;
  /** Absolute `https://` URL (Sell, Chat) or a same-account Zendesk path starting with `/api/`. */
  url: string;
  headers: Record<string, string>;
  /** JSON already serialised to a string. */
  body?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Any HTTP answer, success or error status alike: transports resolve for every status and reject only when no
 * answer arrived (network failure, timeout, abort), so error bodies are parsed in one place (`toApiError`).
 */
export interface TransportResponse {
  status: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** Raw body text ('' when empty). */
  text: string;
  /** Body already parsed by the transport (ZAF's `responseJSON`), when it did so. */
  json?: unknown;
}

/** Sends requests. Rejects with a `SellApiError` of kind `network` or `timeout`, or with the signal's abort reason. */
export interface Transport {
  send(req: TransportRequest): Promise<TransportResponse>;
}

/** The placeholder Zendesk's proxy replaces with a secure setting (reference/zaf.md §6). */
export function settingPlaceholder(name: string): string {
  return `{{setting.${name}}}`;
}

/** True for same-account Zendesk paths, which the host authenticates with the agent's session. */
export function isZendeskRelativeUrl(url: string): boolean {
  return url.startsWith('/api/');
}

/** Lower-cases header names so lookups do not depend on how a server or host spelled them. */
export function normalizeHeaders(headers: Record<string, unknown> | string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers == null) return out;
  if (typeof headers === 'string') {
    // XHR's getAllResponseHeaders() format: "name: value\r\n" lines.
    for (const line of headers.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon > 0) out[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    return out;
  }
  for (const [name, value] of Object.entries(headers)) {
    if (value == null) continue;
    const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
    out[name.toLowerCase()] = Array.isArray(value) ? value.map(text).join(', ') : text(value);
  }
  return out;
}

/** The reason an aborted signal carries, as something throwable. */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException('The operation was aborted.', 'AbortError');
}

/** True for the error an aborted signal produces (DOMException `AbortError`, or any error named so). */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** Races a promise against an abort signal; the underlying work may continue but its result is dropped. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

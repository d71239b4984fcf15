/**
 * The network seam. Production wraps ZAF's `client.request` (a postMessage to the host proxy, which msw
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
  /** JSON already serialised to a string, with `escapePlaceholders` applied (see `toJsonBody`). */
  body?: string;
  /**
   * The one secure setting whose placeholder this request's body carries on purpose (`startAgentSession`'s token).
   * Without it a body may not contain `{{` at all; with it, that placeholder must be the body's only `{{`.
   */
  bodySecret?: string;
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

/** The placeholder Zendesk's proxy replaces with a secure setting (docs/platform/zaf.md §Secure settings and placeholders). */
export function settingPlaceholder(name: string): string {
  return `{{setting.${name}}}`;
}

const SETTING_NAME = /^[a-z0-9_]+$/i;
const AUTHORIZATION_PLACEHOLDER = /^Bearer \{\{setting\.[a-z0-9_]+\}\}$/i;
const DOUBLE_BRACE = /\{(?=\{)/g;

/**
 * Makes serialised JSON unable to form a `{{setting.*}}` placeholder: every `{` followed by another `{` becomes the
 * JSON escape `\u007b`. JSON's own structure never holds `{{` (an object opens with `{"` or `{}`), so each one is
 * inside a string value, where the escape parses back to the same text: the API stores what was typed, and
 * Zendesk's proxy, which substitutes placeholders as plain text, finds none.
 */
export function escapePlaceholders(json: string): string {
  return json.replace(DOUBLE_BRACE, '\\u007b');
}

/** Serialises a request body: `JSON.stringify` plus `escapePlaceholders`. The only way bodies should be built. */
export function toJsonBody(value: unknown): string {
  return escapePlaceholders(JSON.stringify(value));
}

/** Thrown by a transport, before anything is sent, for a request whose text could make the proxy insert a secret. */
export class PlaceholderRefusal extends Error {
  override readonly name = 'PlaceholderRefusal';
}

function doubleBraces(text: string): number {
  return text.match(DOUBLE_BRACE)?.length ?? 0;
}

/**
 * The placeholder rule both transports enforce: `{{` may appear only as the exact `Authorization: Bearer
 * {{setting.<name>}}` header and, when the request declares `bodySecret`, as that one placeholder in the body. Nothing
 * else (URL, other headers, a body with more `{{`) may hold one, since Zendesk's proxy substitutes a secure
 * setting wherever its scopes allow. Returns whether the request carries a placeholder (so must go `secure`).
 */
export function checkPlaceholders(req: Pick<TransportRequest, 'method' | 'url' | 'headers' | 'body' | 'bodySecret'>): boolean {
  const what = `${req.method} ${req.url.split('?')[0] ?? ''}`;
  if (req.url.includes('{{')) throw new PlaceholderRefusal(`${what}: "{{" may not appear in a URL`);
  let carries = false;
  for (const [name, value] of Object.entries(req.headers)) {
    if (!name.includes('{{') && !value.includes('{{')) continue;
    if (name.toLowerCase() === 'authorization' && AUTHORIZATION_PLACEHOLDER.test(value)) {
      carries = true;
      continue;
    }
    throw new PlaceholderRefusal(`${what}: header "${name.includes('{{') ? '?' : name}" may not contain "{{" (only Authorization: Bearer {{setting.<name>}})`);
  }
  const body = req.body ?? '';
  if (req.bodySecret !== undefined) {
    if (!SETTING_NAME.test(req.bodySecret)) throw new PlaceholderRefusal(`${what}: bodySecret is not a setting name`);
    if (doubleBraces(body) !== 1 || !body.includes(settingPlaceholder(req.bodySecret))) {
      throw new PlaceholderRefusal(`${what}: the body must carry {{setting.${req.bodySecret}}} once and no other "{{"`);
    }
    carries = true;
  } else if (body.includes('{{')) {
    throw new PlaceholderRefusal(`${what}: "{{" may not appear in the body (serialise it with toJsonBody)`);
  }
  return carries;
}

/** True when `host` is in a ZAF `domainWhitelist` (exact names, or `*.example.com` for its subdomains). */
export function hostAllowed(host: string, whitelist: readonly string[]): boolean {
  const wanted = host.toLowerCase();
  return whitelist.some((raw) => {
    const entry = raw.toLowerCase();
    return entry === wanted || (entry.startsWith('*.') && wanted.endsWith(entry.slice(1)));
  });
}

/**
 * True for a URL an API answer told the app to call that it may follow: one of `schemes` (`'https:'`, `'wss:'`),
 * no credentials or port, no `{{`, on a whitelisted host.
 */
export function isAllowedUrl(url: string, schemes: readonly string[], whitelist: readonly string[]): boolean {
  if (url.includes('{{')) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return schemes.includes(parsed.protocol) && parsed.username === '' && parsed.password === '' && parsed.port === '' && hostAllowed(parsed.hostname, whitelist);
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

/**
 * The rules every transport obeys, whoever implements it: the fetch transport in `@sell-bridge/sell-api` and the ZAF
 * transport in `@sell-bridge/zaf`, which may not import each other's code. Both implement the `Transport` type
 * defined here, with what they must share at run time, in the package both may import (`@sell-bridge/core/transport`,
 * kept out of core's domain index). sell-api re-exports all of it.
 */

/** The part of a request these rules read (`TransportRequest` fits). */
export interface PlaceholderCheckedRequest {
  method: string;
  url: string;
  headers: Readonly<Record<string, string>>;
  body?: string;
  bodySecret?: string;
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
export function checkPlaceholders(req: PlaceholderCheckedRequest): boolean {
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

/** True for same-account Zendesk paths, which the host authenticates with the agent's session. */
export function isZendeskRelativeUrl(url: string): boolean {
  return url.startsWith('/api/');
}

/** Why a transport got no answer: the network failed, or the answer did not come within the request's timeout. */
export type TransportFailureKind = 'network' | 'timeout';

/**
 * What a transport rejects with when no answer arrived. It says only that; what the failure means to a caller
 * (a `SellApiError` of the same kind, with the service, method and URL) is sell-api's to decide.
 */
export class TransportFailure extends Error {
  override readonly name = 'TransportFailure';
  readonly kind: TransportFailureKind;

  constructor(kind: TransportFailureKind, message: string) {
    super(message);
    this.kind = kind;
  }
}

/** Narrows a caught value to `TransportFailure` (works across bundles: checks the shape, not only the class). */
export function isTransportFailure(error: unknown): error is TransportFailure {
  if (error instanceof TransportFailure) return true;
  if (!(error instanceof Error) || error.name !== 'TransportFailure') return false;
  const kind = (error as Partial<TransportFailure>).kind;
  return kind === 'network' || kind === 'timeout';
}

/** What these helpers need of an `AbortSignal` (core has no DOM types; a real `AbortSignal` fits). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** The reason an aborted signal carries, as something throwable (an `AbortError` when it carries none). */
export function abortReason(signal: AbortSignalLike): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  const error = new Error('The operation was aborted.');
  error.name = 'AbortError';
  return error;
}

/** True for the error an aborted signal produces (DOMException `AbortError`, or any error named so). */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** Races a promise against an abort signal; the underlying work may continue but its result is dropped. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignalLike | undefined): Promise<T> {
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
  signal?: AbortSignalLike;
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

/**
 * Sends requests. Rejects with a `TransportFailure` (kind `network` or `timeout`) when no answer arrived, with the
 * signal's abort reason when it aborted, and with a `PlaceholderRefusal` (or another `Error`) for a request it
 * refuses before sending. The requester turns a `TransportFailure` into a `SellApiError` of the same kind.
 */
export interface Transport {
  send(req: TransportRequest): Promise<TransportResponse>;
}

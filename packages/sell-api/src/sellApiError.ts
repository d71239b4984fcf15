import { isAbortError } from './transport';

/** What went wrong, in the terms the UI reacts to (reconnect, retry later, show field errors, ...). */
export type SellApiErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'validation'
  | 'rate_limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'bad_request';

/** One field problem from a 422 (Sell `errors[].error`, or Support `details.<field>[]`). */
export interface FieldError {
  /** Attribute name without the JSON-pointer prefix: `/last_name` and `/data/last_name` both give `last_name`. */
  field: string;
  /** Machine code, e.g. `blank`, `already_exists`, `incorrect_value`. */
  code: string;
  /** Human text, localised by the server when it localises. */
  message: string;
  /** English developer text. */
  details: string;
}

/** Everything a failed Sell / Chat / Support call tells us. */
export interface SellApiErrorInit {
  kind: SellApiErrorKind;
  /** HTTP status; 0 when no answer arrived (network failure, timeout). */
  status: number;
  message: string;
  /** First error code of the body (`unauthorized`, `rate_limit_exceeded`, `RecordNotFound`, ...), when given. */
  code?: string;
  /** Sell's `meta.logref` (equals the `X-Request-Id` header); log it, never show it as the main text. */
  logref?: string;
  fieldErrors?: FieldError[];
  /** From a `Retry-After` header, in milliseconds. */
  retryAfterMs?: number;
  method?: string;
  /** The URL as sent (placeholders, never tokens); kept with its query's customer data redacted. */
  url?: string;
  /** Which service answered. */
  service?: 'sell' | 'chat' | 'support';
}

const PERSONAL_PARAMS = new Set(['email', 'phone', 'mobile', 'query', 'q', 'name', 'term', 'search']);

/** An email, or a phone number (five digits or more that are not an id list such as `ids=1,2,3`). */
function looksPersonal(value: string): boolean {
  if (value.includes('@')) return true;
  return !/^[\d,]*$/.test(value) && value.replace(/\D/g, '').length >= 5;
}

/**
 * The URL kept on an error, with customer data taken out of the query: errors end up in consoles and error
 * reports, and a lookup's URL holds the email or phone it looked for.
 */
export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  for (const [name, value] of [...params]) {
    if (PERSONAL_PARAMS.has(name.toLowerCase()) || looksPersonal(value)) {
      params.set(name, '…');
    }
  }
  return `${url.slice(0, at)}?${params.toString()}`;
}

/** The one error type every client in this package throws for failed HTTP calls. */
export class SellApiError extends Error {
  override readonly name = 'SellApiError';
  readonly kind: SellApiErrorKind;
  readonly status: number;
  readonly code: string | undefined;
  readonly logref: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly retryAfterMs: number | undefined;
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly service: 'sell' | 'chat' | 'support' | undefined;

  constructor(init: SellApiErrorInit) {
    super(init.message);
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.logref = init.logref;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfterMs = init.retryAfterMs;
    this.method = init.method;
    this.url = init.url === undefined ? undefined : redactUrl(init.url);
    this.service = init.service;
  }
}

/** Narrows an unknown caught value to `SellApiError` (works across bundles: checks the shape, not only the class). */
export function isSellApiError(error: unknown): error is SellApiError {
  if (error instanceof SellApiError) return true;
  return (
    error instanceof Error &&
    error.name === 'SellApiError' &&
    typeof (error as Partial<SellApiError>).kind === 'string' &&
    typeof (error as Partial<SellApiError>).status === 'number'
  );
}

/** The error kind an HTTP status stands for (0 = no answer). */
export function kindForStatus(status: number): SellApiErrorKind {
  if (status === 0) return 'network';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 408) return 'timeout';
  if (status === 422) return 'validation';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'bad_request';
}

/** The kind of any caught value: a `SellApiError` kind, `aborted` for a cancelled call, else `unknown`. */
export function errorKind(error: unknown): SellApiErrorKind | 'aborted' | 'unknown' {
  if (isSellApiError(error)) return error.kind;
  if (isAbortError(error)) return 'aborted';
  return 'unknown';
}

/**
 * Whether a failed write may have happened anyway: no answer (timeout, network) or a 5xx, which a gateway can send
 * after the service wrote the record. Such a POST is looked up before it is offered again, never blindly resent.
 */
export function isLostAnswer(error: unknown): boolean {
  const kind = errorKind(error);
  return kind === 'timeout' || kind === 'network' || (kind === 'server' && isSellApiError(error) && error.status >= 500);
}

/** Kinds worth another attempt for an idempotent request: nothing about the request itself was wrong. */
export function isRetryableKind(kind: SellApiErrorKind): boolean {
  return kind === 'rate_limited' || kind === 'server' || kind === 'network' || kind === 'timeout';
}

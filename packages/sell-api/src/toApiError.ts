import type { FieldError, SellApiErrorInit } from './sellApiError';
import { SellApiError, kindForStatus } from './sellApiError';
import type { TransportResponse } from './transport';

/** Where a failed response came from, for the error's context fields. */
export interface ErrorContext {
  method?: string;
  url?: string;
  service?: 'sell' | 'chat' | 'support';
  /** Clock for HTTP-date `Retry-After` values. */
  now?: () => number;
}

/** The body as JSON when the transport parsed it or the text parses; `undefined` otherwise (text, HTML, empty). */
export function responseJson(response: TransportResponse): unknown {
  if (response.json !== undefined && response.json !== null) return response.json;
  const text = response.text.trim();
  if (text === '' || !(text.startsWith('{') || text.startsWith('['))) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `Retry-After` (delta seconds or an HTTP date) in milliseconds, or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `/data/last_name` → `last_name`: Sell reports JSON pointers into the request body. */
function fieldName(pointer: string): string {
  return pointer.replace(/^\/+/, '').replace(/^data\//, '');
}

interface ParsedBody {
  message?: string;
  code?: string;
  logref?: string;
  fieldErrors: FieldError[];
}

/** Sell: `{errors: [{error: {resource, field, code, message, details}}], meta: {logref, http_status}}` (docs/platform/sell.md §Errors). */
function parseSellEnvelope(body: Record<string, unknown>): ParsedBody | undefined {
  const errors = body.errors;
  if (!Array.isArray(errors)) return undefined;
  const meta = isRecord(body.meta) ? body.meta : {};
  const items = errors.map((item) => (isRecord(item) && isRecord(item.error) ? item.error : {}));
  const first = items[0] ?? {};
  const fieldErrors: FieldError[] = items
    .filter((e) => str(e.field) !== undefined)
    .map((e) => ({
      field: fieldName(str(e.field) ?? ''),
      code: str(e.code) ?? 'invalid',
      message: str(e.message) ?? str(e.details) ?? '',
      details: str(e.details) ?? '',
    }));
  return {
    message: str(first.message) ?? str(first.details) ?? str(meta.http_status),
    code: str(first.code),
    logref: str(meta.logref),
    fieldErrors,
  };
}

/**
 * Chat `{error, description}` and Support `{error, description, details: {field: [{description, error}]}}`;
 * Support also sends `{error: {title, message}}` on some endpoints.
 */
function parseErrorField(body: Record<string, unknown>): ParsedBody | undefined {
  const error = body.error;
  const fieldErrors: FieldError[] = [];
  if (isRecord(body.details)) {
    for (const [field, list] of Object.entries(body.details)) {
      for (const entry of Array.isArray(list) ? list : [list]) {
        if (!isRecord(entry)) continue;
        const message = str(entry.description) ?? str(entry.message) ?? '';
        fieldErrors.push({ field, code: str(entry.error) ?? 'invalid', message, details: message });
      }
    }
  }
  if (typeof error === 'string') {
    return { code: error, message: str(body.description) ?? str(body.message) ?? error, fieldErrors };
  }
  if (isRecord(error)) {
    const title = str(error.title);
    return { code: title, message: str(error.message) ?? title, fieldErrors };
  }
  if (str(body.message) !== undefined) return { message: str(body.message), fieldErrors };
  return undefined;
}

/** A short, single-line excerpt of a non-JSON body (an HTML error page, "Rate limit exceeded", ...). */
function textExcerpt(text: string): string | undefined {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain === '') return undefined;
  return plain.length > 200 ? `${plain.slice(0, 197)}...` : plain;
}

/** Turns any non-2xx response (Sell envelope, Chat/Support body, plain text, empty) into a `SellApiError`. */
export function toApiError(response: TransportResponse, context: ErrorContext = {}): SellApiError {
  const body = responseJson(response);
  let parsed: ParsedBody | undefined;
  if (isRecord(body)) parsed = parseSellEnvelope(body) ?? parseErrorField(body);
  const now = context.now ?? Date.now;
  const init: SellApiErrorInit = {
    kind: kindForStatus(response.status),
    status: response.status,
    message:
      parsed?.message ??
      (body === undefined ? textExcerpt(response.text) : undefined) ??
      `HTTP ${String(response.status)}`,
    fieldErrors: parsed?.fieldErrors ?? [],
    method: context.method,
    url: context.url,
    service: context.service,
  };
  if (parsed?.code !== undefined) init.code = parsed.code;
  const logref = parsed?.logref ?? response.headers['x-request-id'];
  if (logref !== undefined) init.logref = logref;
  const retryAfterMs = parseRetryAfter(response.headers['retry-after'], now());
  if (retryAfterMs !== undefined) init.retryAfterMs = retryAfterMs;
  return new SellApiError(init);
}

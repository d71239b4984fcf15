/** Sell's API host. */
export const SELL_ORIGIN = 'https://api.getbase.com';

const MORE_INFO = 'https://developers.getbase.com/docs/rest/articles/errors';

/** HTTP reason phrases, as Sell prints them in `meta.http_status`. */
export const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** One entry of a Sell error body. `resource` and `field` are set on validation errors only. */
export interface SellErrorSpec {
  code: string;
  message?: string;
  details?: string;
  resource?: string;
  field?: string;
}

const DEFAULT_TEXT: Record<string, [message: string, details: string]> = {
  unauthorized: ['Unauthorized', 'Required access token is missing, malformed, expired, or invalid.'],
  forbidden: ['Forbidden', 'You do not have permission to perform this action.'],
  not_found: ['Not Found', 'Requested path was not found.'],
  invalid_param: ['Invalid parameter', 'A query parameter is invalid.'],
  invalid_payload: ['Invalid payload', 'The request body is not valid JSON.'],
  rate_limit_exceeded: ['Too Many Requests', 'You have exceeded the request rate limit for this access token.'],
  server_error: ['Internal Server Error', 'Something went wrong on our side. Please try again later.'],
  temporarily_unavailable: ['Service Unavailable', 'The service is temporarily unavailable. Please try again later.'],
  blank: ["can't be blank", 'The attribute is required.'],
  unknown: ['unknown attribute', 'The attribute is not known.'],
  incorrect_value: ['attribute value is incorrect', 'The attribute value is incorrect.'],
  invalid_type: ['invalid type', 'The attribute has an invalid type.'],
  missing: ['is missing', 'The attribute is missing.'],
  already_exists: ['has already been taken', 'The value has already been taken.'],
};

/** The error code Sell uses for a bare HTTP status. */
export function codeForStatus(status: number): string {
  if (status === 400) return 'invalid_param';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 422) return 'incorrect_value';
  if (status === 429) return 'rate_limit_exceeded';
  if (status >= 502) return 'temporarily_unavailable';
  return 'server_error';
}

/** A JSON response with Sell's headers (`X-Request-Id` on every answer). */
export function sellJson(status: number, body: unknown, requestId: string): Response {
  return new Response(JSON.stringify(body), {
    status,
    statusText: STATUS_TEXT[status] ?? '',
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Language': 'en', 'X-Request-Id': requestId },
  });
}

/** Sell's error envelope: every error in `errors[]`, `meta.logref` equal to the `X-Request-Id` header. */
export function sellError(status: number, errors: readonly SellErrorSpec[], requestId: string): Response {
  const body = {
    errors: errors.map((e) => {
      const [message, details] = DEFAULT_TEXT[e.code] ?? ['Error', 'An error occurred.'];
      const error: Record<string, string> = {};
      if (e.resource !== undefined) error.resource = e.resource;
      if (e.field !== undefined) error.field = e.field;
      error.code = e.code;
      error.message = e.message ?? message;
      error.details = e.details ?? details;
      return { error, meta: { type: 'error', links: { more_info: MORE_INFO } } };
    }),
    meta: {
      type: 'errors',
      http_status: `${status} ${STATUS_TEXT[status] ?? 'Error'}`,
      logref: requestId,
      links: { more_info: MORE_INFO },
    },
  };
  return sellJson(status, body, requestId);
}

/** `{data, meta:{type}}`. */
export function sellSingle(type: string, data: unknown, requestId: string): Response {
  return sellJson(200, { data, meta: { type } }, requestId);
}

/** One page of a collection, with Sell's absolute `links` (no `next_page` on the last page). */
export function sellCollection(
  type: string,
  page: { items: readonly unknown[]; page: number; perPage: number; total: number },
  url: URL,
  requestId: string,
): Response {
  const link = (n: number): string => {
    const target = new URL(url.pathname + url.search, SELL_ORIGIN);
    target.searchParams.set('page', String(n));
    target.searchParams.set('per_page', String(page.perPage));
    return target.toString();
  };
  const links: Record<string, string> = { self: link(page.page), first_page: link(1) };
  if (page.page > 1) links.prev_page = link(page.page - 1);
  if (page.page * page.perPage < page.total) links.next_page = link(page.page + 1);
  return sellJson(
    200,
    {
      items: page.items.map((data) => ({ data, meta: { type } })),
      meta: { type: 'collection', count: page.items.length, links },
    },
    requestId,
  );
}

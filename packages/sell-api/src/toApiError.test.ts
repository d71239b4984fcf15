import { jsonResponse, sellErrors, textResponse } from './testing';
import { parseRetryAfter, responseJson, toApiError } from './toApiError';

describe('toApiError', () => {
  it('reads the Sell 422 envelope into field errors with the logref', () => {
    const body = sellErrors('422 Unprocessable Entity', [
      { code: 'blank', field: '/last_name', message: 'can not be blank', details: 'The attribute last_name is blank' },
      { code: 'unknown', field: '/data/max_discount', message: 'unknown attribute' },
    ]);
    const error = toApiError(jsonResponse(422, body, { 'x-request-id': 'other' }), { method: 'POST', url: 'u' });
    expect(error.kind).toBe('validation');
    expect(error.status).toBe(422);
    expect(error.code).toBe('blank');
    expect(error.logref).toBe('log-1');
    expect(error.method).toBe('POST');
    expect(error.fieldErrors).toEqual([
      { field: 'last_name', code: 'blank', message: 'can not be blank', details: 'The attribute last_name is blank' },
      { field: 'max_discount', code: 'unknown', message: 'unknown attribute', details: 'unknown details' },
    ]);
  });

  it.each([
    [401, sellErrors('401 Unauthorized', [{ code: 'unauthorized' }]), 'unauthorized', 'unauthorized'],
    [403, sellErrors('403 Forbidden', [{ code: 'insufficient_scope' }]), 'forbidden', 'insufficient_scope'],
    [404, sellErrors('404 Not Found', [{ code: 'not_found' }]), 'not_found', 'not_found'],
    [400, sellErrors('400 Bad Request', [{ code: 'invalid_param' }]), 'bad_request', 'invalid_param'],
    [429, sellErrors('429 Too Many Requests', [{ code: 'rate_limit_exceeded' }]), 'rate_limited', 'rate_limit_exceeded'],
    [503, sellErrors('503 Service Unavailable', [{ code: 'temporarily_unavailable' }]), 'server', 'temporarily_unavailable'],
    [401, { error: 'Unauthorized', description: 'The server could not verify' }, 'unauthorized', 'Unauthorized'],
    [401, { error: "Couldn't authenticate you" }, 'unauthorized', "Couldn't authenticate you"],
    [404, { error: 'RecordNotFound', description: 'Not found' }, 'not_found', 'RecordNotFound'],
    [403, { error: { title: 'Forbidden', message: 'You do not have access' } }, 'forbidden', 'Forbidden'],
  ])('maps a %i JSON body to its kind and code (%#)', (status, body, kind, code) => {
    const error = toApiError(jsonResponse(status, body));
    expect(error.kind).toBe(kind);
    expect(error.code).toBe(code);
    expect(error.message).not.toBe('');
  });

  it('reads Support 422 details into field errors', () => {
    const body = {
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { email: [{ description: 'Email is invalid', error: 'InvalidValue' }] },
    };
    const error = toApiError(jsonResponse(422, body));
    expect(error.kind).toBe('validation');
    expect(error.fieldErrors).toEqual([{ field: 'email', code: 'InvalidValue', message: 'Email is invalid', details: 'Email is invalid' }]);
  });

  it.each([
    [429, 'Rate limit exceeded', 'rate_limited'],
    [502, '<html><body><h1>502 Bad Gateway</h1></body></html>', 'server'],
    [500, '', 'server'],
    [429, '{not json', 'rate_limited'],
  ])('survives a non-JSON %i body', (status, text, kind) => {
    const error = toApiError(textResponse(status, text));
    expect(error.kind).toBe(kind);
    expect(error.message).not.toMatch(/<|>/);
    expect(error.fieldErrors).toEqual([]);
  });

  it('uses the X-Request-Id header as logref when the body has none', () => {
    expect(toApiError(textResponse(500, 'oops', { 'x-request-id': 'req-9' })).logref).toBe('req-9');
  });

  it('takes Retry-After seconds into retryAfterMs', () => {
    expect(toApiError(textResponse(429, '', { 'retry-after': '7' })).retryAfterMs).toBe(7000);
  });

  it('prefers a body the transport already parsed', () => {
    const response = { status: 404, headers: {}, text: 'garbage', json: { error: 'RecordNotFound' } };
    expect(toApiError(response).code).toBe('RecordNotFound');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    [undefined, undefined],
    ['3', 3000],
    ['0.5', 500],
    ['Thu, 01 Jan 2026 00:00:10 GMT', 10_000],
    ['Wed, 31 Dec 2025 23:00:00 GMT', 0],
    ['soon', undefined],
  ])('reads %s as %s ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('responseJson', () => {
  it.each([
    ['', undefined],
    ['plain', undefined],
    ['{"a":1}', { a: 1 }],
    ['[1]', [1]],
    ['{broken', undefined],
  ])('parses %j leniently', (text, expected) => {
    expect(responseJson({ status: 200, headers: {}, text })).toEqual(expected);
  });
});

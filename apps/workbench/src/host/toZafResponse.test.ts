import { parseAppMessage, toZafResponse, type ProxiedResponse, type RequestOptions } from './protocol';

const JSON_HEADERS = { 'content-type': 'application/json' };
const okJson: ProxiedResponse = { status: 200, statusText: 'OK', headers: JSON_HEADERS, text: '{"id":1}' };
const okText: ProxiedResponse = { status: 200, headers: { 'content-type': 'text/plain' }, text: 'pong' };
const created: ProxiedResponse = { status: 201, statusText: 'Created', headers: JSON_HEADERS, text: '{"id":2}' };
const noContent: ProxiedResponse = { status: 204, statusText: 'No Content', headers: {}, text: '' };
const unauthorized: ProxiedResponse = { status: 401, statusText: 'Unauthorized', headers: JSON_HEADERS, text: '{"error":"invalid_token"}' };
const tooMany: ProxiedResponse = { status: 429, headers: { 'retry-after': '1' }, text: 'Too Many Requests' };
const unavailable: ProxiedResponse = { status: 503, statusText: 'Service Unavailable', headers: {}, text: '' };

describe('toZafResponse', () => {
  it.each<[string, RequestOptions, ProxiedResponse, unknown]>([
    ['a JSON body is parsed', {}, okJson, { id: 1 }],
    ['a 201 is a success too', { type: 'POST' }, created, { id: 2 }],
    ['a body that is not JSON stays text', {}, okText, 'pong'],
    ['dataType text keeps a JSON body as text', { dataType: 'text' }, okJson, '{"id":1}'],
    ['an empty body resolves with the empty text', {}, noContent, ''],
    [
      'httpCompleteResponse gives status, headers and both bodies',
      { httpCompleteResponse: true },
      okJson,
      { status: 200, headers: JSON_HEADERS, responseText: '{"id":1}', responseJSON: { id: 1 } },
    ],
    [
      'httpCompleteResponse on a text body has no responseJSON value',
      { httpCompleteResponse: true },
      okText,
      { status: 200, headers: { 'content-type': 'text/plain' }, responseText: 'pong', responseJSON: undefined },
    ],
  ])('succeeds on 2xx: %s', (_name, options, response, arg) => {
    expect(toZafResponse(options, response)).toEqual({ ok: true, arg });
  });

  it.each<[string, RequestOptions, ProxiedResponse, Record<string, unknown>]>([
    [
      'a JSON error body becomes responseJSON',
      {},
      unauthorized,
      { readyState: 4, status: 401, statusText: 'Unauthorized', responseText: '{"error":"invalid_token"}', responseJSON: { error: 'invalid_token' } },
    ],
    ['a missing statusText falls back to the status code', {}, tooMany, { readyState: 4, status: 429, statusText: '429', responseText: 'Too Many Requests' }],
    ['an empty 5xx body', {}, unavailable, { readyState: 4, status: 503, statusText: 'Service Unavailable', responseText: '' }],
    [
      'httpCompleteResponse adds the headers',
      { httpCompleteResponse: true },
      tooMany,
      { readyState: 4, status: 429, statusText: '429', responseText: 'Too Many Requests', headers: { 'retry-after': '1' } },
    ],
  ])('fails on 4xx/5xx with a jqXHR-like value: %s', (_name, options, response, arg) => {
    const answer = toZafResponse(options, response);
    expect(answer.ok).toBe(false);
    // toStrictEqual: a body that is not JSON must not carry a responseJSON key at all.
    expect(answer.arg).toStrictEqual(arg);
  });

  it.each(['timeout', 'error'] as const)('fails with status 0 and statusText %s on a network failure', (networkError) => {
    expect(toZafResponse({ httpCompleteResponse: true }, { networkError })).toEqual({
      ok: false,
      arg: { readyState: 0, status: 0, statusText: networkError, responseText: '' },
    });
  });
});

describe('parseAppMessage', () => {
  it.each<[string, unknown, unknown]>([
    ['a JSON string', '{"key":"iframe.handshake","appGuid":"g1"}', { key: 'iframe.handshake', appGuid: 'g1' }],
    ['an object (hook replies)', { key: 'iframe.reply:ticket.save', appGuid: 'g1' }, { key: 'iframe.reply:ticket.save', appGuid: 'g1' }],
    ['a string that is not JSON', 'hello', null],
    ['a JSON scalar', '42', null],
    ['null', null, null],
    ['a number', 7, null],
  ])('parses %s', (_name, data, expected) => {
    expect(parseAppMessage(data)).toEqual(expected);
  });
});

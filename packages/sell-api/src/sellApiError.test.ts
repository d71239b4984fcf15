import { SellApiError, errorKind, isLostAnswer, isRetryableKind, isSellApiError, kindForStatus, redactUrl } from './sellApiError';

describe('kindForStatus', () => {
  it.each([
    [0, 'network'],
    [400, 'bad_request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [408, 'timeout'],
    [409, 'bad_request'],
    [422, 'validation'],
    [429, 'rate_limited'],
    [500, 'server'],
    [503, 'server'],
  ])('maps status %i to %s', (status, kind) => {
    expect(kindForStatus(status)).toBe(kind);
  });
});

describe('errorKind', () => {
  it('returns the kind of a SellApiError', () => {
    expect(errorKind(new SellApiError({ kind: 'rate_limited', status: 429, message: 'x' }))).toBe('rate_limited');
  });

  it('recognises an aborted call', () => {
    expect(errorKind(new DOMException('stop', 'AbortError'))).toBe('aborted');
  });

  it.each([[new Error('x')], ['text'], [undefined]])('calls anything else unknown (%#)', (value) => {
    expect(errorKind(value)).toBe('unknown');
  });
});

describe('isSellApiError', () => {
  it('accepts the class and a same-shaped error from another bundle', () => {
    const foreign = Object.assign(new Error('x'), { name: 'SellApiError', kind: 'server', status: 500 });
    expect(isSellApiError(new SellApiError({ kind: 'server', status: 500, message: 'x' }))).toBe(true);
    expect(isSellApiError(foreign)).toBe(true);
    expect(isSellApiError(new Error('x'))).toBe(false);
    expect(isSellApiError({ kind: 'server', status: 500 })).toBe(false);
  });

  it('defaults fieldErrors to an empty list', () => {
    expect(new SellApiError({ kind: 'server', status: 500, message: 'x' }).fieldErrors).toEqual([]);
  });
});

describe('isRetryableKind', () => {
  it.each([
    ['rate_limited', true],
    ['server', true],
    ['network', true],
    ['timeout', true],
    ['validation', false],
    ['unauthorized', false],
    ['forbidden', false],
    ['not_found', false],
    ['bad_request', false],
  ] as const)('%s → %s', (kind, retry) => {
    expect(isRetryableKind(kind)).toBe(retry);
  });
});

describe('redactUrl', () => {
  it.each([
    ['https://api.getbase.com/v2/leads?email=ana%40example.com&per_page=100', 'https://api.getbase.com/v2/leads?email=%E2%80%A6&per_page=100'],
    ['https://api.getbase.com/v2/contacts?phone=%2B34%20600%20111%20222', 'https://api.getbase.com/v2/contacts?phone=%E2%80%A6'],
    ['/api/v2/users/search.json?query=email%3Aana%40example.com', '/api/v2/users/search.json?query=%E2%80%A6'],
    ['https://www.zopim.com/api/v2/chats?ids=123456,234567', 'https://www.zopim.com/api/v2/chats?ids=123456%2C234567'],
    ['https://api.getbase.com/v2/deals?contact_id=12345678&per_page=100', 'https://api.getbase.com/v2/deals?contact_id=12345678&per_page=100'],
    ['https://api.getbase.com/v2/users/self', 'https://api.getbase.com/v2/users/self'],
  ])('%s → %s', (url, kept) => {
    expect(redactUrl(url)).toBe(kept);
    expect(new SellApiError({ kind: 'server', status: 500, message: 'x', url }).url).toBe(kept);
  });
});

describe('isLostAnswer', () => {
  it.each([
    ['a timeout', new SellApiError({ kind: 'timeout', status: 0, message: 'x' }), true],
    ['no network', new SellApiError({ kind: 'network', status: 0, message: 'x' }), true],
    ['a 504 from a gateway', new SellApiError({ kind: 'server', status: 504, message: 'x' }), true],
    ['a malformed 200', new SellApiError({ kind: 'server', status: 200, message: 'x' }), false],
    ['a 422', new SellApiError({ kind: 'validation', status: 422, message: 'x' }), false],
    ['a 429', new SellApiError({ kind: 'rate_limited', status: 429, message: 'x' }), false],
    ['something else', new Error('x'), false],
  ])('%s → %s', (_name, error, lost) => {
    expect(isLostAnswer(error)).toBe(lost);
  });
});

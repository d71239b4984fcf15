import { SellApiError, errorKind, isRetryableKind, isSellApiError, kindForStatus } from './sellApiError';

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

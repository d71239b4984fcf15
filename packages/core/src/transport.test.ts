import fc from 'fast-check';
import {
  checkPlaceholders,
  escapePlaceholders,
  isTransportFailure,
  isZendeskRelativeUrl,
  PlaceholderRefusal,
  toJsonBody,
  TransportFailure,
  type PlaceholderCheckedRequest,
} from './transport';

const base: PlaceholderCheckedRequest = { method: 'POST', url: 'https://api.getbase.com/v2/leads', headers: { Accept: 'application/json' } };
const AUTH = { Authorization: 'Bearer {{setting.sell_api_token}}' };

describe('checkPlaceholders', () => {
  it.each<[string, Partial<PlaceholderCheckedRequest>, boolean]>([
    ['no placeholder at all', {}, false],
    ['the exact Authorization placeholder', { headers: AUTH }, true],
    ['an escaped body beside it', { headers: AUTH, body: toJsonBody({ name: '{{setting.sell_api_token}}' }) }, true],
    ['the declared body secret once', { body: '{"t":"{{setting.chat_access_token}}"}', bodySecret: 'chat_access_token' }, true],
  ])('accepts %s', (_name, change, carries) => {
    expect(checkPlaceholders({ ...base, ...change })).toBe(carries);
  });

  it.each<[string, Partial<PlaceholderCheckedRequest>]>([
    ['a placeholder in the URL', { url: 'https://api.getbase.com/v2/leads?email={{setting.sell_api_token}}' }],
    ['a placeholder in another header', { headers: { 'X-Name': '{{setting.sell_api_token}}' } }],
    ['text around the Authorization placeholder', { headers: { Authorization: 'Bearer {{setting.a}} {{setting.b}}' } }],
    ['a raw placeholder in the body', { body: '{"name":"{{setting.sell_api_token}}"}' }],
    ['a second "{{" beside the body secret', { body: '{"t":"{{setting.chat_access_token}}","n":"{{"}', bodySecret: 'chat_access_token' }],
    ['a body secret that is not in the body', { body: '{}', bodySecret: 'chat_access_token' }],
    ['a body secret that is no setting name', { body: '{"t":"{{setting.a}}"}', bodySecret: 'a}}' }],
  ])('refuses %s', (_name, change) => {
    expect(() => checkPlaceholders({ ...base, ...change })).toThrow(PlaceholderRefusal);
  });
});

describe('escapePlaceholders', () => {
  it('leaves no "{{" in any serialised value, and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.constantFrom('{', '{{', '{{setting.x}}', '\\', '"')), (value, braces) => {
        const input = { value, text: braces.join('') };
        const json = toJsonBody(input);
        expect(json).not.toContain('{{');
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(input)));
      }),
    );
  });

  it('escapes each brace that a brace follows', () => {
    expect(escapePlaceholders('{"a":"{{{x"}')).toBe('{"a":"\\u007b\\u007b{x"}');
  });
});

describe('isZendeskRelativeUrl', () => {
  it.each([
    ['/api/v2/search.json', true],
    ['https://acme.zendesk.com/api/v2/search.json', false],
    ['/v2/leads', false],
  ])('%s → %s', (url, relative) => {
    expect(isZendeskRelativeUrl(url)).toBe(relative);
  });
});

describe('TransportFailure', () => {
  it('says which failure it was', () => {
    const failure = new TransportFailure('timeout', 'The request timed out');
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ name: 'TransportFailure', kind: 'timeout', message: 'The request timed out' });
  });

  it("is recognised by shape too (another bundle's copy of the class), and nothing else is", () => {
    const foreign = Object.assign(new Error('down'), { name: 'TransportFailure', kind: 'network' });
    expect(isTransportFailure(new TransportFailure('network', 'down'))).toBe(true);
    expect(isTransportFailure(foreign)).toBe(true);
    expect(isTransportFailure(Object.assign(new Error('x'), { name: 'TransportFailure', kind: 'server' }))).toBe(false);
    expect(isTransportFailure(new Error('down'))).toBe(false);
    expect(isTransportFailure({ name: 'TransportFailure', kind: 'network' })).toBe(false);
  });
});

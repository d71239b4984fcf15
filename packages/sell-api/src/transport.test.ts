import fc from 'fast-check';
import { checkPlaceholders, escapePlaceholders, isAllowedUrl, PlaceholderRefusal, toJsonBody, type TransportRequest } from './transport';

const base: TransportRequest = { method: 'POST', url: 'https://api.getbase.com/v2/leads', headers: { Accept: 'application/json' } };
const AUTH = { Authorization: 'Bearer {{setting.sell_api_token}}' };

describe('checkPlaceholders', () => {
  it.each<[string, Partial<TransportRequest>, boolean]>([
    ['no placeholder at all', {}, false],
    ['the exact Authorization placeholder', { headers: AUTH }, true],
    ['an escaped body beside it', { headers: AUTH, body: toJsonBody({ name: '{{setting.sell_api_token}}' }) }, true],
    ['the declared body secret once', { body: '{"t":"{{setting.chat_access_token}}"}', bodySecret: 'chat_access_token' }, true],
  ])('accepts %s', (_name, change, carries) => {
    expect(checkPlaceholders({ ...base, ...change })).toBe(carries);
  });

  it.each<[string, Partial<TransportRequest>]>([
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

describe('isAllowedUrl', () => {
  const zopim = ['*.zopim.com'];
  it.each([
    ['wss://chat-api.zopim.com/stream/s1', true],
    ['https://chat-api.zopim.com/stream/s1', true],
    ['wss://zopim.com.evil.example/s', false],
    ['wss://evilzopim.com/s', false],
    ['ws://chat-api.zopim.com/s', false],
    ['wss://user:pw@chat-api.zopim.com/s', false],
    ['wss://chat-api.zopim.com:8443/s', false],
    ['wss://chat-api.zopim.com/{{setting.x}}', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedUrl(url, ['wss:', 'https:'], zopim)).toBe(allowed);
  });
});

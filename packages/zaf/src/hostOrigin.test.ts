import { isTrustedHostOrigin } from './hostOrigin';

it.each([
  ['https://acme.zendesk.com', true],
  ['https://dashboard.zopim.com', true],
  ['https://app.futuresimple.com', true],
  ['http://localhost:4570', true],
  ['http://127.0.0.1:9999', true],
  ['https://acme.zendesk.com.evil.example', false],
  ['https://evilzendesk.com', false],
  ['http://acme.zendesk.com', false],
  ['https://user@acme.zendesk.com', false],
  ['https://acme.zendesk.com/path', false],
  ['javascript:alert(1)', false],
  ['', false],
  [null, false],
])('%s → %s', (origin, trusted) => {
  expect(isTrustedHostOrigin(origin)).toBe(trusted);
});

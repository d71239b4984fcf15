import { chatDashboardUrl, sellSearchUrl } from './chatLinks';

it.each([
  ['acme.zendesk.com', 'https://acme.zendesk.com/chat/agent'],
  [' ACME.zendesk.com ', 'https://acme.zendesk.com/chat/agent'],
  ['evil.example/path', null],
  ['javascript:alert(1)', null],
  ['', null],
  [undefined, null],
])('links the Chat dashboard of %s as %s', (domain, expected) => {
  expect(chatDashboardUrl(domain)).toBe(expected);
});

it('encodes the email in the Sell search link', () => {
  expect(sellSearchUrl('a+b@example.com')).toBe('https://app.futuresimple.com/crm/search?query=a%2Bb%40example.com');
});

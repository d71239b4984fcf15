import { isAllowedUrl } from './transport';

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

// @vitest-environment node
// (jsdom's AbortSignal is not the one Node's Request accepts, and the proxy runs in Node anyway.)
import { proxyRequest, type ProxyContext, type ProxyRequestOptions, type ProxyResult } from './proxy';

const CONTEXT: ProxyContext = {
  secrets: { sell_api_token: 'sell-secret', upload_key: 'body-secret', api_key: 'url-secret' },
  secureParameters: [
    { name: 'sell_api_token', scopes: ['header'] },
    { name: 'upload_key', scopes: ['body'] },
    { name: 'api_key', scopes: ['url'] },
    { name: 'unset_token', scopes: ['header'] },
  ],
  domainWhitelist: ['api.getbase.com', '*.zopim.com'],
  role: 'agent',
  accountHost: 'workbench.zendesk.com',
};

/** A fake upstream that records what the proxy sends and answers 201 with a JSON body. */
function upstream() {
  const sent: Request[] = [];
  const send = vi.fn((request: Request) => {
    sent.push(request);
    return Promise.resolve(
      new Response('{"ok":true}', { status: 201, statusText: 'Created', headers: { 'Content-Type': 'application/json', 'X-RateLimit-Remaining': '5' } }),
    );
  });
  return { sent, send };
}

async function run(options: ProxyRequestOptions, context: ProxyContext = CONTEXT) {
  const { sent, send } = upstream();
  const result = await proxyRequest(options, context, send);
  return { result, request: sent[0], sent };
}

function expectRefused(result: ProxyResult, sent: Request[]) {
  expect(result).toMatchObject({ status: 400, headers: { 'content-type': 'text/plain' } });
  expect(sent).toEqual([]);
}

const SELL_SELF = 'https://api.getbase.com/v2/users/self';

describe('proxyRequest placeholders', () => {
  it.each<[string, ProxyRequestOptions]>([
    ['a header', { url: SELL_SELF, headers: { Authorization: 'Bearer {{setting.sell_api_token}}' } }],
    ['the url', { url: `${SELL_SELF}?key={{setting.api_key}}` }],
    ['the body', { url: SELL_SELF, type: 'POST', data: '{"key":"{{ setting.upload_key }}"}' }],
    ['GET data', { url: SELL_SELF, data: { key: '{{setting.api_key}}' } }],
  ])('leaves a placeholder in %s as typed without secure: true', async (_where, options) => {
    const { request } = await run(options);
    const sent = `${decodeURIComponent(request?.url ?? '')} ${JSON.stringify([...(request?.headers.entries() ?? [])])} ${(await request?.text()) ?? ''}`;
    expect(sent).not.toMatch(/secret/);
    expect(sent).toMatch(/\{\{ ?setting\./);
  });

  it('substitutes a header placeholder in a secure request', async () => {
    const { request } = await run({ url: SELL_SELF, secure: true, headers: { Authorization: 'Bearer {{setting.sell_api_token}}' } });
    expect(request?.headers.get('authorization')).toBe('Bearer sell-secret');
  });

  it('substitutes url and body placeholders of parameters scoped to them', async () => {
    const { request } = await run({
      url: `${SELL_SELF}?key={{setting.api_key}}`,
      type: 'POST',
      secure: true,
      contentType: 'application/json',
      data: '{"key":"{{setting.upload_key}}"}',
    });
    expect(request?.url).toBe(`${SELL_SELF}?key=url-secret`);
    expect(await request?.text()).toBe('{"key":"body-secret"}');
    expect(request?.headers.get('content-type')).toBe('application/json');
  });

  it('substitutes placeholders in GET data as part of the url', async () => {
    const { request } = await run({ url: SELL_SELF, secure: true, data: { key: '{{setting.api_key}}', per_page: 5 } });
    expect(request?.url).toBe(`${SELL_SELF}?key=url-secret&per_page=5`);
  });

  it.each<[string, ProxyRequestOptions]>([
    ['the url', { url: `${SELL_SELF}?token={{setting.sell_api_token}}`, secure: true }],
    ['the body', { url: SELL_SELF, type: 'POST', secure: true, data: 'token={{setting.sell_api_token}}' }],
    ['GET data', { url: SELL_SELF, secure: true, data: { token: '{{setting.sell_api_token}}' } }],
  ])('leaves a header-only parameter in %s unfilled', async (_where, options) => {
    const { request } = await run(options);
    expect(`${decodeURIComponent(request?.url ?? '')} ${(await request?.text()) ?? ''}`).toContain('{{setting.sell_api_token}}');
  });

  it('leaves a placeholder naming a parameter that is not secure unfilled', async () => {
    const { request } = await run({ url: SELL_SELF, secure: true, headers: { 'X-Status': '{{setting.lead_status}}' } });
    expect(request?.headers.get('x-status')).toBe('{{setting.lead_status}}');
  });

  it('fills a body-scoped placeholder wherever it stands in the body, inside a JSON string too', async () => {
    const { request } = await run({
      url: SELL_SELF,
      type: 'POST',
      secure: true,
      contentType: 'application/json',
      data: JSON.stringify({ data: { email: 'x{{setting.upload_key}}@example.com' } }),
    });
    expect(await request?.text()).toBe('{"data":{"email":"xbody-secret@example.com"}}');
  });

  it('substitutes a secure parameter that has no value with an empty string', async () => {
    const { request } = await run({ url: SELL_SELF, secure: true, headers: { Authorization: 'Bearer {{setting.unset_token}}' } });
    expect(request?.headers.get('authorization')).toBe('Bearer');
  });
});

describe('proxyRequest destinations', () => {
  it.each(['https://evil.example/steal', 'https://api.getbase.com.evil.example/v2'])('refuses a secure request to %s', async (url) => {
    const { result, sent } = await run({ url, secure: true, headers: { Authorization: 'Bearer {{setting.sell_api_token}}' } });
    expectRefused(result, sent);
  });

  it('accepts a secure request to a host matching a wildcard entry', async () => {
    const { result, request } = await run({ url: 'https://www.zopim.com/api/v2/chats', secure: true });
    expect(result).toMatchObject({ status: 201 });
    expect(request?.url).toBe('https://www.zopim.com/api/v2/chats');
  });

  it('sends a relative Support path to the account host with the persona role', async () => {
    const { request } = await run({ url: '/api/v2/users/me.json' }, { ...CONTEXT, role: 'admin' });
    expect(request?.url).toBe('https://workbench.zendesk.com/api/v2/users/me.json');
    expect(request?.headers.get('x-sandbox-role')).toBe('admin');
  });

  it('adds no sandbox role to absolute URLs', async () => {
    const { request } = await run({ url: SELL_SELF, secure: true });
    expect(request?.headers.has('x-sandbox-role')).toBe(false);
  });

  it('turns GET data into a query string appended to an existing one', async () => {
    const { request } = await run({ url: '/api/v2/search.json?sort=asc', data: { query: 'type:user ann', page: 2 } });
    expect(request?.method).toBe('GET');
    expect(new URL(request!.url).searchParams.get('query')).toBe('type:user ann');
    expect(request?.url).toMatch(/\?sort=asc&query=.+&page=2$/);
    expect(request?.body).toBeNull();
  });

  it('sends a body with the method in capitals and a form content type by default', async () => {
    const { request } = await run({ url: SELL_SELF, type: 'put', data: 'a=1' });
    expect(request?.method).toBe('PUT');
    expect(await request?.text()).toBe('a=1');
    expect(request?.headers.get('content-type')).toMatch(/^application\/x-www-form-urlencoded/);
  });

  it('refuses header names containing an underscore', async () => {
    const { result, sent } = await run({ url: SELL_SELF, headers: { X_Custom: '1' } });
    expectRefused(result, sent);
  });
});

describe('proxyRequest answers', () => {
  it('passes status, status text, headers and body text through', async () => {
    const { result } = await run({ url: SELL_SELF });
    expect(result).toEqual({
      status: 201,
      statusText: 'Created',
      headers: { 'content-type': 'application/json', 'x-ratelimit-remaining': '5' },
      text: '{"ok":true}',
    });
  });

  it('reports a timeout when the upstream does not answer in time', async () => {
    const hang = (request: Request) =>
      new Promise<Response>((_resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    await expect(proxyRequest({ url: SELL_SELF, timeout: 20 }, CONTEXT, hang)).resolves.toEqual({ networkError: 'timeout' });
  });

  it('reports a network error when sending fails', async () => {
    const fail = () => Promise.reject(new TypeError('fetch failed'));
    await expect(proxyRequest({ url: SELL_SELF }, CONTEXT, fail)).resolves.toEqual({ networkError: 'error' });
  });
});

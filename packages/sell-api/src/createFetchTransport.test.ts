import { HttpResponse, delay, http } from 'msw';
import { setupServer } from 'msw/node';
import { createFetchTransport, substituteSettings } from './createFetchTransport';
import { errorKind } from './sellApiError';
import { isTransportFailure, PlaceholderRefusal } from './transport';

const seen: { auth: string | null; url: string; body: string }[] = [];
const server = setupServer(
  http.all('https://api.example.test/*', async ({ request }) => {
    seen.push({ auth: request.headers.get('authorization'), url: request.url, body: await request.text() });
    return HttpResponse.json({ ok: true }, { status: 201, headers: { 'X-Request-Id': 'r-1' } });
  }),
  http.get('https://acme.zendesk.test/api/v2/search.json', () => HttpResponse.json({ results: [] })),
  http.get('https://down.example.test/*', () => HttpResponse.error()),
  http.get('https://slow.example.test/*', async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
  http.get('https://text.example.test/*', () => new HttpResponse('Rate limit exceeded', { status: 429 })),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

describe('createFetchTransport', () => {
  it('substitutes setting placeholders like the proxy does', async () => {
    const transport = createFetchTransport({ secrets: { access_token: 'tok-123' } });
    const response = await transport.send({
      method: 'POST',
      url: 'https://api.example.test/v2/notes',
      headers: { Authorization: 'Bearer {{setting.access_token}}' },
      body: '{"a":"{{setting.access_token}}"}',
      bodySecret: 'access_token',
    });
    expect(response.status).toBe(201);
    expect(response.headers['x-request-id']).toBe('r-1');
    expect(JSON.parse(response.text)).toEqual({ ok: true });
    expect(seen[0]).toMatchObject({ auth: 'Bearer tok-123', body: '{"a":"tok-123"}' });
  });

  it('refuses, before sending, a body placeholder the request did not declare', async () => {
    const transport = createFetchTransport({ secrets: { access_token: 'tok-123' } });
    const send = transport.send({ method: 'POST', url: 'https://api.example.test/v2/notes', headers: {}, body: '{"a":"{{setting.access_token}}"}' });
    await expect(send).rejects.toThrow(PlaceholderRefusal);
    expect(seen).toEqual([]);
  });

  it('leaves placeholders alone without secrets, and blanks unknown settings with them', async () => {
    await createFetchTransport().send({ method: 'GET', url: 'https://api.example.test/x', headers: { Authorization: 'Bearer {{setting.x}}' } });
    await createFetchTransport({ secrets: {} }).send({ method: 'GET', url: 'https://api.example.test/x', headers: { Authorization: 'Bearer {{setting.x}}' } });
    expect(seen.map((s) => s.auth)).toEqual(['Bearer {{setting.x}}', 'Bearer']);
  });

  it('resolves relative Zendesk paths against zendeskOrigin', async () => {
    const transport = createFetchTransport({ zendeskOrigin: 'https://acme.zendesk.test' });
    const response = await transport.send({ method: 'GET', url: '/api/v2/search.json?query=x', headers: {} });
    expect(response.status).toBe(200);
  });

  it('explains a relative path without zendeskOrigin outside a page', async () => {
    await expect(createFetchTransport().send({ method: 'GET', url: '/api/v2/x.json', headers: {} })).rejects.toThrow(/zendeskOrigin/);
  });

  it('resolves with error statuses and their raw text', async () => {
    const response = await createFetchTransport().send({ method: 'GET', url: 'https://text.example.test/v2/leads', headers: {} });
    expect(response).toMatchObject({ status: 429, text: 'Rate limit exceeded' });
  });

  it('rejects with a network error when no answer arrives', async () => {
    const error = await createFetchTransport()
      .send({ method: 'GET', url: 'https://down.example.test/v2/leads', headers: { Authorization: 'Bearer {{setting.t}}' } })
      .catch((e: unknown) => e);
    expect(isTransportFailure(error) && error.kind).toBe('network');
  });

  it('rejects with a timeout error after timeoutMs', async () => {
    const error = await createFetchTransport()
      .send({ method: 'GET', url: 'https://slow.example.test/v2/leads', headers: {}, timeoutMs: 30 })
      .catch((e: unknown) => e);
    expect(isTransportFailure(error) && error.kind).toBe('timeout');
  });

  it('rejects with the abort reason when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = createFetchTransport().send({ method: 'GET', url: 'https://slow.example.test/x', headers: {}, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    expect(errorKind(await pending.catch((e: unknown) => e))).toBe('aborted');
  });

  it('uses an injected fetch', async () => {
    const fetchFn = vi.fn(() => Promise.resolve(new Response('{}', { status: 200 })));
    await createFetchTransport({ fetch: fetchFn }).send({ method: 'GET', url: 'https://nowhere.test/x', headers: {} });
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });
});

describe('substituteSettings', () => {
  it('replaces every placeholder', () => {
    expect(substituteSettings('{{setting.a}}-{{setting.b}}', { a: '1', b: '2' })).toBe('1-2');
  });
});

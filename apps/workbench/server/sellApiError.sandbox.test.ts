// Integration: every error class parsed from real sandbox responses, through both transports (sell-api's fetch
// transport and zaf's host transport over a stand-in for the host proxy).
import { createSandbox, fixtures } from '@sell-bridge/sandbox';
import type { FaultRule } from '@sell-bridge/sandbox';
import { sandboxHandlers } from '@sell-bridge/sandbox/msw';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import {
  createChatClient,
  createFetchTransport,
  createSellClient,
  createSupportClient,
  isSellApiError,
  substituteSettings,
  type SellApiError,
  type Transport,
} from '@sell-bridge/sell-api';
import { recordingSleep } from '@sell-bridge/sell-api/testing';
import { createZafTransport, type ZafRequestOptions } from '@sell-bridge/zaf/transport';

const sandbox = createSandbox({ seed: 3 });
const server = setupServer(...sandboxHandlers(sandbox));
const SUPPORT_ORIGIN = 'https://sandbox.zendesk.com';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  sandbox.faults.clear();
  sandbox.reset();
});
afterAll(() => server.close());

/**
 * A stand-in for the ZAF host + proxy in front of the sandbox: substitutes secure settings, then answers the way
 * `client.request` does with `httpCompleteResponse` (done) or a jqXHR-like object (fail; status 0 on no answer).
 */
function zafHostRequest(secrets: Record<string, string>) {
  const seen: ZafRequestOptions[] = [];
  const request = async (o: ZafRequestOptions): Promise<unknown> => {
    seen.push(o);
    const headers = Object.fromEntries(Object.entries(o.headers ?? {}).map(([k, v]) => [k, o.secure ? substituteSettings(v, secrets) : v]));
    if (typeof o.contentType === 'string') headers['Content-Type'] = o.contentType;
    const url = o.url.startsWith('/') ? `${SUPPORT_ORIGIN}${o.url}` : o.url;
    const signal = o.timeout === undefined ? undefined : AbortSignal.timeout(o.timeout);
    let response: Response;
    try {
      response = await fetch(url, { method: o.type, headers, ...(typeof o.data === 'string' ? { body: o.data } : {}), ...(signal ? { signal } : {}) });
    } catch {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the real host rejects with a jqXHR, not an Error
      throw { readyState: 0, status: 0, statusText: signal?.aborted ? 'timeout' : 'error', responseText: '' };
    }
    const responseText = await response.text();
    let responseJSON: unknown;
    try {
      responseJSON = JSON.parse(responseText) as unknown;
    } catch {
      responseJSON = undefined;
    }
    const responseHeaders = Object.fromEntries(response.headers.entries());
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the real host rejects with a jqXHR, not an Error
    if (!response.ok) throw { readyState: 4, status: response.status, statusText: response.statusText, responseText, responseJSON, getAllResponseHeaders: () => Object.entries(responseHeaders).map(([k, v]) => `${k}: ${v}`).join('\r\n') };
    return { status: response.status, responseText, responseJSON, headers: responseHeaders };
  };
  return { request, seen };
}

const goodSecrets = () => ({ access_token: sandbox.tokens.sell, chat_access_token: sandbox.tokens.chat });

const transports: [string, (secrets: Record<string, string>) => Transport][] = [
  ['fetch', (secrets) => createFetchTransport({ secrets, zendeskOrigin: SUPPORT_ORIGIN })],
  ['zaf', (secrets) => createZafTransport(zafHostRequest(secrets).request)],
];

function clients(transport: Transport) {
  const sleep = recordingSleep();
  const common = { transport, sleep, random: () => 0, retry: { maxAttempts: 1 }, timeoutMs: 100 };
  return { sell: createSellClient({ ...common, tokenSetting: 'access_token' }), chat: createChatClient(common), support: createSupportClient(common) };
}

async function failure(promise: Promise<unknown>): Promise<SellApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isSellApiError(error)) throw new Error(`expected a SellApiError, got ${String(error)}`);
  return error;
}

const inject = (rule: FaultRule): void => {
  sandbox.faults.inject(rule);
};

describe.each(transports)('errors from the sandbox through the %s transport', (_name, makeTransport) => {
  it('401: a wrong Sell token', async () => {
    const { sell } = clients(makeTransport({ access_token: 'x'.repeat(64) }));
    const error = await failure(sell.self());
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, code: 'unauthorized', service: 'sell' });
    expect(error.logref).toEqual(expect.any(String));
  });

  it('401: a wrong Chat token (Chat body, not the Sell envelope)', async () => {
    const { chat } = clients(makeTransport({ chat_access_token: 'nope' }));
    expect(await failure(chat.getChat(fixtures.knownChatId))).toMatchObject({ kind: 'unauthorized', status: 401, service: 'chat' });
  });

  it('403: a Support agent updating an installation (Support body)', async () => {
    inject({ match: { method: 'PUT', path: /installations/ }, status: 403 });
    const { support } = clients(makeTransport(goodSecrets()));
    const error = await failure(support.updateInstallation(fixtures.installations.sellInChat, 'chat', { lead_status: 'New' }));
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, code: 'Forbidden', service: 'support' });
  });

  it('403: a Sell forbidden envelope', async () => {
    inject({ match: { host: 'api.getbase.com', path: '/v2/users/self' }, status: 403 });
    const { sell } = clients(makeTransport(goodSecrets()));
    expect(await failure(sell.self())).toMatchObject({ kind: 'forbidden', code: 'forbidden' });
  });

  it('404: a lead that does not exist', async () => {
    const { sell } = clients(makeTransport(goodSecrets()));
    expect(await failure(sell.getLead(1))).toMatchObject({ kind: 'not_found', status: 404, code: 'not_found' });
  });

  it('422: a lead without a last name, with field errors and the logref', async () => {
    const { sell } = clients(makeTransport(goodSecrets()));
    const error = await failure(sell.createLead({ first_name: 'Ann', email: 'ann@new.example' }));
    expect(error).toMatchObject({ kind: 'validation', status: 422 });
    expect(error.fieldErrors.map((f) => f.field)).toContain('last_name');
    expect(error.fieldErrors.every((f) => f.code !== '' && f.message !== '')).toBe(true);
    expect(error.logref).toMatch(/\S/);
  });

  it('422: an unknown attribute names the field', async () => {
    const { sell } = clients(makeTransport(goodSecrets()));
    const error = await failure(sell.createLead({ last_name: 'Lee', nickname: 'x' } as never));
    expect(error.fieldErrors).toContainEqual(expect.objectContaining({ field: 'nickname', code: 'unknown' }));
  });

  it.each([
    ['JSON', 'json' as const, 'rate_limit_exceeded'],
    ['non-JSON', 'text' as const, undefined],
  ])('429 with a %s body', async (_label, body, code) => {
    inject({ match: { host: 'api.getbase.com', path: '/v2/leads' }, status: 429, body });
    const { sell } = clients(makeTransport(goodSecrets()));
    const error = await failure(sell.findLeadsByEmail('a@b.example'));
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429 });
    expect(error.code).toBe(code);
  });

  it('429 from Chat carries Retry-After', async () => {
    inject({ match: { host: 'www.zopim.com', path: '/api/v2/chats/search' }, status: 429, retryAfterSeconds: 7 });
    const { chat } = clients(makeTransport(goodSecrets()));
    expect(await failure(chat.searchChatsByEmail(fixtures.leadOnly.email))).toMatchObject({ kind: 'rate_limited', retryAfterMs: 7000 });
  });

  it.each([['json' as const], ['text' as const], ['empty' as const]])('500 with a %s body', async (body) => {
    inject({ match: { host: 'api.getbase.com', path: '/v2/users/self' }, status: 500, body });
    const { sell } = clients(makeTransport(goodSecrets()));
    expect(await failure(sell.self())).toMatchObject({ kind: 'server', status: 500 });
  });

  it('network failure', async () => {
    server.use(http.get('https://api.getbase.com/v2/users/self', () => HttpResponse.error()));
    const { sell } = clients(makeTransport(goodSecrets()));
    expect(await failure(sell.self())).toMatchObject({ kind: 'network', status: 0 });
  });

  it('timeout', async () => {
    inject({ match: { host: 'api.getbase.com', path: '/v2/users/self' }, timeout: true });
    const { sell } = clients(makeTransport(goodSecrets()));
    expect(await failure(sell.self())).toMatchObject({ kind: 'timeout', status: 0 });
  });
});

describe('ZAF transport requests built for the sandbox', () => {
  it('never carry a raw token: placeholders on secure calls, nothing on Support calls', async () => {
    const host = zafHostRequest(goodSecrets());
    const { sell, chat, support } = clients(createZafTransport(host.request));
    await sell.self();
    await chat.getChat(fixtures.knownChatId);
    await support.getInstallation(fixtures.installations.sellInSupport, 'support');
    const dump = JSON.stringify(host.seen);
    expect(dump).not.toContain(sandbox.tokens.sell);
    expect(dump).not.toContain(sandbox.tokens.chat);
    expect(host.seen.map((o) => [o.secure ?? false, o.headers?.Authorization])).toEqual([
      [true, 'Bearer {{setting.access_token}}'],
      [true, 'Bearer {{setting.chat_access_token}}'],
      [false, undefined],
    ]);
  });
});

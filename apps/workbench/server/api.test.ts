// @vitest-environment node
// (the handler and the proxy run in Node; jsdom's AbortSignal is not the one Node's Request accepts.)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox, type FaultRule, type Sandbox } from '@sell-bridge/sandbox';
import { createApi, faultRule, type FaultKind, type Service } from './api';
import { APPS, INSTALLATION_OF, secureParameters } from './apps';
import { proxyRequest, type ProxyRequestOptions } from './proxy';

const HOSTS: Record<Service, string> = { sell: 'api.getbase.com', chat: 'www.zopim.com', support: 'workbench.zendesk.com' };
const SERVICES: Service[] = ['sell', 'chat', 'support'];
const any = /.*/;

describe('faultRule', () => {
  const rows: [FaultKind, (service: Service) => FaultRule | null][] = [
    ['401', (s) => ({ match: { host: HOSTS[s], path: any }, status: 401 })],
    ['403', (s) => ({ match: { host: HOSTS[s], path: any }, status: 403 })],
    ['404', (s) => ({ match: { host: HOSTS[s], path: any }, status: 404 })],
    // Sell answers its 429 in plain text; Chat and Support in JSON (docs/platform/sell.md §Rate limits and retries).
    ['429', (s) => ({ match: { host: HOSTS[s], path: any }, status: 429, body: s === 'sell' ? 'text' : 'json' })],
    ['5xx', (s) => ({ match: { host: HOSTS[s], path: any }, status: 503 })],
    ['slow', (s) => ({ match: { host: HOSTS[s], path: any }, latencyMs: 2500 })],
    ['timeout', (s) => ({ match: { host: HOSTS[s], path: any }, timeout: true })],
    ['422-lead', () => ({ match: { host: HOSTS.sell, method: 'POST', path: '/v2/leads' }, status: 422 })],
    ['offline', () => null],
    ['no-search', () => null],
  ];
  const table = rows.flatMap(([kind, expected]) => SERVICES.map((service) => [kind, service, expected(service)] as const));

  it.each(table)('maps %s on %s to its sandbox rule', (kind, service, expected) => {
    expect(faultRule(kind, service)).toEqual(expected);
  });
});

describe('the /__wb routes', () => {
  let sandbox: Sandbox;
  let server: Server;
  let base: string;
  const persist = vi.fn();
  const proxyCalls: ProxyRequestOptions[] = [];

  /** The same composition as startWorkbench: installation secrets and the app's secure parameters, answered by the sandbox. */
  async function proxy(installationId: number, role: 'agent' | 'admin', options: ProxyRequestOptions) {
    proxyCalls.push(options);
    const installation = sandbox.state.installations.find((i) => i.id === installationId)!;
    const app = APPS.find((a) => INSTALLATION_OF[a.id] === installationId)!;
    const context = {
      secrets: installation.secure,
      secureParameters: secureParameters(app),
      domainWhitelist: app.domainWhitelist,
      role,
      accountHost: HOSTS.support,
    };
    return proxyRequest(options, context, (request) => sandbox.handle(request));
  }

  beforeEach(async () => {
    sandbox = createSandbox();
    persist.mockClear();
    proxyCalls.length = 0;
    const api = createApi({ sandbox, proxy, persist, appUrls: { 'sell-in-chat': 'http://localhost:1/iframe.html' }, live: false });
    server = createServer((req, res) => {
      void api(req, res).then((handled) => {
        if (!handled) res.writeHead(418).end('not ours');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(base + path, { method, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('json') ?? false;
    return { status: response.status, text, json: (isJson ? JSON.parse(text) : null) as unknown };
  };
  const sellSelf = { url: 'https://api.getbase.com/v2/users/self', secure: true, headers: { Authorization: 'Bearer {{setting.sell_api_token}}' } };
  const proxied = (options: ProxyRequestOptions = sellSelf) => call('POST', '/__wb/proxy', { installationId: 1002, role: 'agent', options });

  it('lists the apps and installations in the config without any secure value', async () => {
    const { status, text, json } = await call('GET', '/__wb/config');
    expect(status).toBe(200);
    const config = json as { apps: { id: string; installationId: number; url?: string }[]; installations: Record<string, unknown>[] };
    expect(config.apps.map((a) => [a.id, a.installationId])).toEqual([
      ['sell-in-chat', 1001],
      ['sell-in-support', 1002],
      ['chat-in-sell', 1003],
    ]);
    expect(config.apps[0]?.url).toBe('http://localhost:1/iframe.html');
    expect(config.installations.map((i) => i.secureSet)).toEqual([{ sell_api_token: true }, { sell_api_token: true }, { chat_access_token: true, sell_api_token: true }]);
    for (const installation of config.installations) expect(installation).not.toHaveProperty('secure');
    expect(text).not.toContain(sandbox.tokens.sell);
    expect(text).not.toContain(sandbox.tokens.chat);
  });

  it('stores secure values server-side on PUT and answers only whether each is set', async () => {
    const saved = await call('PUT', '/__wb/installations/1002', { settings: { lead_status: 'Open' }, secure: { sell_api_token: 'rotated-token' } });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ id: 1002, settings: { lead_status: 'Open' }, secureSet: { sell_api_token: true } });
    expect(saved.text).not.toContain('rotated-token');
    expect(sandbox.state.installations.find((i) => i.id === 1002)?.secure.sell_api_token).toBe('rotated-token');
    expect(persist).toHaveBeenCalled();
    // The proxy now substitutes the new (wrong) token, which Sell refuses.
    expect((await proxied()).json).toMatchObject({ status: 401 });

    const cleared = await call('PUT', '/__wb/installations/1002', { secure: { sell_api_token: '' } });
    expect(cleared.json).toMatchObject({ secureSet: { sell_api_token: false }, settings: { lead_status: 'Open' } });
  });

  it('answers 404 for an installation that does not exist', async () => {
    expect((await call('PUT', '/__wb/installations/4242', { settings: {} })).status).toBe(404);
  });

  it('proxies a secure request with the installation token substituted server-side', async () => {
    const { json } = await proxied();
    expect(json).toMatchObject({ status: 200 });
    expect(JSON.parse((json as { text: string }).text)).toMatchObject({ data: { id: sandbox.state.selfUserId } });
  });

  it('toggles sandbox fault rules with POST and DELETE /__wb/faults', async () => {
    expect((await call('POST', '/__wb/faults', { kind: '5xx', service: 'sell' })).json).toEqual([{ kind: '5xx', service: 'sell' }]);
    expect((await call('POST', '/__wb/faults', { kind: '401' })).json).toEqual([
      { kind: '5xx', service: 'sell' },
      { kind: '401', service: 'sell' },
    ]);
    expect(sandbox.faults.rules).toHaveLength(2);
    expect((await proxied()).json).toMatchObject({ status: 503 });
    expect((await call('GET', '/__wb/faults')).json).toHaveLength(2);

    expect((await call('DELETE', '/__wb/faults?kind=5xx&service=sell')).json).toEqual([{ kind: '401', service: 'sell' }]);
    expect((await proxied()).json).toMatchObject({ status: 401 });
    expect((await call('DELETE', '/__wb/faults')).json).toEqual([]);
    expect(sandbox.faults.rules).toEqual([]);
    expect((await proxied()).json).toMatchObject({ status: 200 });
  });

  it('switches the Search API off and on with the no-search fault', async () => {
    await call('POST', '/__wb/faults', { kind: 'no-search' });
    expect(sandbox.state.searchApiEnabled).toBe(false);
    await call('DELETE', '/__wb/faults?kind=no-search');
    expect(sandbox.state.searchApiEnabled).toBe(true);
  });

  it('keeps the no-search switch in force across a reset', async () => {
    await call('POST', '/__wb/faults', { kind: 'no-search' });
    await call('POST', '/__wb/reset');
    expect(sandbox.state.searchApiEnabled).toBe(false);
    await call('DELETE', '/__wb/faults?kind=no-search');
    expect(sandbox.state.searchApiEnabled).toBe(true);
  });

  it('answers every proxied request with a network error while offline', async () => {
    await call('POST', '/__wb/faults', { kind: 'offline', service: 'support' });
    expect((await proxied()).json).toEqual({ networkError: 'error' });
    expect(proxyCalls).toEqual([]);
    await call('DELETE', '/__wb/faults?kind=offline');
    expect((await proxied()).json).toMatchObject({ status: 200 });
  });

  it('re-seeds the sandbox on reset and persists it', async () => {
    await call('PUT', '/__wb/installations/1001', { settings: { lead_status: 'Working' }, secure: { sell_api_token: '' } });
    persist.mockClear();
    expect((await call('POST', '/__wb/reset')).json).toEqual({ ok: true });
    expect(persist).toHaveBeenCalled();
    const installation = sandbox.state.installations.find((i) => i.id === 1001);
    expect(installation?.settings.lead_status).toBe('New');
    expect(installation?.secure.sell_api_token).toBe(sandbox.tokens.sell);
  });

  it('leaves other paths to the next handler and answers 404 for unknown workbench routes', async () => {
    expect(await call('GET', '/index.html')).toMatchObject({ status: 418, text: 'not ours' });
    expect((await call('GET', '/__wb/nope')).status).toBe(404);
  });

  it('answers 500 for a body that is not JSON', async () => {
    const response = await fetch(`${base}/__wb/faults`, { method: 'POST', body: '{oops' });
    expect(response.status).toBe(500);
  });
});

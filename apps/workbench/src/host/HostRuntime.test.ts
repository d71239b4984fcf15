/*
 * HostRuntime driven through the wire protocol: frames post the JSON messages the SDK would post (docs/platform/zaf.md §Wire protocol) and the test reads what the runtime posts back. jsdom's window stands in for the host page.
 */
import type { AppConfig, PublicInstallation } from '../api';
import { HostRuntime, type FrameSpec, type HostInputs, type PersonaIdentity } from './HostRuntime';

interface Wire {
  key?: string;
  id?: number;
  result?: Record<string, unknown> & { errors?: Record<string, { message: string; name?: string; path?: string }> };
  message?: unknown;
}

const APP: AppConfig = {
  id: 'sell-in-support',
  name: 'Sell for Support',
  url: 'http://localhost:4572/assets/iframe.html?v=2',
  installationId: 1002,
  locations: {},
  parameters: [],
};
const INSTALLATION: PublicInstallation = {
  id: 1002,
  product: 'support',
  settings: { lead_status: 'Open' },
  secureSet: { sell_api_token: true },
  updated_at: '2026-01-01T00:00:00Z',
};
const IDENTITY: PersonaIdentity = { name: 'Ann Agent', email: 'ann@acme.io', sellUser: { id: 77, role: 'admin', status: 'active' } };
const inputs = (overrides: Partial<HostInputs> = {}): HostInputs => ({
  persona: { kind: 'sell-user', zendeskRole: 'agent', locale: 'de', colorScheme: 'dark' },
  identity: IDENTITY,
  installations: [INSTALLATION],
  ...overrides,
});

let runtime: HostRuntime;
let stop: () => void;
let nextId = 1;

beforeEach(() => {
  runtime = new HostRuntime(window, inputs());
  stop = runtime.host.listen();
});

afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

/** Registers a frame whose messages come from `source`, recording what the runtime posts to it. */
function connect(spec: Partial<FrameSpec> & { guid: string }, source: Window = window) {
  const posted: Wire[] = [];
  const setHeight = vi.fn();
  runtime.register({
    spec: { app: APP, product: 'support', location: 'ticket_sidebar', tree: {}, ...spec },
    setHeight,
    post: (message) => posted.push(message as Wire),
    isSource: (s) => s === source,
  });
  const send = (message: Record<string, unknown>) => {
    const data = JSON.stringify({ appGuid: spec.guid, instanceGuid: spec.guid, ...message });
    window.dispatchEvent(new MessageEvent('message', { data, source }));
  };
  const reply = (match: (m: Wire) => boolean) =>
    vi.waitFor(() => {
      const found = posted.find(match);
      if (!found) throw new Error('no reply yet');
      return found;
    });
  const call = async (request: 'get' | 'set' | 'invoke', params: unknown, instanceGuid?: string) => {
    const id = nextId++;
    send({ id, request, params, ...(instanceGuid ? { instanceGuid } : {}) });
    return (await reply((m) => m.id === id)).result!;
  };
  const handshake = async () => {
    send({ key: 'iframe.handshake', message: { version: '2.0.9' } });
    return (await reply((m) => m.key === 'zaf.app.registered')).message as { metadata: Record<string, unknown>; context: Record<string, unknown> };
  };
  return { posted, setHeight, send, reply, call, handshake };
}

describe('HostRuntime registration', () => {
  it('sends metadata with the installation settings and a Support context', async () => {
    const frame = connect({ guid: 's1', tree: { ticket: { id: 7 } }, context: { ticketId: 7 } });
    const { metadata, context } = await frame.handshake();
    expect(metadata).toMatchObject({ installationId: 1002, name: 'Sell for Support', settings: { title: 'Sell for Support', lead_status: 'Open' } });
    expect(metadata.settings).not.toHaveProperty('sell_api_token');
    expect(context).toEqual({ instanceGuid: 's1', product: 'support', location: 'ticket_sidebar', ticketId: 7, account: { subdomain: 'workbench' } });
  });

  it('gives a Sell frame the Sell account and the signed-in Sell user in its context', async () => {
    const frame = connect({ guid: 'c1', product: 'sell', location: 'top_bar' });
    const { context } = await frame.handshake();
    expect(context).toMatchObject({ product: 'sell', account: { domain: 'workbench.zendesk.com', currency: 'USD' } });
    expect(context.currentUser).toMatchObject({ id: 77, name: 'Ann Agent', email: 'ann@acme.io', locale: 'de', role: 'admin' });
  });
});

describe('HostRuntime get and set', () => {
  it.each<[string, FrameSpec['product'], unknown]>([
    ['ticket.requester.email', 'support', 'bo@acme.io'],
    ['currentUser.role', 'support', 'agent'],
    ['currentUser.id', 'support', 9002],
    ['currentUser.locale', 'chat', 'de'],
    ['currentUser.id', 'sell', 77],
    ['colorScheme', 'support', 'dark'],
    ['instances.f1.location', 'support', 'ticket_sidebar'],
  ])('answers %s for a %s frame', async (path, product, value) => {
    const frame = connect({ guid: 'f1', product, tree: { ticket: { requester: { email: 'bo@acme.io' } } } });
    expect(await frame.call('get', [path])).toEqual({ [path]: value, errors: {} });
  });

  it('describes a Sell agent without a Sell account as a plain user', async () => {
    runtime.setInputs(inputs({ identity: { ...IDENTITY, sellUser: null } }));
    const frame = connect({ guid: 'c1', product: 'sell' });
    expect(await frame.call('get', ['currentUser'])).toMatchObject({ currentUser: { id: 0, role: 'user', name: 'Ann Agent' } });
  });

  it('reports a missing path as a PathError naming the path', async () => {
    const frame = connect({ guid: 's1' });
    expect((await frame.call('get', ['ticket.nope'])).errors).toEqual({
      'ticket.nope': expect.objectContaining({ name: 'PathError', path: 'ticket.nope' }) as unknown,
    });
  });

  it('refuses every set as read-only', async () => {
    const frame = connect({ guid: 's1', tree: { ticket: { subject: 'a' } } });
    const result = await frame.call('set', { 'ticket.subject': 'b' });
    expect(result.errors?.['ticket.subject']).toMatchObject({ name: 'ReadOnlyError', path: 'ticket.subject' });
  });
});

describe('HostRuntime invoke', () => {
  it.each([
    [{ height: 300 }, '300px'],
    [{ height: '50%' }, '50%'],
  ])('resizes the frame for %o', async (size, height) => {
    const frame = connect({ guid: 's1' });
    await frame.call('invoke', { resize: [size] });
    expect(frame.setHeight).toHaveBeenCalledWith(height);
  });

  it('turns notify into a toast and tells subscribers', async () => {
    const listener = vi.fn();
    runtime.subscribe(listener);
    const frame = connect({ guid: 's1' });
    await frame.call('invoke', { notify: ['lead.saved', 'error'] });
    await frame.call('invoke', { notify: ['lead.linked'] });
    expect(runtime.toasts).toEqual([
      { id: 1, message: 'lead.saved', kind: 'error' },
      { id: 2, message: 'lead.linked', kind: 'notice' },
    ]);
    expect(listener).toHaveBeenCalledTimes(2);
    runtime.dismissToast(1);
    expect(runtime.toasts.map((t) => t.id)).toEqual([2]);
  });

  it('opens a modal on the app origin for assets/iframe.html and returns its instance guid', async () => {
    const frame = connect({ guid: 's1' });
    const size = { width: '480px', height: '320px' };
    const result = await frame.call('invoke', { 'instances.create': [{ location: 'modal', url: 'assets/iframe.html?view=lead#id=5', size }] });
    const [created] = result['instances.create'] as { instanceGuid: string; location: string }[];
    expect(created).toEqual({ instanceGuid: expect.any(String) as unknown, location: 'modal' });
    expect(runtime.modals).toEqual([
      { guid: created!.instanceGuid, parentGuid: 's1', url: 'http://localhost:4572/assets/iframe.html?view=lead#id=5', size },
    ]);
  });

  it('closes a modal when the modal destroys itself', async () => {
    const parent = connect({ guid: 's1' });
    const result = await parent.call('invoke', { 'instances.create': [{ location: 'modal', url: 'assets/iframe.html' }] });
    const guid = (result['instances.create'] as { instanceGuid: string }[])[0]!.instanceGuid;
    const modal = connect({ guid, location: 'modal', parentGuid: 's1' }, document.body.appendChild(document.createElement('iframe')).contentWindow!);
    expect(runtime.modals).toHaveLength(1);
    await modal.call('invoke', { destroy: [] });
    expect(runtime.modals).toEqual([]);
  });

  it('closes a modal when its opener destroys it through client.instance(guid)', async () => {
    const parent = connect({ guid: 's1' });
    const result = await parent.call('invoke', { 'instances.create': [{ location: 'modal', url: 'assets/iframe.html' }] });
    const guid = (result['instances.create'] as { instanceGuid: string }[])[0]!.instanceGuid;
    connect({ guid, location: 'modal', parentGuid: 's1' }, document.body.appendChild(document.createElement('iframe')).contentWindow!);
    expect((await parent.call('invoke', { destroy: [] }, guid)).errors).toEqual({});
    expect(runtime.modals).toEqual([]);
  });

  it('reports an action it does not support as an invocation error', async () => {
    const frame = connect({ guid: 's1' });
    const { errors } = await frame.call('invoke', { 'open.sesame': [] });
    expect(errors?.['open.sesame']).toMatchObject({ name: 'InvocationError', message: expect.stringContaining('open.sesame') as unknown });
  });
});

describe('HostRuntime events', () => {
  it('hands a subscribing frame a function that fires the event in that frame only', () => {
    const onSubscribe = vi.fn();
    const frame = connect({ guid: 's1', onSubscribe });
    const other = connect({ guid: 's2' });
    frame.send({ key: 'iframe.on:ticket.saved', message: { subscriberCount: 1 } });
    other.send({ key: 'iframe.on:ticket.saved', message: { subscriberCount: 1 } });
    expect(onSubscribe).toHaveBeenCalledWith('ticket.saved', expect.any(Function));
    const fire = onSubscribe.mock.calls[0]![1] as (payload: unknown) => void;
    fire({ id: 7 });
    expect(frame.posted).toContainEqual({ key: 'zaf.ticket.saved', message: { id: 7 } });
    expect(other.posted).not.toContainEqual(expect.objectContaining({ key: 'zaf.ticket.saved' }));
  });

  it('relays a trigger to the other frames of the same app only', () => {
    const sender = connect({ guid: 's1' });
    const sibling = connect({ guid: 's2' });
    const stranger = connect({ guid: 'c1', app: { ...APP, id: 'chat-in-sell' } });
    for (const frame of [sender, sibling, stranger]) frame.send({ key: 'iframe.on:lead.created', message: { subscriberCount: 1 } });
    sender.send({ key: 'iframe.trigger:lead.created', message: { id: 5 } });
    expect(sibling.posted).toContainEqual({ key: 'zaf.lead.created', message: { id: 5 } });
    expect(sender.posted).toEqual([]);
    expect(stranger.posted).toEqual([]);
  });
});

describe('HostRuntime requests', () => {
  const proxied = (body: unknown) => vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })));

  it.each(['agent', 'admin'] as const)('forwards to the dev proxy with the installation and the %s role', async (zendeskRole) => {
    const fetch = proxied({ status: 200, statusText: 'OK', headers: {}, text: '{"data":{"id":1}}' });
    vi.stubGlobal('fetch', fetch);
    runtime.setInputs(inputs({ persona: { kind: 'sell-admin', zendeskRole, locale: 'en-US', colorScheme: 'light' } }));
    const frame = connect({ guid: 's1' });
    const options = { url: 'https://api.getbase.com/v2/users/self', secure: true, headers: { Authorization: 'Bearer {{setting.sell_api_token}}' } };
    frame.send({ key: 'request:1', message: options });
    const done = await frame.reply((m) => m.key === 'zaf.request:1.done');
    expect(done.message).toEqual({ responseArgs: [{ data: { id: 1 } }] });
    const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/__wb/proxy');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ installationId: 1002, role: zendeskRole, options });
  });

  it.each([
    ['the proxy answers an error status', () => Promise.resolve(new Response('boom', { status: 500 }))],
    ['fetch rejects', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('fails with status 0 when %s', async (_name, impl) => {
    vi.stubGlobal('fetch', vi.fn(impl));
    const frame = connect({ guid: 's1' });
    frame.send({ key: 'request:2', message: { url: '/api/v2/users/me.json' } });
    const fail = await frame.reply((m) => m.key === 'zaf.request:2.fail');
    expect(fail.message).toEqual({ responseArgs: [expect.objectContaining({ status: 0 })] });
  });

  it.each([
    ['an installation saved', { url: '/api/v2/apps/installations/1002.json', type: 'PUT' }, 200, 1],
    ['a failed save', { url: '/api/v2/apps/installations/1002.json', type: 'PUT' }, 409, 0],
    ['an installation read', { url: '/api/v2/apps/installations/1002.json', type: 'GET' }, 200, 0],
    ['another write', { url: '/api/v2/tickets/1.json', type: 'PUT' }, 200, 0],
  ])('tells the page to re-read the installations after %s', async (_name, options, status, calls) => {
    vi.stubGlobal('fetch', proxied({ status, statusText: 'x', headers: {}, text: '{}' }));
    const written = vi.fn();
    const unsubscribe = runtime.onInstallationsWritten(written);
    const frame = connect({ guid: 's1' });
    frame.send({ key: 'request:3', message: options });
    await frame.reply((m) => m.key === 'zaf.request:3.done' || m.key === 'zaf.request:3.fail');
    expect(written).toHaveBeenCalledTimes(calls);
    unsubscribe();
  });
});

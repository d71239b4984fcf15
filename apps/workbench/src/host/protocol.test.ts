/*
 * ZafHost against the REAL npm SDK in jsdom. A top-level jsdom window is its own parent, so one window plays both
 * sides and the two directions are told apart by `event.origin`: the SDK only accepts messages whose origin is the
 * `origin` URL parameter (HOST_ORIGIN), and the app's messages to the host are delivered with APP_ORIGIN, which the
 * SDK therefore ignores. jsdom's own postMessage sets neither origin nor source, hence the hand-made MessageEvents.
 */
import { createZafClient, type ZafClient, type ZafCompleteResponse, type ZafRequestFailure } from '@sell-bridge/zaf';
import { ZafHost, type AppFrame, type HostDelegate, type ProxiedResponse } from './protocol';

const HOST_ORIGIN = 'http://localhost:4570';
const APP_ORIGIN = 'http://localhost:4571';

interface Wire {
  key?: string;
  id?: number;
  request?: string;
  params?: unknown;
  message?: unknown;
  appGuid?: string;
  instanceGuid?: string;
}

const REGISTRATION = {
  metadata: { appId: 1102, installationId: 1002, name: 'Sell for Support', version: '1.0.0', settings: { title: 'Sell', lead_status: 'New' } },
  context: { instanceGuid: 'g1', product: 'support', location: 'ticket_sidebar', account: { subdomain: 'workbench' }, ticketId: 7 },
};
const values: Record<string, unknown> = { 'ticket.id': 7, 'ticket.subject': 'Printer on fire', 'currentUser.locale': 'en-US' };
const json = (status: number, body: unknown): ProxiedResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  text: JSON.stringify(body),
});
const responses: Record<string, ProxiedResponse | { networkError: 'timeout' | 'error' }> = {
  '/ok': json(200, { items: [1, 2] }),
  '/invalid': json(422, { errors: [{ code: 'invalid' }] }),
  '/broken': { status: 502, statusText: 'Bad Gateway', headers: {}, text: '<html>bad gateway</html>' },
  '/down': { networkError: 'error' },
};
let context: Record<string, unknown> = REGISTRATION.context;

const delegate = {
  registration: vi.fn(() => ({ metadata: REGISTRATION.metadata, context })),
  get: vi.fn((_guid: string, path: string) =>
    path in values ? { value: values[path] } : { error: { message: 'is not a known path', name: 'PathError', path } },
  ),
  set: vi.fn((_guid: string, path: string, value: unknown) => {
    if (path !== 'ticket.subject') return { error: { message: 'is read-only', name: 'ReadOnlyError', path } };
    values[path] = value;
    return {};
  }),
  invoke: vi.fn(async (_guid: string, name: string, args: unknown[]): Promise<unknown> => {
    await Promise.resolve();
    if (name === 'explode') throw new Error('kaboom');
    return name === 'echo' ? args : null;
  }),
  request: vi.fn((_guid: string, options: { url?: string }) => {
    if (options.url === '/throws') return Promise.reject(new Error('proxy down'));
    return Promise.resolve(responses[options.url ?? ''] ?? json(404, { error: 'not found' }));
  }),
  trigger: vi.fn(),
  subscriptionsChanged: vi.fn(),
} satisfies HostDelegate;

/** Host → app: what `iframe.contentWindow.postMessage(message, appOrigin)` delivers, a task later. */
const toApp: unknown[] = [];
const frame: AppFrame = {
  post: (message) => {
    toApp.push(message);
    setTimeout(() => window.dispatchEvent(new MessageEvent('message', { data: structuredClone(message), origin: HOST_ORIGIN, source: window })), 0);
  },
  isSource: (source) => source === window,
};

/** App → host: the SDK posts to `window.parent`, which is `window` itself here. */
const fromApp: Wire[] = [];
const realPostMessage = window.postMessage.bind(window);
function sendToHost(data: unknown, source: Window = window) {
  window.dispatchEvent(new MessageEvent('message', { data, origin: APP_ORIGIN, source }));
}

const host = new ZafHost(window, delegate);
let stopListening: () => void;
let client: ZafClient;

beforeAll(async () => {
  window.postMessage = (message: unknown) => {
    fromApp.push(JSON.parse(message as string) as Wire);
    setTimeout(() => sendToHost(message), 0);
  };
  stopListening = host.listen();
  host.attach('g1', frame);
  window.history.replaceState(null, '', `/?origin=${encodeURIComponent(HOST_ORIGIN)}&app_guid=g1`);
  client = createZafClient()!;
  // Registered before any test runs, so no test sees the handshake traffic.
  await client.metadata();
});

afterAll(() => {
  stopListening();
  window.postMessage = realPostMessage;
  window.history.replaceState(null, '', '/');
});

describe('ZafHost with the real SDK', () => {
  it('answers the handshake with the metadata and context the delegate gives', async () => {
    await expect(client.metadata()).resolves.toEqual(REGISTRATION.metadata);
    expect(toApp).toContainEqual({ key: 'zaf.app.registered', message: REGISTRATION });
    expect(fromApp[0]).toMatchObject({ key: 'iframe.handshake', appGuid: 'g1' });
    expect(delegate.registration).toHaveBeenCalledWith('g1');
    expect(host.isRegistered('g1')).toBe(true);
  });

  it('resolves a single get with the value and an empty errors map', async () => {
    await expect(client.get('ticket.id')).resolves.toEqual({ 'ticket.id': 7, errors: {} });
    expect(delegate.get).toHaveBeenCalledWith('g1', 'ticket.id');
  });

  it('rejects a single get whose path the delegate reports as an error', async () => {
    await expect(client.get('ticket.nope')).rejects.toMatchObject({ name: 'PathError', message: expect.stringContaining('"ticket.nope"') as unknown });
  });

  it('resolves a bulk get with the found values and the errors of the others', async () => {
    const result = await client.get(['currentUser.locale', 'ticket.nope']);
    expect(result['currentUser.locale']).toBe('en-US');
    expect(result.errors).toEqual({ 'ticket.nope': { message: 'is not a known path', name: 'PathError', path: 'ticket.nope' } });
  });

  it('sets a writable path through the delegate and rejects a read-only one', async () => {
    await expect(client.set('ticket.subject', 'Printer fixed')).resolves.toEqual({ 'ticket.subject': 'Printer fixed', errors: {} });
    expect(delegate.set).toHaveBeenCalledWith('g1', 'ticket.subject', 'Printer fixed');
    await expect(client.set('ticket.id', 8)).rejects.toMatchObject({ name: 'ReadOnlyError' });
  });

  it('passes invoke arguments to the delegate and resolves once it has answered', async () => {
    await expect(client.invoke('resize', { height: '240px' })).resolves.toEqual({ resize: null, errors: {} });
    expect(delegate.invoke).toHaveBeenCalledWith('g1', 'resize', [{ height: '240px' }]);
    await expect(client.invoke('echo', 'a', 2)).resolves.toMatchObject({ echo: ['a', 2] });
  });

  it('rejects an invoke the delegate throws on, with the thrown message', async () => {
    await expect(client.invoke('explode')).rejects.toMatchObject({ name: 'InvocationError', message: 'kaboom' });
  });

  it('addresses calls made through client.instance(guid) to that instance', async () => {
    host.attach('modal-1', { post: () => undefined, isSource: () => false });
    try {
      await expect(client.instance('modal-1').invoke('destroy')).resolves.toMatchObject({ errors: {} });
      expect(delegate.invoke).toHaveBeenCalledWith('modal-1', 'destroy', []);
    } finally {
      host.detach('modal-1');
    }
  });

  it('records subscriptions and delivers fired events to the handlers', async () => {
    const handler = vi.fn();
    client.on('ticket.status.changed', handler);
    await vi.waitFor(() => expect(host.subscriptions('g1')).toContain('ticket.status.changed'));
    expect(delegate.subscriptionsChanged).toHaveBeenCalledWith('g1', 'ticket.status.changed', 1);

    const change = { propertyName: 'ticket.status', oldValue: 'new', newValue: 'open' };
    expect(host.fire('ticket.status.changed', change)).toEqual(['g1']);
    await vi.waitFor(() => expect(handler).toHaveBeenCalledWith(change));

    client.off('ticket.status.changed', handler);
    await vi.waitFor(() => expect(host.subscriptions('g1')).not.toContain('ticket.status.changed'));
    expect(host.fire('ticket.status.changed', change)).toEqual([]);
  });

  it('fires nothing for events no frame listens to', () => {
    const before = toApp.length;
    expect(host.fire('pane.activated', {})).toEqual([]);
    expect(toApp).toHaveLength(before);
  });

  it('sends the new context on updateContext', async () => {
    context = { ...REGISTRATION.context, ticketId: 8 };
    host.updateContext('g1');
    await vi.waitFor(async () => expect(await client.context()).toMatchObject({ ticketId: 8 }));
    context = REGISTRATION.context;
    host.updateContext('g1');
    await vi.waitFor(async () => expect(await client.context()).toEqual(REGISTRATION.context));
  });

  it('hands triggered events to the delegate', async () => {
    client.trigger('lead.created', { id: 42 });
    await vi.waitFor(() => expect(delegate.trigger).toHaveBeenCalledWith('g1', 'lead.created', { id: 42 }));
  });
});

describe('ZafHost requests with the real SDK', () => {
  it('resolves with the parsed JSON body of a 2xx answer', async () => {
    await expect(client.request({ url: '/ok', type: 'GET', secure: true })).resolves.toEqual({ items: [1, 2] });
    expect(delegate.request).toHaveBeenCalledWith('g1', expect.objectContaining({ url: '/ok', type: 'GET', secure: true }));
  });

  it('resolves with status, headers and both bodies when httpCompleteResponse is set', async () => {
    const response = await client.request<ZafCompleteResponse>({ url: '/ok', httpCompleteResponse: true });
    expect(response).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json' },
      responseText: '{"items":[1,2]}',
      responseJSON: { items: [1, 2] },
    });
  });

  it('rejects a 4xx answer with a jqXHR-like value carrying the parsed body', async () => {
    const failure = await client.request({ url: '/invalid' }).catch((error: unknown) => error as ZafRequestFailure);
    expect(failure).toMatchObject({ readyState: 4, status: 422, responseText: '{"errors":[{"code":"invalid"}]}' });
    expect(failure).toHaveProperty('responseJSON', { errors: [{ code: 'invalid' }] });
  });

  it('rejects a 5xx answer with a non-JSON body without responseJSON', async () => {
    const failure = await client.request({ url: '/broken' }).catch((error: unknown) => error as ZafRequestFailure);
    expect(failure).toMatchObject({ status: 502, statusText: 'Bad Gateway', responseText: '<html>bad gateway</html>' });
    expect(failure).not.toHaveProperty('responseJSON');
  });

  it.each(['/down', '/throws'])('rejects with status 0 when the proxy reports a network failure (%s)', async (url) => {
    await expect(client.request({ url })).rejects.toMatchObject({ readyState: 0, status: 0, statusText: 'error' });
  });
});

describe('ZafHost message filtering', () => {
  const quietly = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('ignores messages from a window that is not the attached frame', async () => {
    const intruder = document.body.appendChild(document.createElement('iframe')).contentWindow!;
    delegate.get.mockClear();
    const before = toApp.length;
    sendToHost(JSON.stringify({ id: 999, request: 'get', params: ['ticket.id'], appGuid: 'g1', instanceGuid: 'g1' }), intruder);
    await quietly();
    expect(delegate.get).not.toHaveBeenCalled();
    expect(toApp).toHaveLength(before);
  });

  it('ignores messages naming an app guid that is not attached, and non-protocol data', async () => {
    delegate.get.mockClear();
    const before = toApp.length;
    sendToHost(JSON.stringify({ id: 998, request: 'get', params: ['ticket.id'], appGuid: 'g2' }));
    sendToHost('not json');
    sendToHost(42);
    await quietly();
    expect(delegate.get).not.toHaveBeenCalled();
    expect(toApp).toHaveLength(before);
  });
});

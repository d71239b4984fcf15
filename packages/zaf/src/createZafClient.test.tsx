/*
 * Smoke test of the REAL npm SDK in jsdom. In a top-level jsdom window `window.parent === window`, so the "parent"
 * here is a spy on `window.postMessage` (what the SDK calls on `window.parent`) that answers by dispatching
 * MessageEvents whose `origin` is the URL's `origin` and whose `source` is `window` (=== `window.parent`), which
 * passes the SDK's `event.origin === origin && event.source === window.parent` check.
 */
import { act, render, screen } from '@testing-library/react';
import { ClientProvider } from './ClientProvider';
import { invokeHost } from './callHost';
import { createZafClient } from './createZafClient';
import { fakeMetadata, fakeSupportContext } from './testing';
import type { ZafClient } from './types';
import { useClientGet } from './useClientGet';
import { useZafContext } from './useZafContext';

const HOST_ORIGIN = 'https://example.zendesk.com';

interface WireMessage {
  key?: string;
  id?: number;
  request?: string;
  params?: unknown;
  message?: unknown;
}

/** Plays Zendesk's side of the protocol (docs/platform/zaf.md §Wire protocol) for `values`. */
function startFakeParent(values: Record<string, unknown>) {
  const received: WireMessage[] = [];
  const deliver = (data: unknown) => {
    window.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(data), origin: HOST_ORIGIN, source: window }));
  };
  const answer = (data: WireMessage) => {
    if (data.key === 'iframe.handshake') {
      deliver({ key: 'zaf.app.registered', message: { metadata: fakeMetadata({ appId: 9 }), context: fakeSupportContext() } });
    } else if (data.request === 'get' && Array.isArray(data.params)) {
      const result: Record<string, unknown> = {};
      const errors: Record<string, unknown> = {};
      for (const path of data.params as string[]) {
        if (path in values) result[path] = values[path];
        else errors[path] = { message: 'No such path', name: 'NotFound' };
      }
      deliver({ id: data.id, result: { ...result, errors } });
    } else if (data.request === 'invoke') {
      deliver({ id: data.id, result: { errors: {} } });
    }
  };
  vi.spyOn(window, 'postMessage').mockImplementation((message: unknown) => {
    const data = (typeof message === 'string' ? JSON.parse(message) : message) as WireMessage;
    received.push(data);
    // Cross-frame delivery is asynchronous.
    setTimeout(() => answer(data), 0);
  });
  return {
    received,
    set: (path: string, value: unknown) => {
      values[path] = value;
    },
    fire: (event: string, payload: unknown) => act(() => deliver({ key: `zaf.${event}`, message: payload })),
  };
}

function openAsApp() {
  window.history.replaceState(null, '', `/?origin=${encodeURIComponent(HOST_ORIGIN)}&app_guid=guid-1`);
}

function Requester() {
  const context = useZafContext();
  const email = useClientGet<string>('ticket.requester.email');
  const missing = useClientGet('ticket.nope');
  return (
    <ul>
      <li>location {context.location}</li>
      <li>email {email.status === 'success' ? email.data : email.status}</li>
      <li>missing {missing.status}</li>
    </ul>
  );
}

describe('createZafClient with the real SDK', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('returns null when the page has no origin and app_guid', () => {
    window.history.replaceState(null, '', '/?origin=only');
    expect(createZafClient()).toBeNull();
  });

  it('returns a client that sends the handshake to the parent frame', () => {
    const parent = startFakeParent({});
    openAsApp();
    expect(createZafClient()).not.toBeNull();
    const [handshake] = parent.received;
    expect(handshake?.key).toBe('iframe.handshake');
    expect(handshake?.message).toHaveProperty('version');
  });

  it('registers through ClientProvider, round-trips a get and re-reads on the change event', async () => {
    const parent = startFakeParent({ 'ticket.requester.email': 'ana@example.com' });
    openAsApp();
    const client = createZafClient();
    render(
      <ClientProvider client={client} outside={<p>outside</p>} loading={<p>loading</p>}>
        <Requester />
      </ClientProvider>,
    );
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findByText('location ticket_sidebar')).toBeInTheDocument();
    expect(await screen.findByText('email ana@example.com')).toBeInTheDocument();
    // A single-path error rejects inside the SDK; the hook turns it into an error state.
    expect(await screen.findByText('missing error')).toBeInTheDocument();
    expect(parent.received).toContainEqual(expect.objectContaining({ request: 'get', params: ['ticket.requester.email'] }));
    expect(parent.received).toContainEqual(expect.objectContaining({ key: 'iframe.on:ticket.requester.email.changed' }));

    parent.set('ticket.requester.email', 'bo@example.com');
    parent.fire('ticket.requester.email.changed', {
      propertyName: 'ticket.requester.email',
      oldValue: 'ana@example.com',
      newValue: 'bo@example.com',
    });
    expect(await screen.findByText('email bo@example.com')).toBeInTheDocument();
  });

  it('is started by ClientProvider itself when no client is passed', async () => {
    startFakeParent({ 'ticket.requester.email': 'ana@example.com' });
    openAsApp();
    render(
      <ClientProvider outside={<p>outside</p>}>
        <Requester />
      </ClientProvider>,
    );
    expect(await screen.findByText('location ticket_sidebar')).toBeInTheDocument();
  });

  it('sends object arguments of invoke in the string form', async () => {
    const parent = startFakeParent({});
    openAsApp();
    const client = createZafClient() as ZafClient;
    await expect(invokeHost(client, 'resize', { height: '120px' })).resolves.toMatchObject({ ok: true });
    expect(parent.received).toContainEqual(
      expect.objectContaining({ request: 'invoke', params: { resize: [{ height: '120px' }] } }),
    );
  });
});

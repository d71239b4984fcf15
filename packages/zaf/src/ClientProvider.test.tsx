import { act, render, screen } from '@testing-library/react';
import { ClientProvider } from './ClientProvider';
import { OutsideZendesk } from './OutsideZendesk';
import { createFakeClient, fakeSellContext } from './testing';
import { useClient } from './useClient';
import { useMetadata } from './useMetadata';
import { useZafContext } from './useZafContext';

function Session() {
  const metadata = useMetadata();
  const context = useZafContext();
  return (
    <p>
      registered app {metadata.appId} in {context.product}.{context.location}
    </p>
  );
}

const outside = <p>outside-zendesk</p>;
const loading = <p>waiting-for-host</p>;

describe('ClientProvider', () => {
  it('renders the outside node when there is no client', () => {
    render(
      <ClientProvider client={null} outside={outside}>
        <Session />
      </ClientProvider>,
    );
    expect(screen.getByText('outside-zendesk')).toBeInTheDocument();
    expect(screen.queryByText(/registered app/)).not.toBeInTheDocument();
  });

  it('starts the real SDK when no client is given, and shows the outside node without origin and app_guid', () => {
    window.history.replaceState(null, '', '/');
    render(
      <ClientProvider outside={outside}>
        <Session />
      </ClientProvider>,
    );
    expect(screen.getByText('outside-zendesk')).toBeInTheDocument();
  });

  it('shows the loading node until the host registers the app, then the children', async () => {
    const fake = createFakeClient({ registered: false, metadata: { appId: 77 } });
    render(
      <ClientProvider client={fake} outside={outside} loading={loading}>
        <Session />
      </ClientProvider>,
    );
    expect(screen.getByText('waiting-for-host')).toBeInTheDocument();
    act(() => fake.register());
    expect(await screen.findByText('registered app 77 in support.ticket_sidebar')).toBeInTheDocument();
    expect(screen.queryByText('waiting-for-host')).not.toBeInTheDocument();
  });

  it('renders children with an injected, already registered client', async () => {
    const fake = createFakeClient({ context: fakeSellContext() });
    render(
      <ClientProvider client={fake} outside={outside}>
        <Session />
      </ClientProvider>,
    );
    expect(await screen.findByText('registered app 1 in sell.top_bar')).toBeInTheDocument();
  });

  it('gives up after the timeout, reports it once, and recovers if the host registers later', async () => {
    vi.useFakeTimers();
    try {
      const fake = createFakeClient({ registered: false });
      const onUnavailable = vi.fn();
      render(
        <ClientProvider
          client={fake}
          outside={outside}
          loading={loading}
          unavailable={<p>host-not-answering</p>}
          onUnavailable={onUnavailable}
          timeoutMs={10_000}
        >
          <Session />
        </ClientProvider>,
      );
      act(() => {
        vi.advanceTimersByTime(9_999);
      });
      expect(screen.getByText('waiting-for-host')).toBeInTheDocument();
      act(() => {
        vi.advanceTimersByTime(1);
      });
      expect(screen.getByText('host-not-answering')).toBeInTheDocument();
      expect(onUnavailable).toHaveBeenCalledTimes(1);
      expect(onUnavailable).toHaveBeenCalledWith(expect.objectContaining({ timedOut: true }));

      await act(async () => {
        fake.register();
        await vi.runAllTimersAsync();
      });
      expect(screen.getByText(/registered app/)).toBeInTheDocument();
      expect(onUnavailable).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('falls back to the outside node on timeout when no unavailable node is given', () => {
    vi.useFakeTimers();
    try {
      render(
        <ClientProvider client={createFakeClient({ registered: false })} outside={outside} timeoutMs={50}>
          <Session />
        </ClientProvider>,
      );
      act(() => {
        vi.advanceTimersByTime(50);
      });
      expect(screen.getByText('outside-zendesk')).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the context current on context.updated', async () => {
    const fake = createFakeClient();
    render(
      <ClientProvider client={fake} outside={outside}>
        <Session />
      </ClientProvider>,
    );
    await screen.findByText(/in support\.ticket_sidebar/);
    act(() => fake.setContext(fakeSellContext({ location: 'lead_card' })));
    expect(screen.getByText(/in sell\.lead_card/)).toBeInTheDocument();
  });

  it('stops listening to context.updated when unmounted', async () => {
    const fake = createFakeClient();
    const { unmount } = render(
      <ClientProvider client={fake} outside={outside}>
        <Session />
      </ClientProvider>,
    );
    await screen.findByText(/registered app/);
    unmount();
    expect(fake.listenerCount('context.updated')).toBe(0);
  });

  it('exposes the client to useClient', async () => {
    const fake = createFakeClient();
    function Probe() {
      return <p>{useClient() === fake ? 'same-client' : 'other-client'}</p>;
    }
    render(
      <ClientProvider client={fake} outside={outside}>
        <Probe />
      </ClientProvider>,
    );
    expect(await screen.findByText('same-client')).toBeInTheDocument();
  });

  it('makes the hooks throw when used outside a provider', () => {
    // React reports the render error through console.error and a window error event; keep the output quiet.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const silence = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', silence);
    try {
      expect(() => render(<Session />)).toThrow(/ClientProvider/);
    } finally {
      window.removeEventListener('error', silence);
    }
  });
});

describe('OutsideZendesk', () => {
  it('renders the given title as a heading and the body', () => {
    render(<OutsideZendesk title="app.outside.title" body="app.outside.body" />);
    expect(screen.getByRole('heading', { name: 'app.outside.title' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'app.outside.title' })).toHaveTextContent('app.outside.body');
  });
});

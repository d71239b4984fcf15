import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ClientProvider } from './ClientProvider';
import { createFakeClient, type FakeClient } from './testing';
import { useClientEvent } from './useClientEvent';

function wrapperFor(fake: FakeClient) {
  return ({ children }: { children: ReactNode }) => (
    <ClientProvider client={fake} outside={null}>
      {children}
    </ClientProvider>
  );
}

describe('useClientEvent', () => {
  it('calls the handler with the event payload', async () => {
    const fake = createFakeClient();
    const handler = vi.fn();
    renderHook(() => useClientEvent('channel.chat.end', handler), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(fake.listenerCount('channel.chat.end')).toBe(1));
    fake.emit('channel.chat.end', { chat: [] });
    expect(handler).toHaveBeenCalledWith({ chat: [] });
  });

  it('uses the latest handler without subscribing again', async () => {
    const fake = createFakeClient();
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = renderHook(({ handler }) => useClientEvent('app.activated', handler), {
      wrapper: wrapperFor(fake),
      initialProps: { handler: first },
    });
    await waitFor(() => expect(fake.listenerCount('app.activated')).toBe(1));
    rerender({ handler: second });
    fake.emit('app.activated', {});
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(fake.calls.on.filter((event) => event === 'app.activated')).toHaveLength(1);
  });

  it('unsubscribes on unmount', async () => {
    const fake = createFakeClient();
    const handler = vi.fn();
    const { unmount } = renderHook(() => useClientEvent('pane.activated', handler), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(fake.listenerCount('pane.activated')).toBe(1));
    unmount();
    expect(fake.listenerCount('pane.activated')).toBe(0);
    fake.emit('pane.activated', {});
    expect(handler).not.toHaveBeenCalled();
  });

  it('moves the subscription when the event name changes', async () => {
    const fake = createFakeClient();
    const { rerender } = renderHook(({ event }) => useClientEvent(event, () => undefined), {
      wrapper: wrapperFor(fake),
      initialProps: { event: 'app.activated' },
    });
    await waitFor(() => expect(fake.listenerCount('app.activated')).toBe(1));
    rerender({ event: 'app.deactivated' });
    expect(fake.listenerCount('app.activated')).toBe(0);
    expect(fake.listenerCount('app.deactivated')).toBe(1);
  });
});

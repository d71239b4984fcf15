import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ClientProvider } from './ClientProvider';
import { createFakeClient, type FakeClient } from './testing';
import { useClientGet } from './useClientGet';

function wrapperFor(fake: FakeClient) {
  return ({ children }: { children: ReactNode }) => (
    <ClientProvider client={fake} outside={null}>
      {children}
    </ClientProvider>
  );
}

function getsOf(fake: FakeClient, path: string): number {
  return fake.calls.get.filter((paths) => paths.length === 1 && paths[0] === path).length;
}

describe('useClientGet', () => {
  it('starts loading, then gives the value', async () => {
    const fake = createFakeClient({ paths: { 'ticket.requester.email': 'ana@example.com' } });
    const { result } = renderHook(() => useClientGet<string>('ticket.requester.email'), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.data).toBe('ana@example.com');
    expect(result.current.error).toBeUndefined();
  });

  it('reports a host error for the path', async () => {
    const fake = createFakeClient({ failures: { 'ticket.requester': { message: 'no ticket', name: 'NotFound' } } });
    const { result } = renderHook(() => useClientGet('ticket.requester'), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ path: 'ticket.requester', hostName: 'NotFound' });
    expect(result.current.data).toBeUndefined();
  });

  it('re-reads when <path>.changed fires', async () => {
    const fake = createFakeClient({ paths: { 'currentUser.locale': 'en-US' } });
    const { result } = renderHook(() => useClientGet('currentUser.locale'), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(result.current.data).toBe('en-US'));
    act(() => fake.setPath('currentUser.locale', 'fr-FR'));
    await waitFor(() => expect(result.current.data).toBe('fr-FR'));
  });

  it('re-reads the visitor when a documented child event fires', async () => {
    const fake = createFakeClient({ paths: { visitor: { display_name: 'Ana', email: 'a@example.com' } } });
    const { result } = renderHook(() => useClientGet<{ email: string }>('visitor'), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(result.current.data?.email).toBe('a@example.com'));
    fake.setPath('visitor.email', 'b@example.com');
    // setPath also fires `*.changed`; the named subscription already covers it, so exactly one more read happens.
    await waitFor(() => expect(result.current.data?.email).toBe('b@example.com'));
    expect(getsOf(fake, 'visitor')).toBe(2);
  });

  it('re-reads when a parent object is replaced', async () => {
    const fake = createFakeClient({ paths: { 'ticket.requester': { email: 'a@example.com' } } });
    const { result } = renderHook(() => useClientGet('ticket.requester.email'), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(result.current.data).toBe('a@example.com'));
    act(() => fake.setPath('ticket.requester', { email: 'c@example.com' }));
    await waitFor(() => expect(result.current.data).toBe('c@example.com'));
  });

  it('re-reads on *.changed for a related property without its own subscription, and ignores unrelated ones', async () => {
    const fake = createFakeClient({ paths: { 'ticket.requester': { name: 'Ana' }, 'ticket.subject': 'Hi' } });
    const { result } = renderHook(() => useClientGet<{ name: string }>('ticket.requester'), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(result.current.data?.name).toBe('Ana'));
    act(() => fake.setPath('ticket.subject', 'Hello'));
    act(() => fake.setPath('ticket.requester.name', 'Ana B.'));
    await waitFor(() => expect(result.current.data?.name).toBe('Ana B.'));
    expect(getsOf(fake, 'ticket.requester')).toBe(2);
  });

  it('re-reads on the extra events given in options', async () => {
    const fake = createFakeClient({ paths: { visitor: { email: 'a@example.com' } } });
    const { result } = renderHook(() => useClientGet('visitor', { events: ['channel.chat.start'] }), {
      wrapper: wrapperFor(fake),
    });
    await waitFor(() => expect(result.current.status).toBe('success'));
    act(() => fake.emit('channel.chat.start', {}));
    await waitFor(() => expect(getsOf(fake, 'visitor')).toBe(2));
  });

  it('never lets a slow earlier reply overwrite a newer one', async () => {
    const fake = createFakeClient({ paths: { 'visitor.email': 'old@example.com' } });
    const hold = fake.holdGets();
    const { result } = renderHook(() => useClientGet('visitor.email'), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(hold.waiting).toBe(1));

    act(() => fake.setPath('visitor.email', 'new@example.com'));
    await waitFor(() => expect(hold.waiting).toBe(2));
    act(() => hold.release(1));
    await waitFor(() => expect(result.current.data).toBe('new@example.com'));

    await act(async () => {
      hold.stop();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(result.current.data).toBe('new@example.com');
  });

  it('starts over when the path changes', async () => {
    const fake = createFakeClient({ paths: { a: 'A', b: 'B' } });
    const { result, rerender } = renderHook(({ path }) => useClientGet(path), {
      wrapper: wrapperFor(fake),
      initialProps: { path: 'a' },
    });
    await waitFor(() => expect(result.current.data).toBe('A'));
    const hold = fake.holdGets();
    rerender({ path: 'b' });
    expect(result.current.status).toBe('loading');
    expect(result.current.data).toBeUndefined();
    hold.stop();
    await waitFor(() => expect(result.current.data).toBe('B'));
  });

  it('re-reads on refetch', async () => {
    const fake = createFakeClient({ paths: { instances: {} } });
    const { result } = renderHook(() => useClientGet('instances'), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(result.current.status).toBe('success'));
    act(() => result.current.refetch());
    await waitFor(() => expect(getsOf(fake, 'instances')).toBe(2));
  });

  it('removes every subscription on unmount', async () => {
    const fake = createFakeClient({ paths: { visitor: {} } });
    const { result, unmount } = renderHook(() => useClientGet('visitor', { events: ['channel.chat.start'] }), {
      wrapper: wrapperFor(fake),
    });
    await waitFor(() => expect(result.current.status).toBe('success'));
    const subscribed = [...new Set(fake.calls.on)].filter((event) => event !== 'context.updated');
    expect(subscribed).toEqual(expect.arrayContaining(['visitor.changed', 'visitor.email.changed', '*.changed', 'channel.chat.start']));
    unmount();
    for (const event of subscribed) expect(fake.listenerCount(event)).toBe(0);
  });

  it('does not re-subscribe when re-rendered with an equal inline events array', async () => {
    const fake = createFakeClient({ paths: { visitor: {} } });
    const { result, rerender } = renderHook(() => useClientGet('visitor', { events: ['channel.chat.start'] }), {
      wrapper: wrapperFor(fake),
    });
    await waitFor(() => expect(result.current.status).toBe('success'));
    const before = fake.calls.on.length;
    rerender();
    expect(fake.calls.on.length).toBe(before);
  });
});

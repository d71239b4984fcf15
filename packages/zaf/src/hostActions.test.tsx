import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ClientProvider } from './ClientProvider';
import { closeInstance, notify, openModal } from './hostActions';
import { createFakeClient, fakeSupportContext, type FakeClient } from './testing';
import { useHostActions } from './useHostActions';
import { useInstances } from './useInstances';

function wrapperFor(fake: FakeClient) {
  return ({ children }: { children: ReactNode }) => (
    <ClientProvider client={fake} outside={null}>
      {children}
    </ClientProvider>
  );
}

describe('openModal', () => {
  it('creates a modal instance and returns a client addressed to it', async () => {
    const fake = createFakeClient();
    const size = { width: '640px', height: '480px' };
    const result = await openModal(fake, { url: 'assets/iframe.html?view=admin', size });
    expect(fake.calls.invoke).toEqual([
      { name: 'instances.create', args: [{ location: 'modal', url: 'assets/iframe.html?view=admin', size }] },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.client).toBe(fake.instance(result.value.instanceGuid));
    await expect(result.value.client.context()).resolves.toMatchObject({ location: 'modal' });
  });

  it('fails when the host refuses or answers without an instance', async () => {
    const refusing = createFakeClient({ failures: { 'instances.create': 'not allowed here' } });
    await expect(openModal(refusing, { url: 'x.html' })).resolves.toMatchObject({ ok: false });

    const odd = createFakeClient();
    odd.onInvoke('instances.create', () => []);
    await expect(openModal(odd, { url: 'x.html' })).resolves.toMatchObject({ ok: false });
  });
});

describe('closeInstance and notify', () => {
  it("invokes destroy on the modal's own client", async () => {
    const fake = createFakeClient();
    const modal = fake.instance('modal-guid');
    await expect(closeInstance(modal)).resolves.toEqual({ ok: true, value: undefined });
    expect(modal.calls.invoke).toEqual([{ name: 'destroy', args: [] }]);
    expect(fake.calls.invoke).toEqual([]);
  });

  it('sends the message and kind, defaulting to notice', async () => {
    const fake = createFakeClient();
    await notify(fake, 'Lead created');
    await notify(fake, 'Sell is unreachable', 'error');
    expect(fake.calls.invoke).toEqual([
      { name: 'notify', args: ['Lead created', 'notice'] },
      { name: 'notify', args: ['Sell is unreachable', 'error'] },
    ]);
  });

  it('reports a host without notify as a failure instead of throwing', async () => {
    const fake = createFakeClient({ failures: { notify: 'unknown action' } });
    await expect(notify(fake, 'x')).resolves.toMatchObject({ ok: false, error: { path: 'notify' } });
  });
});

describe('useHostActions', () => {
  it('binds the actions to the provider client and keeps them stable', async () => {
    const fake = createFakeClient();
    const { result, rerender } = renderHook(() => useHostActions(), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(result.current).not.toBeNull());
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    await act(() => result.current.notify('Saved'));
    await act(() => result.current.close());
    expect(fake.calls.invoke.map((call) => call.name)).toEqual(['notify', 'destroy']);
  });
});

describe('useInstances', () => {
  it('lists the instances and re-reads when one is created', async () => {
    const fake = createFakeClient({ context: fakeSupportContext({ instanceGuid: 'main' }) });
    const { result } = renderHook(() => useInstances(), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(Object.keys(result.current.data ?? {})).toEqual(['main']));
    await act(() => openModal(fake, { url: 'modal.html' }));
    await waitFor(() => expect(Object.keys(result.current.data ?? {})).toHaveLength(2));
  });
});

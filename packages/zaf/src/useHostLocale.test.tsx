import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ClientProvider } from './ClientProvider';
import { createFakeClient, fakeSellContext, type FakeClient } from './testing';
import { useHostLocale } from './useHostLocale';

function wrapperFor(fake: FakeClient) {
  return ({ children }: { children: ReactNode }) => (
    <ClientProvider client={fake} outside={null}>
      {children}
    </ClientProvider>
  );
}

const SHIPPED = ['en', 'fr', 'es', 'de', 'ja'];

describe('useHostLocale', () => {
  it('normalises the agent locale to a language code', async () => {
    const fake = createFakeClient({ paths: { 'currentUser.locale': 'fr-FR' } });
    const { result } = renderHook(() => useHostLocale({ supported: SHIPPED }), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current).toMatchObject({ locale: 'fr', raw: 'fr-FR' });
  });

  it('follows a locale change', async () => {
    const fake = createFakeClient({ paths: { 'currentUser.locale': 'en-US' } });
    const { result } = renderHook(() => useHostLocale({ supported: SHIPPED }), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(result.current.locale).toBe('en'));
    act(() => fake.setPath('currentUser.locale', 'ja'));
    await waitFor(() => expect(result.current.locale).toBe('ja'));
  });

  it('falls back for a language the app does not ship', async () => {
    const fake = createFakeClient({ paths: { 'currentUser.locale': 'nl-NL' } });
    const { result } = renderHook(() => useHostLocale({ supported: SHIPPED, fallback: 'en' }), {
      wrapper: wrapperFor(fake),
    });
    await waitFor(() => expect(result.current.raw).toBe('nl-NL'));
    expect(result.current.locale).toBe('en');
  });

  it("uses Sell's context locale when the host path is not readable", async () => {
    const base = fakeSellContext();
    const fake = createFakeClient({
      context: { ...base, currentUser: { ...base.currentUser, locale: 'de-DE' } },
      failures: { 'currentUser.locale': 'unknown path' },
    });
    const { result } = renderHook(() => useHostLocale(), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(fake.calls.get).toContainEqual(['currentUser.locale']));
    expect(result.current).toMatchObject({ locale: 'de', loading: false });
  });

  it('reports loading with the fallback until the host answers', async () => {
    const fake = createFakeClient({ paths: { 'currentUser.locale': 'es-ES' } });
    const hold = fake.holdGets();
    const { result } = renderHook(() => useHostLocale(), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(hold.waiting).toBe(1));
    expect(result.current).toMatchObject({ locale: 'en', loading: true });
    hold.stop();
    await waitFor(() => expect(result.current.locale).toBe('es'));
  });
});

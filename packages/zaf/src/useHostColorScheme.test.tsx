import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ClientProvider } from './ClientProvider';
import { createFakeClient, type FakeClient } from './testing';
import { colorSchemeFromUrl, useHostColorScheme } from './useHostColorScheme';

function wrapperFor(fake: FakeClient) {
  return ({ children }: { children: ReactNode }) => (
    <ClientProvider client={fake} outside={null}>
      {children}
    </ClientProvider>
  );
}

function stubPreference(dark: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: dark && query === '(prefers-color-scheme: dark)',
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList,
  );
}

describe('useHostColorScheme', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it("uses the host's colorScheme and follows its change", async () => {
    const fake = createFakeClient({ paths: { colorScheme: 'dark' } });
    const { result } = renderHook(() => useHostColorScheme(), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(result.current).toBe('dark'));
    act(() => fake.setPath('colorScheme', 'light'));
    await waitFor(() => expect(result.current).toBe('light'));
  });

  it('uses the colorScheme URL parameter when the host has no such property', async () => {
    window.history.replaceState(null, '', '/?origin=x&app_guid=y&colorScheme=dark');
    stubPreference(false);
    const fake = createFakeClient();
    const { result } = renderHook(() => useHostColorScheme(), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(fake.calls.get).toContainEqual(['colorScheme']));
    expect(result.current).toBe('dark');
  });

  it("falls back to the browser's preference, then light", async () => {
    stubPreference(true);
    const fake = createFakeClient();
    const { result } = renderHook(() => useHostColorScheme(), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(fake.calls.get).toContainEqual(['colorScheme']));
    expect(result.current).toBe('dark');
  });

  it('ignores a value that is not light or dark', async () => {
    stubPreference(false);
    const fake = createFakeClient({ paths: { colorScheme: 'high-contrast' } });
    const { result } = renderHook(() => useHostColorScheme(), { wrapper: wrapperFor(fake) });
    await waitFor(() => expect(fake.calls.get).toContainEqual(['colorScheme']));
    expect(result.current).toBe('light');
  });
});

describe('colorSchemeFromUrl', () => {
  it.each([
    ['?colorScheme=dark', 'dark'],
    ['?origin=x&colorScheme=light', 'light'],
    ['?colorScheme=blue', undefined],
    ['', undefined],
  ])('%s → %s', (search, expected) => {
    expect(colorSchemeFromUrl(search)).toBe(expected);
  });
});

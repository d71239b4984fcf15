import { useState, useSyncExternalStore } from 'react';
import { useClientGet } from './useClientGet';

/** The two schemes Zendesk's host reports. */
export type ColorScheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** `'light'`/`'dark'` or undefined for anything else. */
export function parseColorScheme(value: unknown): ColorScheme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

/** The `colorScheme` query parameter Zendesk adds to the iframe URL, if any. */
export function colorSchemeFromUrl(search: string): ColorScheme | undefined {
  return parseColorScheme(new URLSearchParams(search).get('colorScheme'));
}

function subscribeToPreference(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/**
 * The host's colour scheme. Zendesk documents a `colorScheme` property and change event plus a `colorScheme` URL
 * parameter (developer.zendesk.com "dark mode" guide; samples subscribe to `colorScheme.changed`, whose payload
 * shape is unverified, so the hook re-reads instead of trusting it). Older hosts, Chat and Sell may not have it
 * (unverified): then the URL parameter, then the browser's `prefers-color-scheme`, then light.
 */
export function useHostColorScheme(): ColorScheme {
  const { data } = useClientGet<unknown>('colorScheme');
  const [fromUrl] = useState(() => colorSchemeFromUrl(window.location.search));
  const dark = useSyncExternalStore(subscribeToPreference, prefersDark, () => false);
  return parseColorScheme(data) ?? fromUrl ?? (dark ? 'dark' : 'light');
}

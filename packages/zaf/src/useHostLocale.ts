import { normalizeLocale } from './normalizeLocale';
import { useClientGet } from './useClientGet';
import { useZafContext } from './useZafContext';

/** Options of `useHostLocale`. */
export interface HostLocaleOptions {
  /** Languages the app ships, e.g. `['en', 'fr', 'es', 'de', 'ja']`; others fall back. */
  supported?: readonly string[];
  /** Default `en`. */
  fallback?: string;
}

/** What `useHostLocale` returns. */
export interface HostLocale {
  /** Normalised language code (`fr`), or the fallback. */
  locale: string;
  /** The host's value (`fr-FR`), when known. */
  raw: string | undefined;
  /** True until the host has answered and no locale is known from the context. */
  loading: boolean;
}

/**
 * The agent's language: `currentUser.locale`, re-read on its change events; Sell's context locale while that read
 * is pending or if it fails.
 */
export function useHostLocale(options: HostLocaleOptions = {}): HostLocale {
  const context = useZafContext();
  const { data, status } = useClientGet<unknown>('currentUser.locale');
  const fromContext = context.product === 'sell' ? context.currentUser.locale : undefined;
  const raw = typeof data === 'string' && data !== '' ? data : fromContext;
  return {
    locale: normalizeLocale(raw, options.supported, options.fallback),
    raw,
    loading: status === 'loading' && raw === undefined,
  };
}

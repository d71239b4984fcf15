import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './messages/en';
import { toLocale, translate, type Locale, type Messages, type Values } from './translate';

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  fr: () => import('./messages/fr').then((m) => m.fr),
  es: () => import('./messages/es').then((m) => m.es),
  de: () => import('./messages/de').then((m) => m.de),
  ja: () => import('./messages/ja').then((m) => m.ja),
};

export interface I18n {
  locale: Locale;
  /** The host's full locale (e.g. `fr-CA`) for Intl formatting. */
  formatLocale: string;
  t: (key: string, values?: Values) => string;
}

const warnMissing = (key: string) => {
  if (import.meta.env.DEV) console.warn(`[i18n] missing translation: ${key}`);
};

const I18nContext = createContext<I18n>({
  locale: 'en',
  formatLocale: 'en',
  t: (key, values) => translate('en', en, en, key, values, warnMissing),
});

/** Provides `t()` in the host's language; other languages load lazily, English shows meanwhile. */
export function I18nProvider({ hostLocale, children }: { hostLocale: string | null | undefined; children: ReactNode }) {
  const locale = toLocale(hostLocale);
  const [catalogs, setCatalogs] = useState<Partial<Record<Locale, Messages>>>({ en });
  useEffect(() => {
    if (locale === 'en' || catalogs[locale]) return;
    let current = true;
    void loaders[locale]().then((messages) => {
      if (current) setCatalogs((loaded) => ({ ...loaded, [locale]: messages }));
    });
    return () => {
      current = false;
    };
  }, [locale, catalogs]);
  const value = useMemo<I18n>(() => {
    const messages = catalogs[locale];
    const active: Locale = messages ? locale : 'en';
    const formatLocale = hostLocale && messages ? hostLocale : active;
    return {
      locale: active,
      formatLocale,
      t: (key, values) => translate(formatLocale, messages ?? en, en, key, values, warnMissing),
    };
  }, [catalogs, locale, hostLocale]);
  // Screen readers pick their voice from the document's language: say the one the text is in.
  useEffect(() => {
    document.documentElement.lang = value.locale;
  }, [value.locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its `t()`. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

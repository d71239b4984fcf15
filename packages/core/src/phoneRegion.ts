import type { CountryCode } from 'libphonenumber-js/min';
import { isSupportedCountry } from 'libphonenumber-js/min';

/**
 * Region used for a bare language tag, where a phone number typed without "+" most likely comes from.
 * The five app languages (en, fr, es, de, ja) first; a few common others after. Anything not listed
 * gives no region, so only international ("+…") numbers parse.
 */
export const LANGUAGE_REGIONS: Readonly<Record<string, string>> = {
  en: 'US',
  fr: 'FR',
  es: 'ES',
  de: 'DE',
  ja: 'JP',
  it: 'IT',
  nl: 'NL',
  pt: 'PT',
  pl: 'PL',
  sv: 'SE',
  da: 'DK',
  nb: 'NO',
  no: 'NO',
  fi: 'FI',
  ko: 'KR',
  zh: 'CN',
  ru: 'RU',
  tr: 'TR',
  he: 'IL',
};

/** A supported two-letter region code, upper-cased, or null. */
export function toRegion(code: string | null | undefined): CountryCode | null {
  const upper = (code ?? '').trim().toUpperCase();
  return /^[A-Z]{2}$/.test(upper) && isSupportedCountry(upper) ? upper : null;
}

/**
 * The phone region of a locale: the locale's own region when it names a country ("fr-CA" → CA,
 * "zh-Hant-TW" → TW, "pt_br" → BR), else the documented fallback of its language ("ja" → JP, "en" → US),
 * else null. Numeric regions such as "es-419" are not countries and fall back to the language.
 */
export function regionFromLocale(locale: string | null | undefined): string | null {
  if (locale == null) return null;
  const [language = '', ...rest] = locale.trim().split(/[-_]/);
  for (const subtag of rest) {
    const region = toRegion(subtag);
    if (region !== null) return region;
  }
  return LANGUAGE_REGIONS[language.toLowerCase()] ?? null;
}

/** Locale-aware formatting built on Intl, with safe fallbacks for the bad inputs hosts and APIs hand us. */

import { resolveTimeZone } from '../timeZone';

const FALLBACK_LOCALE = 'en-US';

/** A BCP 47 locale Intl accepts, or en-US when the host gave something unusable. */
export function resolveLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

/** Options the formatters need; a subset of `FormatContext`. */
export interface FormatterOptions {
  locale: string;
  timeZone: string;
  hour12?: boolean;
}

/** The formatters for one `toFieldRows` call, created on first use. */
export interface Formatters {
  locale: string;
  language: string;
  region: string | undefined;
  date(isoDate: string): string | null;
  datetime(isoDateTime: string): string | null;
  number(value: number): string;
  money(value: number, currency: string | null | undefined): string;
  percent(whole: number): string;
  list(items: readonly string[]): string;
  country(value: string): string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

interface ParsedIso {
  epoch: number;
  dateOnly: boolean;
}

/** Parses ISO 8601 ourselves: `Date.parse` reads zone-less times in the machine's zone, Sell means UTC. */
export function parseIso(value: string): ParsedIso | null {
  const match = ISO.exec(value.trim());
  if (!match) return null;
  const [, y = '', mo = '', d = '', h = '', mi = '', s = '', frac = '', zone = ''] = match;
  const epochBase = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(frac.padEnd(3, '0').slice(0, 3)));
  const check = new Date(epochBase);
  // Date.UTC rolls 2024-02-31 over to March; a value that does not round-trip is not a real date.
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return null;
  }
  let offsetMinutes = 0;
  if (zone !== '' && zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    offsetMinutes = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (digits.startsWith('-') ? -1 : 1);
  }
  return { epoch: epochBase - offsetMinutes * 60_000, dateOnly: h === '' };
}

/** A value computed on first use, so a call that shows no dates never builds a DateTimeFormat. */
function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** Formatters bound to a locale and time zone; Intl objects are built lazily and reused within the call. */
export function createFormatters(options: FormatterOptions): Formatters {
  const locale = resolveLocale(options.locale);
  const timeZone = resolveTimeZone(options.timeZone);
  const intlLocale = new Intl.Locale(locale);
  const hour12 = options.hour12 === undefined ? {} : { hour12: options.hour12 };

  const dateOnly = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  const dateInZone = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }));
  const dateTime = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone, ...hour12 }));
  const number = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }));
  const percent = lazy(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }));
  const list = lazy(() => new Intl.ListFormat(locale, { style: 'short', type: 'unit' }));
  const regions = lazy(() => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
  const currencies = new Map<string, Intl.NumberFormat>();

  return {
    locale,
    language: intlLocale.language,
    region: intlLocale.maximize().region,
    date(isoDate) {
      const parsed = parseIso(isoDate);
      if (!parsed) return null;
      // A calendar date has no zone: shown in UTC it keeps its day everywhere. A timestamp shows its local day.
      return (parsed.dateOnly ? dateOnly() : dateInZone()).format(parsed.epoch);
    },
    datetime(isoDateTime) {
      const parsed = parseIso(isoDateTime);
      if (!parsed) return null;
      return (parsed.dateOnly ? dateOnly() : dateTime()).format(parsed.epoch);
    },
    number(value) {
      return number().format(value);
    },
    money(value, currency) {
      const code = currency?.trim().toUpperCase() ?? '';
      if (!/^[A-Z]{3}$/.test(code)) return number().format(value);
      let format = currencies.get(code);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency: code });
        currencies.set(code, format);
      }
      return format.format(value);
    },
    percent(whole) {
      return percent().format(whole / 100);
    },
    list(items) {
      return list().format(items);
    },
    country(value) {
      // Sell stores what was typed; a bare ISO region code is shown as the region's name in the viewer's language.
      return /^[A-Z]{2}$/.test(value) ? (regions().of(value) ?? value) : value;
    },
  };
}

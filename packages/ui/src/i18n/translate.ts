/** Message lookup with `{name}` interpolation and plural forms (`key.one` / `key.other`), never throwing. */

export type Messages = Readonly<Record<string, string>>;
export type Values = Readonly<Record<string, string | number>>;

export const LOCALES = ['en', 'fr', 'es', 'de', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

/** Maps a host locale such as `fr-FR`, `pt-br` or `ja` onto one of ours, English otherwise. */
export function toLocale(hostLocale: string | null | undefined): Locale {
  const base = (hostLocale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

function interpolate(template: string, values: Values | undefined, locale: string): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

/**
 * Looks `key` up in `messages`, then in `fallback` (English). A missing key falls back to the key itself so the UI
 * never breaks on a missing translation; `onMissing` lets development builds warn.
 */
export function translate(
  locale: string,
  messages: Messages,
  fallback: Messages,
  key: string,
  values?: Values,
  onMissing?: (key: string) => void,
): string {
  let lookup = key;
  const count = values?.count;
  if (typeof count === 'number') {
    const form = new Intl.PluralRules(locale).select(count);
    const plural = `${key}.${form}`;
    lookup = plural in messages || plural in fallback ? plural : `${key}.other`;
  }
  const template = messages[lookup] ?? fallback[lookup] ?? messages[key] ?? fallback[key];
  if (template === undefined) {
    onMissing?.(key);
    return key;
  }
  return interpolate(template, values, locale);
}

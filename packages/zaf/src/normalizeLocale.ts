/**
 * Zendesk locale (`fr-FR`, `en_GB`, `pt-br`, `ja`) → lower-case language code (`fr`). With `supported`, a full tag
 * listed there wins (`pt-br`), then the language; anything else (or no locale) gives `fallback`.
 */
export function normalizeLocale(
  raw: string | null | undefined,
  supported?: readonly string[],
  fallback = 'en',
): string {
  const tag = (raw ?? '').trim().replace(/_/g, '-').toLowerCase();
  const language = tag.split('-')[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(language)) return fallback;
  if (!supported) return language;
  const allowed = supported.map((locale) => locale.toLowerCase());
  if (allowed.includes(tag)) return tag;
  return allowed.includes(language) ? language : fallback;
}

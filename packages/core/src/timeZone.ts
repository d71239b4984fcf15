/**
 * The one time-zone rule: which zone a person reads times in, as a zone name Intl accepts. Hosts and APIs give zones
 * in two forms — IANA names (Support's `ianaName`) and Sell's `UTC+hh:mm` — and some give nothing usable.
 */

function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const OFFSET = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/**
 * `zone` as a zone Intl accepts, or null when it is not one: an IANA name as is; Sell's `UTC+hh:mm` (or `GMT-3`,
 * `+09:00`) as `Etc/GMT∓h` for whole hours (POSIX inverts the sign) — a half-hour offset has no exact Etc zone.
 */
export function toIanaZone(zone: string | null | undefined): string | null {
  const value = typeof zone === 'string' ? zone.trim() : '';
  if (value === '') return null;
  if (isIanaZone(value)) return value;
  const offset = OFFSET.exec(value);
  if (!offset) return null;
  const [, sign = '+', hours = '0', minutes = '00'] = offset;
  const h = Number(hours);
  if (minutes !== '00' || h > 14) return null;
  return h === 0 ? 'UTC' : `Etc/GMT${sign === '+' ? '-' : '+'}${h}`;
}

/** `zone` as a zone Intl accepts, UTC when it is unusable (formatting must never throw on what a host sent). */
export function resolveTimeZone(zone: string | null | undefined): string {
  return toIanaZone(zone) ?? 'UTC';
}

/**
 * The zone to show times in: the first of `candidates` that is usable, in order of trust (the host's own zone for
 * the agent, then the Sell user's, then the account's), else `fallback` (the browser's) — resolved, UTC at worst.
 */
export function pickTimeZone(candidates: readonly (string | null | undefined)[], fallback: string): string {
  for (const candidate of candidates) {
    const zone = toIanaZone(candidate);
    if (zone) return zone;
  }
  return resolveTimeZone(fallback);
}

/** The browser's zone, the last resort; UTC when the runtime does not say. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Normalising the two contact points a lead is matched and created by: phone and email.
 *
 * Phone metadata: `libphonenumber-js/min`, the package's default set (83 kB raw / 19 kB gzip; these five
 * modules with the library come to ~36 kB gzip in a Vite build). `max` (157 kB / 39 kB gzip) would only
 * add digit-pattern checks and phone types, which a sidebar form does not need: Sell stores phones as
 * free text, and a length check catches typos without rejecting newly allocated number ranges.
 * The explicit `/min` path keeps that choice visible.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { toRegion } from './phoneRegion';

export { LANGUAGE_REGIONS, regionFromLocale } from './phoneRegion';

/** Result of `normalizePhone`. */
export interface NormalizedPhone {
  /** `+<country><number>` when the number has a plausible length for its country, else null. */
  e164: string | null;
  /** The input, trimmed; kept so nothing the visitor typed is lost when it cannot be parsed. */
  raw: string;
  /** True when the number also passes the country's rules (lengths and leading digits in `min` data). */
  valid: boolean;
  /** Extension digits ("ext. 12"), which E.164 cannot carry. */
  extension: string | null;
  /** Readable international form ("+33 1 23 45 67 89") when `e164` is set, for prefilling forms. */
  international: string | null;
  /** Digits of the national number ("4155550142"), what Sell's Search v3 indexes; null when unparsed. */
  nationalNumber: string | null;
}

/**
 * Parses a phone number to E.164, reading numbers without "+" in `defaultRegion` ("FR", "US"; see
 * `regionFromLocale`). Full-width digits and a `tel:` prefix are accepted; unparseable text is kept in `raw`.
 */
export function normalizePhone(raw: string | null | undefined, defaultRegion?: string | null): NormalizedPhone {
  const text = (raw ?? '').trim();
  const none: NormalizedPhone = { e164: null, raw: text, valid: false, extension: null, international: null, nationalNumber: null };
  const input = text.normalize('NFKC').replace(/^tel:/i, '');
  if (!/\d/.test(input)) return none;
  const region = toRegion(defaultRegion);
  const parsed = parsePhoneNumberFromString(input, region === null ? undefined : { defaultCountry: region });
  if (parsed === undefined || !parsed.isPossible()) return none;
  return {
    e164: parsed.number,
    raw: text,
    valid: parsed.isValid(),
    extension: parsed.ext ?? null,
    international: parsed.formatInternational(),
    nationalNumber: String(parsed.nationalNumber),
  };
}

const MAX_EMAIL = 254;
const MAX_LOCAL = 64;
// Dot-atom local part (RFC 5322 without quoted strings or comments), as mail forms accept in practice.
const LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
// Host names with a dot; letters beyond ASCII allowed for internationalised domains; TLD not numeric.
const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/**
 * Trims, lower-cases and unwraps an email ("mailto:", "<…>", "Ann Lee <ann@acme.io>"); null when the
 * result is not a plausible single address.
 */
export function normalizeEmail(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  let text = raw.trim();
  const bracketed = /<([^<>]*)>/.exec(text);
  if (bracketed?.[1] !== undefined) text = bracketed[1].trim();
  // "?" is legal in a local part, so a query is only cut from a mailto: link ("mailto:a@b.io?subject=…").
  if (/^mailto:/i.test(text)) text = text.slice('mailto:'.length).replace(/\?.*$/s, '');
  text = text.trim().toLowerCase();
  if (text.length > MAX_EMAIL) return null;
  const at = text.lastIndexOf('@');
  if (at <= 0) return null;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (local.length > MAX_LOCAL || !LOCAL.test(local) || !DOMAIN.test(domain)) return null;
  return text;
}

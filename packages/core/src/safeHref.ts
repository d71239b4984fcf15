/** What a value is meant to link to; decides which schemes and bare forms are accepted. */
export type LinkKind = 'url' | 'email' | 'phone';

// Browsers silently drop tabs/newlines inside URLs and ignore leading control characters, which is how
// `java\tscript:` and `\x01javascript:` slip past naive checks. Zero-width and bidi controls can disguise a
// scheme visually. We refuse any value that contains one rather than trying to clean it.
// eslint-disable-next-line no-control-regex
const HIDDEN_CHARS = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/u;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
/** A domain typed without a scheme: at least one dot and an alphabetic top-level label. */
const BARE_DOMAIN = new RegExp(`^(?:${LABEL}\\.)+\\p{L}{2,63}\\.?(?::\\d{1,5})?(?:[/?#]\\S*)?$`, 'u');
const EMAIL = new RegExp(`^([\\p{L}\\p{N}_+'-]+(?:\\.[\\p{L}\\p{N}_+'-]+)*)@((?:${LABEL}\\.)+\\p{L}{2,63})$`, 'u');
/** What `URL` leaves in `hostname` for a sane host: ASCII labels (after punycode), IPv4, or bracketed IPv6. */
const PARSED_HOST = /^(?:(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.?|\[[0-9a-f:.]+\])$/;
const PHONE_SEPARATORS = /[\s().\-/]/g;
const PHONE = /^(\+?)(\d{3,15})(?:(?:;ext=|ext\.?|x|#)(\d{1,6}))?$/i;

// core compiles without the DOM lib on purpose, yet the WHATWG URL parser exists in every runtime we target
// (browsers, Node ≥10). Declaring just what we use keeps the rest of the DOM out of reach.
declare const URL: new (input: string) => {
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
};

const MAX_URL = 2048;
const MAX_EMAIL = 254;
const MAX_PHONE = 64;

/**
 * Turns a stored value into a link target that is safe to put in `href`, or null when it is not a link we trust.
 * Only `http:`, `https:`, `mailto:` and `tel:` ever come out.
 */
export function safeHref(value: string, kind: LinkKind = 'url'): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '' || HIDDEN_CHARS.test(trimmed)) return null;

  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  const rest = scheme === undefined ? trimmed : trimmed.slice(scheme.length + 1);

  switch (kind) {
    case 'email':
      if (scheme !== undefined && scheme !== 'mailto') return null;
      return emailHref(rest);
    case 'phone':
      if (scheme !== undefined && scheme !== 'tel') return null;
      return phoneHref(rest);
    case 'url':
      if (scheme === 'mailto') return emailHref(rest);
      if (scheme === 'tel') return phoneHref(rest);
      if (scheme === 'http' || scheme === 'https') return webHref(trimmed);
      // `acme.io:8080` looks like a scheme to the regex; only a real bare domain gets `https://`.
      return BARE_DOMAIN.test(trimmed) ? webHref(`https://${trimmed}`) : null;
    default:
      return null;
  }
}

function webHref(candidate: string): string | null {
  if (candidate.length > MAX_URL || /\s/u.test(candidate)) return null;
  let url: InstanceType<typeof URL>;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // `https://bank.com@evil.io` reads as bank.com to a person; credentials in a shared CRM link are never wanted.
  if (url.username !== '' || url.password !== '') return null;
  if (!PARSED_HOST.test(url.hostname)) return null;
  // URL keeps `'` in paths and a backtick in queries; encoding them costs nothing and keeps the href quote-free
  // wherever it ends up (an unquoted attribute, a template literal).
  return url.href.replace(/'/g, '%27').replace(/`/g, '%60');
}

function emailHref(candidate: string): string | null {
  if (candidate.length > MAX_EMAIL) return null;
  const match = EMAIL.exec(candidate);
  if (!match) return null;
  const [, local = '', domain = ''] = match;
  if (local.length > 64) return null;
  return `mailto:${local.replace(/'/g, '%27')}@${domain}`;
}

function phoneHref(candidate: string): string | null {
  if (candidate.length > MAX_PHONE) return null;
  const match = PHONE.exec(candidate.replace(PHONE_SEPARATORS, ''));
  if (!match) return null;
  const [, plus = '', digits = '', ext] = match;
  return `tel:${plus}${digits}${ext === undefined ? '' : `;ext=${ext}`}`;
}

import { normalizeEmail } from './normalizePhone';
import type { NameParts } from './nameParts';
import {
  capitalize,
  cleanName,
  collapse,
  isCjkToken,
  isParticle,
  isSuffix,
  peelTitles,
  splitFamilyFirst,
  splitGivenFirst,
  tokenize,
} from './nameParts';

export type { NameParts } from './nameParts';

/**
 * Splits a display name into Sell's first/last name, falling back to the email's local part; null when
 * neither tells anything. `last_name` is never empty, because Sell rejects a person lead without one.
 *
 * Order of attempts: the name itself when it is an email address; the cleaned name (emoji, symbols and
 * asides removed); the email; finally the name exactly as given, so a known name is never dropped.
 */
export function splitName(displayName: string | null | undefined, email?: string | null): NameParts | null {
  const raw = displayName ?? '';
  // Only a bare address counts ("ann@acme.io", "mailto:…"); in "Ann Lee <ann@acme.io>" the name is the name.
  const nameAsEmail = /[\s<]/.test(raw.trim()) ? null : normalizeEmail(raw);
  if (nameAsEmail !== null) return nameFromEmail(nameAsEmail);

  const fromName = splitCleanName(cleanName(raw));
  if (fromName !== null) return fromName;

  const address = normalizeEmail(email);
  if (address !== null) return nameFromEmail(address);

  const leftover = collapse(raw);
  // A lone zero-width non-joiner survives `collapse` (Persian needs it) but is no name.
  return leftover.replace(/\u200C/g, '') === '' ? null : { first_name: null, last_name: leftover };
}

function splitCleanName(cleaned: string): NameParts | null {
  const commaParts = cleaned.split(',').map((part) => tokenize(part)).filter((part) => part.length > 0);
  // "King, Martin Luther, Jr." / "Ann Lee, PhD": trailing comma parts made of suffixes only.
  const trailing: string[] = [];
  while (commaParts.length > 1 && (commaParts[commaParts.length - 1] ?? []).every(isSuffix)) {
    trailing.unshift(...(commaParts.pop() ?? []));
  }
  const [head, ...tail] = commaParts;
  if (head === undefined) return null;

  if (tail.length > 0) {
    // "Last, First": the part before the comma is the whole last name; suffixes join it.
    const given = peelTitles(tail.flat());
    return { first_name: given.core.join(' '), last_name: [...head, ...given.suffixes, ...trailing].join(' ') };
  }
  const { core, suffixes } = peelTitles(head);
  const allSuffixes = [...suffixes, ...trailing];
  if (core.length === 1) return { first_name: null, last_name: [...core, ...allSuffixes].join(' ') };
  // CJK names written with a space put the family name first ("山田 太郎"); without a space
  // ("山田太郎") there is no safe split, and a single token already went whole into last_name above.
  if (core.every(isCjkToken)) return splitFamilyFirst(core);
  return splitGivenFirst(core, allSuffixes);
}

/**
 * Derives a name from an email's local part: "ann.lee" → Ann / Lee, "jean-pierre.de.la.cruz" →
 * Jean-Pierre / de la Cruz. One word stays as written ("info" → last name "info"): it is usually a role
 * address, not a person. Digits and "+tags" are ignored; if nothing remains, the local part is kept.
 */
export function nameFromEmail(address: string): NameParts {
  const local = address.slice(0, address.lastIndexOf('@'));
  const untagged = local.replace(/\+.*$/s, '');
  const words = untagged
    .split(/[._]+/)
    .map((word) => word.replace(/[^\p{L}\p{M}'-]/gu, '').replace(/^[-']+|[-']+$/g, ''))
    .filter((word) => /\p{L}/u.test(word));
  if (words.length === 0) return { first_name: null, last_name: untagged === '' ? local : untagged };
  if (words.length === 1) return { first_name: null, last_name: words[0] ?? local };
  // Particles stay lower-case ("van Beethoven") unless they begin the name.
  const styled = words.map((word, index) => (index > 0 && isParticle(word) ? word : capitalize(word)));
  return splitGivenFirst(styled);
}

/**
 * Building blocks of `splitName`: cleaning a display name into tokens and splitting tokens into
 * first/last name. Kept apart so `splitName.ts` reads as the order of fallbacks only.
 */

/** A person's name as Sell stores it on a lead; `last_name` is never empty. */
export interface NameParts {
  first_name: string | null;
  last_name: string;
}

/**
 * Lower-case surname particles that belong to the last name ("Ludwig van Beethoven" → "van Beethoven").
 * Matched case-insensitively so "Jean de La Fontaine" and "Dick Van Dyke" work too. Words that are also
 * common given names ("ben", "don") are left out on purpose: a wrong join is worse than a missed one.
 */
const PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'ter', 'ten', 'zu', 'zum', 'zur',
  'de', 'del', 'della', 'delle', 'dei', 'degli', 'des', 'di', 'da', 'dal', 'do', 'das', 'dos', 'du',
  'la', 'le', 'lo', 'las', 'los', "d'", "'t",
  'bin', 'binti', 'bint', 'ibn', 'al', 'el',
]);

/** Joins two surnames ("García y López"); it pulls the word before it into the last name too. */
const CONNECTORS = new Set(['y']);

/** Leading titles dropped when a name follows them. */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'mme', 'mlle', 'herr', 'frau', 'sr', 'sra', 'srta',
]);

/** Trailing generational/degree suffixes; Sell has no field for them, so they stay on the last name. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);

const bare = (token: string): string => token.toLowerCase().replace(/\.$/, '');

export const isParticle = (token: string): boolean => PARTICLES.has(token.toLowerCase());
const isHonorific = (token: string): boolean => HONORIFICS.has(bare(token));
export const isSuffix = (token: string): boolean => SUFFIXES.has(bare(token));

const CJK_TOKEN = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{Mn}\p{Mc}]+$/u;

/** True when a token is written only in Chinese, Japanese or Korean script (incl. marks like ー and ・). */
export const isCjkToken = (token: string): boolean => CJK_TOKEN.test(token);

// Emoji, pictographs, currency/math/modifier symbols, private use: decoration, never part of a name.
const SYMBOLS = /[\p{Extended_Pictographic}\p{So}\p{Sk}\p{Sm}\p{Sc}\p{Co}\p{Me}\u{FE00}-\u{FE0F}\u{200D}]/gu;
// Asides such as "(she/her)", "[Acme]", "<ann@acme.io>" or "（営業）" are not part of the name.
const ASIDES = /[([{<（［｛＜][^)\]}>）］｝＞]*[)\]}>）］｝＞]?/gu;
// What may stay in a name: letters, combining marks, digits, apostrophes, hyphens, dots, commas,
// middle dots (CJK transliterations like 迈克尔·杰克逊) and the zero-width non-joiner (Persian).
const NOT_NAME_CHAR = /[^\p{L}\p{Mn}\p{Mc}\p{Nd}'’ʼ\-‐‑.,·・\u{200C}\s]/gu;
const CONTROL = /\p{Cc}/gu;
// Invisible format characters (soft hyphen, zero-width space, direction marks) vanish, except the
// zero-width non-joiner, which changes how Persian names are spelled.
const FORMAT = /\p{Cf}/gu;
const ZWNJ = '\u200C';

/** Removes control and invisible format characters and collapses whitespace (also U+3000). */
export function collapse(raw: string): string {
  return raw.replace(FORMAT, (ch) => (ch === ZWNJ ? ch : '')).replace(CONTROL, ' ').replace(/\s+/gu, ' ').trim();
}

/**
 * Strips decoration from a display name: emoji and symbols go before NFKC (so "™" does not become "TM"),
 * NFKC then folds styled letters ("𝓐𝓷𝓷", full-width "Ａｎｎ") into plain ones.
 */
export function cleanName(raw: string): string {
  const noSymbols = raw.replace(ASIDES, ' ').replace(SYMBOLS, ' ').normalize('NFKC');
  return collapse(noSymbols.replace(NOT_NAME_CHAR, ' '));
}

/** Splits cleaned text into tokens, dropping tokens with no letter or digit and trimming stray dashes. */
export function tokenize(text: string): string[] {
  return text
    .split(' ')
    .map((token) => token.replace(/^[-‐‑.·・]+/u, '').replace(/[-‐‑·・,]+$/u, ''))
    .filter((token) => /[\p{L}\p{Nd}]/u.test(token));
}

/** Drops leading titles and peels trailing suffixes, always keeping at least one name token. */
export function peelTitles(tokens: readonly string[]): { core: string[]; suffixes: string[] } {
  const core = [...tokens];
  while (core.length > 1 && isHonorific(core[0] ?? '')) core.shift();
  const suffixes: string[] = [];
  while (core.length > 1 && isSuffix(core[core.length - 1] ?? '')) suffixes.unshift(core.pop() ?? '');
  return { core, suffixes };
}

/**
 * Given-name-first split: the last token is the last name, extended leftwards over particles and
 * connectors, while at least one token stays as the first name ("Al Pacino" keeps "Al").
 */
export function splitGivenFirst(tokens: readonly string[], suffixes: readonly string[] = []): NameParts {
  let start = tokens.length - 1;
  while (start > 1) {
    const before = tokens[start - 1] ?? '';
    if (isParticle(before)) start -= 1;
    else if (CONNECTORS.has(before.toLowerCase()) && start > 2) start -= 2;
    else break;
  }
  const first = tokens.slice(0, start).join(' ');
  const last = [...tokens.slice(start), ...suffixes].join(' ');
  return { first_name: first === '' ? null : first, last_name: last };
}

/** Family-name-first split used for CJK names written with a space ("山田 太郎"). */
export function splitFamilyFirst(tokens: readonly string[]): NameParts {
  const [family = '', ...given] = tokens;
  return { first_name: given.length > 0 ? given.join(' ') : null, last_name: family };
}

/** Upper-cases the first letter of each hyphen-separated part ("jean-pierre" → "Jean-Pierre"). */
export function capitalize(token: string): string {
  return token
    .split('-')
    .map((part) => part.replace(/^\p{L}/u, (letter) => letter.toUpperCase()))
    .join('-');
}

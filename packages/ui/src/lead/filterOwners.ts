import type { OwnerOption } from '@sell-bridge/core';

/** At most this many options are rendered at once; the rest is reached by typing (10,000 users stay fast). */
export const OWNER_OPTION_LIMIT = 50;

/** An owner option with its name folded for matching, computed once per list. */
export interface IndexedOwner {
  option: OwnerOption;
  folded: string;
}

/** Case- and accent-insensitive form of a name, so "nunez" finds "Núñez". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Folds every option's name (and email) once; filtering then only compares strings. */
export function indexOwners(options: readonly OwnerOption[]): IndexedOwner[] {
  return options.map((option) => ({ option, folded: foldText(option.email ? `${option.name} ${option.email}` : option.name) }));
}

/** What the picker shows for a query: the first `limit` matches in the given order, and how many matched in all. */
export interface OwnerMatches {
  shown: OwnerOption[];
  total: number;
}

/**
 * Options whose name contains every word of `query` (in any order), keeping the list's order (configured owners
 * first). An empty query matches everything.
 */
export function filterOwners(indexed: readonly IndexedOwner[], query: string, limit = OWNER_OPTION_LIMIT): OwnerMatches {
  const words = foldText(query).split(/\s+/).filter((word) => word !== '');
  const shown: OwnerOption[] = [];
  let total = 0;
  for (const { option, folded } of indexed) {
    if (!words.every((word) => folded.includes(word))) continue;
    total += 1;
    if (shown.length < limit) shown.push(option);
  }
  return { shown, total };
}

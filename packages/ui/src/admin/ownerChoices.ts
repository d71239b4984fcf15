import { defaultSettings, resolveOwner, type OwnerOption, type OwnerRef, type SellUser } from '@sell-bridge/core';

/** At most this many options are rendered at once; the rest is reached by typing (10,000 users stay fast). */
export const OWNER_OPTION_LIMIT = 50;

/** A selectable owner with its name folded once for matching. */
export interface IndexedChoice {
  option: OwnerOption;
  folded: string;
}

/** Case- and accent-insensitive form of a name, so "nunez" finds "Núñez". */
export function foldName(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * Every owner an agent could be given, sorted by name, with names folded for search. Usability and the
 * user/distribution label come from core's owner rule (the `allow_any_owner` row), so the admin sees what agents see.
 * Run once per users list: folding 10,000 names is the expensive part; filtering then only compares strings.
 */
export function indexOwnerChoices(users: readonly SellUser[]): IndexedChoice[] {
  const settings = { ...defaultSettings(), allowAnyOwner: true };
  const decision = resolveOwner(settings, { sellUser: null }, { users });
  const options = decision.kind === 'any' ? decision.options : [];
  return options.map((option) => ({ option, folded: foldName(option.name) }));
}

/** What the picker shows for a query: at most `limit` matches, and how many matched in all. */
export interface ChoiceMatches {
  shown: OwnerOption[];
  total: number;
}

/** Options whose name contains every word of `query`, in list order, leaving out those already chosen. */
export function filterOwnerChoices(
  index: readonly IndexedChoice[],
  query: string,
  exclude: ReadonlySet<number>,
  limit = OWNER_OPTION_LIMIT,
): ChoiceMatches {
  const words = foldName(query).split(/\s+/).filter((word) => word !== '');
  const shown: OwnerOption[] = [];
  let total = 0;
  for (const { option, folded } of index) {
    if (exclude.has(option.id) || !words.every((word) => folded.includes(word))) continue;
    total += 1;
    if (shown.length < limit) shown.push(option);
  }
  return { shown, total };
}

/** A chosen owner as the admin sees it: its name when Sell knows it, and why it could not receive leads. */
export interface ChosenOwner {
  ref: OwnerRef;
  name: string | null;
  flag: 'unknown' | 'inactive' | 'deleted' | null;
}

/** Describes `lead_owners` against the users loaded so far; `complete` says whether a missing id is really unknown. */
export function describeChosen(refs: readonly OwnerRef[], byId: ReadonlyMap<number, SellUser>, complete: boolean): ChosenOwner[] {
  return refs.map((ref) => {
    const user = byId.get(ref.id);
    if (!user) return { ref, name: null, flag: complete ? 'unknown' : null };
    const flag = user.deleted_at ? 'deleted' : user.status !== 'active' ? 'inactive' : null;
    return { ref, name: user.name, flag };
  });
}

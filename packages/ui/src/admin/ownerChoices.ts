import { ownerOptions, type OwnerRef, type SellUser } from '@sell-bridge/core';

import { filterOwners, foldText, indexOwners, OWNER_OPTION_LIMIT, type IndexedOwner, type OwnerMatches } from '../lead/filterOwners';

// One owner search for the whole app: the admin's pickers use the lead form's folding and filtering.
export { OWNER_OPTION_LIMIT };
export type IndexedChoice = IndexedOwner;
export type ChoiceMatches = OwnerMatches;

/** Case- and accent-insensitive form of a name, so "nunez" finds "Núñez". */
export const foldName = foldText;

/**
 * Every owner an agent could be given, sorted by name, with names folded for search. Usability and the
 * user/distribution label come from core's `ownerOptions` (the `allow_any_owner` list), so the admin sees what agents see.
 * Run once per users list: folding 10,000 names is the expensive part; filtering then only compares strings.
 */
export function indexOwnerChoices(users: readonly SellUser[]): IndexedChoice[] {
  return indexOwners(ownerOptions({ users }));
}

/** Options whose name contains every word of `query`, in list order, leaving out those already chosen. */
export function filterOwnerChoices(
  index: readonly IndexedChoice[],
  query: string,
  exclude: ReadonlySet<number>,
  limit = OWNER_OPTION_LIMIT,
): ChoiceMatches {
  return filterOwners(exclude.size === 0 ? index : index.filter((c) => !exclude.has(c.option.id)), query, limit);
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

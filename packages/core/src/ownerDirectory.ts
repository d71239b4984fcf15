import type { SellUser } from './sell';
import type { OwnerRef } from './settings-types';

/**
 * What the installation knows about possible record owners: the Sell users (every page of `GET /v2/users`, active or
 * not) and which of them are distribution pools.
 *
 * Sell has no endpoint that lists distribution pools; each pool is a phantom Sell user, and no documented field marks
 * one (docs/platform/sell.md §Users and distribution pools). So "is this id a pool" is assembled from hints, strongest first:
 *  1. the admin's own word, `distribution:<id>` in `lead_owners` (resolveOwner reads it from the settings);
 *  2. `distributionIds`, ids the caller knows to be pools (e.g. tagged by an admin, or a future probe of a live account);
 *  3. `sell_login_disabled === true` on the user: undocumented, set on phantom users in the sandbox; a heuristic, so it
 *     only decides the label of an option that is not configured.
 * Being a pool changes the label shown to agents and nothing else: pools are usable on the same terms as people.
 */
export interface OwnerDirectory {
  users: readonly SellUser[];
  distributionIds?: readonly number[];
}

/** Users by id; with duplicate ids (overlapping pages) the last copy wins, as the most recently fetched. */
export function indexUsers(users: readonly SellUser[]): Map<number, SellUser> {
  return new Map(users.map((user) => [user.id, user]));
}

/**
 * Whether records may be assigned to (or seen through) this user. Sell refuses inactive owners, so an inactive phantom
 * user is a switched-off pool; `deleted_at` is checked too because deleted users keep their last status.
 */
export function isUsable(user: SellUser): boolean {
  return user.status === 'active' && !user.deleted_at;
}

/** Whether a user that is not in `lead_owners` should be labelled as a distribution (hints 2 and 3 above). */
function looksLikeDistribution(user: SellUser, directory: OwnerDirectory): boolean {
  return user.sell_login_disabled === true || (directory.distributionIds ?? []).includes(user.id);
}

/** The kind of an owner: what the admin configured, else what the directory suggests. */
export function ownerKind(
  user: SellUser,
  configured: ReadonlyMap<number, OwnerRef>,
  directory: OwnerDirectory,
): 'user' | 'distribution' {
  const ref = configured.get(user.id);
  if (ref) return ref.kind;
  return looksLikeDistribution(user, directory) ? 'distribution' : 'user';
}

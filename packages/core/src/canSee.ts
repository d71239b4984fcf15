import { indexUsers, isUsable, type OwnerDirectory } from './ownerDirectory';
import type { SellUser } from './sell';
import type { Reason, Settings } from './settings-types';

/** Whether the sidebar may load Sell data for this agent at all (docs/architecture.md §3 step 3, §6). */
export type AccessDecision = { allowed: true } | { allowed: false; reason: Reason };

/**
 * The sidebar gate: `all_agents` lets every agent in (the installation's token reads Sell); `sell_users_only` needs
 * the agent's Sell user, found by email, to be active and not deleted. Denied means no record request is made.
 */
export function accessDecision(settings: Pick<Settings, 'dataAccess'>, sellUser: SellUser | null): AccessDecision {
  if (settings.dataAccess === 'all_agents') return { allowed: true };
  if (!sellUser) return { allowed: false, reason: { key: 'access.reason.no_sell_user' } };
  if (!isUsable(sellUser)) return { allowed: false, reason: { key: 'access.reason.sell_user_inactive' } };
  return { allowed: true };
}

/**
 * Whether `managerId` is above `user` in the `reports_to` chain, at any depth: a manager of managers sees the whole
 * branch, as in Sell. The chain is walked through the directory with a visited set, so a cycle in the data
 * (A reports to B, B to A) ends the walk instead of looping.
 */
function reportsTo(user: SellUser, managerId: number, users: ReadonlyMap<number, SellUser>): boolean {
  const visited = new Set<number>([user.id]);
  let next = user.reports_to;
  while (typeof next === 'number' && !visited.has(next)) {
    if (next === managerId) return true;
    visited.add(next);
    next = users.get(next)?.reports_to ?? null;
  }
  return false;
}

/**
 * Whether `viewer` may see a record in `sell_users_only` mode (docs/architecture.md §6), Sell's own visibility approximated
 * because the API does not expose it: nobody without an active Sell user; admins everything; others their own
 * records, records owned by members of their Sell group, and records owned by anyone reporting to them directly or
 * indirectly. A record without an owner, or owned by a user missing from the directory, is only visible to admins:
 * when in doubt, hide (it then looks as if not found, which is what Sell itself does).
 */
export function canSee(
  record: { owner_id: number | null },
  viewer: SellUser | null,
  directory: Pick<OwnerDirectory, 'users'>,
): boolean {
  if (!viewer || !isUsable(viewer)) return false;
  if (viewer.role === 'admin') return true;
  const ownerId = record.owner_id;
  if (typeof ownerId !== 'number') return false;
  if (ownerId === viewer.id) return true;
  const users = indexUsers(directory.users);
  const owner = users.get(ownerId);
  if (!owner) return false;
  if (viewer.group && owner.group && viewer.group.id === owner.group.id) return true;
  return reportsTo(owner, viewer.id, users);
}

/**
 * The users `canSee` still lacks to decide these records for this viewer, so a caller can fetch just them by id
 * instead of holding every Sell user (docs/architecture.md §6): the owner of each record not owned by the viewer,
 * then, for an owner in another group, the next unknown manager up its `reports_to` chain. `known` holds the users
 * already fetched; an id mapped to null was asked for and Sell does not have it. Empty when the answer is decided:
 * call, fetch, repeat (each round climbs one level; a chain is short, and a cycle ends because visited ids are known).
 */
export function visibilityGaps(
  records: readonly { owner_id: number | null }[],
  viewer: SellUser | null,
  known: ReadonlyMap<number, SellUser | null>,
): number[] {
  if (!viewer || !isUsable(viewer) || viewer.role === 'admin') return [];
  const gaps = new Set<number>();
  for (const { owner_id: ownerId } of records) {
    if (typeof ownerId !== 'number' || ownerId === viewer.id) continue;
    if (!known.has(ownerId)) {
      gaps.add(ownerId);
      continue;
    }
    const owner = known.get(ownerId);
    if (!owner || (viewer.group && owner.group && viewer.group.id === owner.group.id)) continue;
    const visited = new Set<number>([owner.id]);
    let next = owner.reports_to;
    while (typeof next === 'number' && next !== viewer.id && !visited.has(next)) {
      if (!known.has(next)) {
        gaps.add(next);
        break;
      }
      visited.add(next);
      next = known.get(next)?.reports_to ?? null;
    }
  }
  return [...gaps];
}

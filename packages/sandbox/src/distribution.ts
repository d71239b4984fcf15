import type { Distribution, SandboxUser } from './types';

/**
 * The next active member of a pool, advancing its pointer. Round robin in member order; inactive members are
 * skipped, as Sell does with removed members (docs/platform/sell.md §Users and distribution pools). Null when no member is active.
 */
export function nextDistributionMember(pool: Distribution, users: readonly SandboxUser[]): number | null {
  const count = pool.memberIds.length;
  for (let step = 0; step < count; step += 1) {
    const index = (pool.next + step) % count;
    const id = pool.memberIds[index]!;
    if (users.some((u) => u.id === id && u.status === 'active')) {
      pool.next = (index + 1) % count;
      return id;
    }
  }
  return null;
}

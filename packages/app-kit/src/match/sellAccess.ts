import { accessPolicy, normalizeEmail, viewerAmong, type AccessDecision, type SellAgent, type SellUser, type Settings } from '@sell-bridge/core';
import type { SellClient } from '@sell-bridge/sell-api';

export type { SellAgent } from '@sell-bridge/core';

/**
 * The one path from "an agent opened something" to "these records may be shown": core's `accessPolicy` decides, this
 * fetches the users it asks for. Every lookup (the sidebar match, related deals and companies, the duplicate check,
 * Chat-in-Sell's visitor records) goes through it, so the rule is applied one way (docs/architecture.md §6). Users are
 * fetched one by one (by id or email, cached), never all of them.
 */
export interface SellAccess {
  readonly settings: Settings;
  /** The agent's Sell user, or null when Sell has none. */
  readonly viewer: SellUser | null;
  readonly decision: AccessDecision;
  /** The records this agent may see, after fetching just the owners and managers the policy needs. */
  visible<T extends { owner_id: number | null }>(records: readonly T[]): Promise<T[]>;
  /** Fetches these users (record owners, for names) unless already known; a failure only leaves them unknown. */
  learn(ids: readonly (number | null | undefined)[]): Promise<void>;
  /** Every user met so far (viewer, owners, managers). */
  users(): SellUser[];
}

/** Rounds of manager lookups before giving up on a chain (then the record stays hidden: when in doubt, hide). */
const MAX_CHAIN_ROUNDS = 8;

/** The agent's Sell user: by id when the host knows it, else by email (strict, case-insensitive). */
export async function findViewer(sell: SellClient, agent: SellAgent, signal?: AbortSignal): Promise<SellUser | null> {
  const options = signal ? { signal } : {};
  if (typeof agent.sellUserId === 'number') {
    const byId = viewerAmong({ email: null, sellUserId: agent.sellUserId }, await sell.getUsers([agent.sellUserId], options));
    if (byId) return byId;
  }
  const email = normalizeEmail(agent.email);
  const found = email ? await sell.findUserByEmail(email, options) : null;
  return found ? viewerAmong({ email }, [found]) : null;
}

/** The access object for an agent whose Sell user is already known (or known to be missing). */
export function sellAccess(sell: SellClient, settings: Settings, viewer: SellUser | null, signal?: AbortSignal): SellAccess {
  const options = signal ? { signal } : {};
  const known = new Map<number, SellUser | null>(viewer ? [[viewer.id, viewer]] : []);
  const fetchInto = async (ids: number[]) => {
    const found = await sell.getUsers(ids, options);
    for (const id of ids) known.set(id, null);
    for (const user of found) known.set(user.id, user);
  };
  const policy = accessPolicy(settings, viewer);

  return {
    settings,
    viewer,
    decision: policy.decision,
    async visible(records) {
      for (let round = 0; round < MAX_CHAIN_ROUNDS; round += 1) {
        const gaps = policy.missing(records, known);
        if (gaps.length === 0) break;
        await fetchInto(gaps);
      }
      return policy.visible(records, known);
    },
    async learn(ids) {
      const missing = [...new Set(ids)].filter((id): id is number => typeof id === 'number' && !known.has(id));
      if (missing.length === 0) return;
      await fetchInto(missing).catch((error: unknown) => {
        if (signal?.aborted) throw error;
      });
    },
    users: () => [...known.values()].filter((user): user is SellUser => user !== null),
  };
}

/** Finds the agent's Sell user and builds their access (the sidebars' gate, docs/architecture.md §3 step 3). */
export async function openSellAccess(sell: SellClient, settings: Settings, agent: SellAgent, signal?: AbortSignal): Promise<SellAccess> {
  return sellAccess(sell, settings, await findViewer(sell, agent, signal), signal);
}

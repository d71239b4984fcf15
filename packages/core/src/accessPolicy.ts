import { accessDecision, canSee, visibilityGaps, type AccessDecision } from './canSee';
import { normalizeEmail } from './normalizePhone';
import type { SellUser } from './sell';
import type { Settings } from './settings-types';

/** Who is asking, as the host knows them: Sell's own top bar knows the Sell user id, the sidebars only an email. */
export interface SellAgent {
  email: string | null;
  sellUserId?: number | null;
}

/**
 * The data-access rule of docs/architecture.md §6 as one object, so no caller combines the gate and the record filter
 * by hand. Users are whatever the caller fetched so far (by id, never all of them): `missing` names the ones the
 * decision still needs, `visible` decides with what is known (an owner still unknown hides the record).
 */
export interface AccessPolicy {
  readonly viewer: SellUser | null;
  /** Whether Sell data may be loaded at all; with its reason when not. */
  readonly decision: AccessDecision;
  /** Users to fetch before `visible` can decide these records; empty once decided (ask again after each fetch). */
  missing(records: readonly { owner_id: number | null }[], known: ReadonlyMap<number, SellUser | null>): number[];
  /** The records this agent may see: all with `all_agents`; with `sell_users_only`, what Sell's visibility allows. */
  visible<T extends { owner_id: number | null }>(records: readonly T[], known: ReadonlyMap<number, SellUser | null>): T[];
}

/** The agent's Sell user among `candidates` (an id lookup's or an email lookup's answer): by id, else exact email. */
export function viewerAmong(agent: SellAgent, candidates: readonly SellUser[]): SellUser | null {
  if (typeof agent.sellUserId === 'number') {
    const byId = candidates.find((user) => user.id === agent.sellUserId);
    if (byId) return byId;
  }
  const email = normalizeEmail(agent.email);
  return email ? (candidates.find((user) => normalizeEmail(user.email) === email) ?? null) : null;
}

/** The policy for one agent under these settings (`viewer`: their Sell user, null when Sell has none). */
export function accessPolicy(settings: Pick<Settings, 'dataAccess'>, viewer: SellUser | null): AccessPolicy {
  const decision = accessDecision(settings, viewer);
  const open = settings.dataAccess !== 'sell_users_only';
  return {
    viewer,
    decision,
    missing(records, known) {
      return open || !decision.allowed ? [] : visibilityGaps(records, viewer, known);
    },
    visible(records, known) {
      if (open) return [...records];
      if (!decision.allowed) return [];
      const users = [...known.values()].filter((user): user is SellUser => user !== null);
      return records.filter((record) => canSee(record, viewer, { users }));
    },
  };
}

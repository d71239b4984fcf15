import { indexUsers, isUsable, ownerKind, type OwnerDirectory } from './ownerDirectory';
import type { SellUser } from './sell';
import type { OwnerRef, Reason, Settings } from './settings-types';

export type { OwnerDirectory } from './ownerDirectory';

/** One owner an agent may pick (or is given), labelled as a person or a distribution pool. */
export interface OwnerOption {
  id: number;
  name: string;
  kind: 'user' | 'distribution';
  /** Listed in `lead_owners` by the admin. */
  configured: boolean;
  /** The user's email, when Sell has one: pickers match it as well as the name. */
  email?: string;
}

/** A configured owner left out because Sell does not know it, or it is inactive or deleted; `reason` says which. */
export interface DroppedOwner {
  ref: OwnerRef;
  reason: Reason;
}

/** The agent creating the lead, as looked up in Sell by email (null: no Sell user). */
export interface OwnerAgent {
  sellUser: SellUser | null;
}

/**
 * Who gets a new lead, and why (docs/architecture.md §5). Every outcome carries `dropped`: configured owners that could not
 * be used, so the UI can warn the agent (and the admin) even when a usable owner remains.
 */
export type OwnerDecision =
  | { kind: 'fixed'; owner: OwnerOption; reason: Reason; dropped: readonly DroppedOwner[] }
  | { kind: 'choose'; options: OwnerOption[]; required: true; reason: Reason; dropped: readonly DroppedOwner[] }
  | {
      kind: 'any';
      /** Configured owners first (admin's order), then every other active user and distribution by name. */
      options: OwnerOption[];
      /** What the rule without `allow_any_owner` would have picked automatically, when it is among the options. */
      preselectedId: number | null;
      reason: Reason;
      dropped: readonly DroppedOwner[];
    }
  | { kind: 'creator'; owner: OwnerOption; reason: Reason; dropped: readonly DroppedOwner[] }
  | { kind: 'primary_admin'; owner: OwnerOption; reason: Reason; dropped: readonly DroppedOwner[] }
  | { kind: 'error'; reason: Reason; dropped: readonly DroppedOwner[] };

interface Context {
  directory: OwnerDirectory;
  users: Map<number, SellUser>;
  /** `lead_owners` by id, first mention wins (settings built by hand may repeat an id). */
  configured: Map<number, OwnerRef>;
}

/** The name shown for an owner; Sell answers `null` (or blank) for some users, so the email or id stands in. */
function contextOf(leadOwners: readonly OwnerRef[], directory: OwnerDirectory): Context {
  const configured = new Map<number, OwnerRef>();
  for (const ref of leadOwners) if (!configured.has(ref.id)) configured.set(ref.id, ref);
  return { directory, users: indexUsers(directory.users), configured };
}

function nameOf(user: SellUser): string {
  const name: unknown = user.name;
  if (typeof name === 'string' && name.trim() !== '') return name;
  return user.email ?? `#${String(user.id)}`;
}

function toOption(user: SellUser, ctx: Context): OwnerOption {
  const kind = ownerKind(user, ctx.configured, ctx.directory);
  return { id: user.id, name: nameOf(user), kind, configured: ctx.configured.has(user.id), ...(user.email ? { email: user.email } : {}) };
}

/** Splits `lead_owners` into usable options and dropped entries, keeping the admin's order. */
function checkConfigured(ctx: Context): { usable: OwnerOption[]; dropped: DroppedOwner[] } {
  const usable: OwnerOption[] = [];
  const dropped: DroppedOwner[] = [];
  for (const ref of ctx.configured.values()) {
    const user = ctx.users.get(ref.id);
    if (!user) {
      dropped.push({ ref, reason: { key: 'owner.reason.owner_unknown', values: { id: ref.id, kind: ref.kind } } });
    } else if (!isUsable(user)) {
      const key = user.deleted_at ? 'owner.reason.owner_deleted' : 'owner.reason.owner_inactive';
      dropped.push({ ref, reason: { key, values: { id: ref.id, kind: ref.kind, name: nameOf(user) } } });
    } else {
      usable.push(toOption(user, ctx));
    }
  }
  return { usable, dropped };
}

function fixed(owner: OwnerOption, dropped: readonly DroppedOwner[]): OwnerDecision {
  const key = owner.kind === 'distribution' ? 'owner.reason.configured_distribution' : 'owner.reason.configured_user';
  return { kind: 'fixed', owner, reason: { key, values: { id: owner.id, name: owner.name } }, dropped };
}

/**
 * Rows 2 and 3 of §5. When several owners are configured but only one is usable, that one is assigned without a
 * picker: a required picker with a single entry asks the agent nothing. `dropped` still says who was left out.
 */
function fromConfigured(ctx: Context, usable: OwnerOption[], dropped: DroppedOwner[]): OwnerDecision | null {
  const count = ctx.configured.size;
  if (count === 0) return null;
  const [first, second] = usable;
  if (!first) {
    // A single owner keeps its precise reason (unknown / inactive / deleted); several get a summary.
    const reason = count === 1 && dropped[0] ? dropped[0].reason : { key: 'owner.reason.all_owners_unavailable', values: { count } };
    return { kind: 'error', reason, dropped };
  }
  if (!second) return fixed(first, dropped);
  return {
    kind: 'choose',
    options: usable,
    required: true,
    reason: { key: 'owner.reason.choose_configured', values: { count: usable.length } },
    dropped,
  };
}

/** Rows 4 and 5 of §5: nobody configured, so the creator (`sell_users_only`) or the primary admin (`all_agents`). */
function fromFallback(ctx: Context, settings: Settings, agent: OwnerAgent): OwnerDecision {
  const dropped: DroppedOwner[] = [];
  if (settings.dataAccess === 'sell_users_only') {
    const user = agent.sellUser;
    if (!user) return { kind: 'error', reason: { key: 'owner.reason.agent_without_sell_user' }, dropped };
    if (!isUsable(user)) {
      return { kind: 'error', reason: { key: 'owner.reason.agent_sell_user_inactive', values: { name: nameOf(user) } }, dropped };
    }
    const owner: OwnerOption = { id: user.id, name: nameOf(user), kind: 'user', configured: false };
    return { kind: 'creator', owner, reason: { key: 'owner.reason.creator', values: { name: nameOf(user) } }, dropped };
  }
  const id = settings.primaryAdminId;
  if (id === null) return { kind: 'error', reason: { key: 'owner.reason.primary_admin_unset' }, dropped };
  const user = ctx.users.get(id);
  if (!user) return { kind: 'error', reason: { key: 'owner.reason.primary_admin_unknown', values: { id } }, dropped };
  if (!isUsable(user)) {
    return { kind: 'error', reason: { key: 'owner.reason.primary_admin_inactive', values: { id, name: nameOf(user) } }, dropped };
  }
  const owner = toOption(user, ctx);
  return { kind: 'primary_admin', owner, reason: { key: 'owner.reason.primary_admin', values: { name: nameOf(user) } }, dropped };
}

function byName(a: OwnerOption, b: OwnerOption): number {
  return a.name.localeCompare(b.name) || a.id - b.id;
}

/** Every usable user and pool of the directory, configured ones first (admin's order), then the others by name. */
function usableOptions(ctx: Context, configured: readonly OwnerOption[]): OwnerOption[] {
  const configuredIds = new Set(configured.map((option) => option.id));
  const others = [...ctx.users.values()]
    .filter((user) => isUsable(user) && !configuredIds.has(user.id))
    .map((user) => toOption(user, ctx))
    .sort(byName);
  return [...configured, ...others];
}

/** Row 1 of §5: every usable user and pool, configured ones first, preselecting what the other rows would pick. */
function anyOwner(ctx: Context, configured: OwnerOption[], dropped: DroppedOwner[], ruled: OwnerDecision): OwnerDecision {
  const options = usableOptions(ctx, configured);
  if (options.length === 0) return { kind: 'error', reason: { key: 'owner.reason.no_owner_available' }, dropped };
  const suggested = 'owner' in ruled ? ruled.owner.id : null;
  const preselectedId = options.some((option) => option.id === suggested) ? suggested : null;
  const reason = { key: 'owner.reason.any_owner', values: { count: options.length } };
  return { kind: 'any', options, preselectedId, reason, dropped };
}

/**
 * Decides the owner of a lead created by `agent` (docs/architecture.md §5), with the reason as a translation key. Unknown,
 * inactive or deleted owners, an unset or unusable primary admin, and an agent without an active Sell user are
 * `error` outcomes, never a silent fallback to someone else.
 */
export function resolveOwner(settings: Settings, agent: OwnerAgent, directory: OwnerDirectory): OwnerDecision {
  const ctx = contextOf(settings.leadOwners, directory);
  const { usable, dropped } = checkConfigured(ctx);
  const ruled = fromConfigured(ctx, usable, dropped) ?? fromFallback(ctx, settings, agent);
  return settings.allowAnyOwner ? anyOwner(ctx, usable, dropped, ruled) : ruled;
}

/**
 * Every owner a lead could be given from this directory — usable users and distribution pools, labelled as such,
 * `leadOwners` first in the admin's order, then the rest by name: the list the `allow_any_owner` row offers agents,
 * and the one the admin's owner pickers search.
 */
export function ownerOptions(directory: OwnerDirectory, leadOwners: readonly OwnerRef[] = []): OwnerOption[] {
  const ctx = contextOf(leadOwners, directory);
  return usableOptions(ctx, checkConfigured(ctx).usable);
}

/** The owner a lead gets without asking the agent (a fixed owner, the creator, the primary admin); null when the
 * agent must pick, or nobody can own it. */
export function automaticOwner(decision: OwnerDecision): OwnerOption | null {
  return decision.kind === 'fixed' || decision.kind === 'creator' || decision.kind === 'primary_admin' ? decision.owner : null;
}

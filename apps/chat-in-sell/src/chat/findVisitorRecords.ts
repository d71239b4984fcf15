import { accessDecision, canSee, normalizeEmail, type SellContact, type SellLead, type SellUser, type Settings } from '@sell-bridge/core';
import type { SellClient } from '@sell-bridge/sell-api';

/** The visitor in Sell, as the rules of the sidebars allow this rep to see it. */
export type VisitorRecords =
  | { kind: 'denied' }
  | { kind: 'ready'; leads: SellLead[]; persons: SellContact[]; companies: SellContact[]; viewer: SellUser | null; users: readonly SellUser[] };

/**
 * The leads and contacts with the visitor's email, through the same gate as the sidebars (docs/architecture.md §6): the
 * rep's Sell user (the context's user, else by email) must pass `accessDecision`, and in `sell_users_only` mode
 * only records `canSee` allows are kept. Leads and contacts are read in one parallel wave.
 */
export async function findVisitorRecords(
  sell: SellClient,
  settings: Settings,
  rep: { id: number; email: string },
  email: string,
  signal?: AbortSignal,
): Promise<VisitorRecords> {
  const options = signal ? { signal } : {};
  const users = await sell.listUsers(options);
  const repEmail = normalizeEmail(rep.email);
  const viewer = users.find((u) => u.id === rep.id) ?? users.find((u) => u.email !== null && normalizeEmail(u.email) === repEmail) ?? null;
  if (!accessDecision(settings, viewer).allowed) return { kind: 'denied' };
  const [leads, contacts] = await Promise.all([sell.findLeadsByEmail(email, options), sell.findContactsByEmail(email, options)]);
  const visible = <T extends { owner_id: number | null }>(records: T[]): T[] =>
    settings.dataAccess === 'sell_users_only' ? records.filter((r) => canSee(r, viewer, { users })) : records;
  return { kind: 'ready', leads: visible(leads), persons: visible(contacts.persons), companies: visible(contacts.companies), viewer, users };
}

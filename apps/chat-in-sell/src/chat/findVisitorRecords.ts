import type { SellContact, SellLead, SellUser, Settings } from '@sell-bridge/core';
import { openSellAccess } from '@sell-bridge/app-kit';
import type { SellClient } from '@sell-bridge/sell-api';

/** The visitor in Sell, as the rules of the sidebars allow this rep to see it. */
export type VisitorRecords =
  | { kind: 'denied' }
  | { kind: 'ready'; leads: SellLead[]; persons: SellContact[]; companies: SellContact[]; viewer: SellUser | null };

/**
 * The leads and contacts with the visitor's email, through the sidebars' access path (docs/architecture.md §6): the
 * rep's Sell user (the context's user id, else by email) must pass the gate, and in `sell_users_only` mode only the
 * records the rule allows are kept. Leads and contacts are read in one parallel wave.
 */
export async function findVisitorRecords(
  sell: SellClient,
  settings: Settings,
  rep: { id: number; email: string },
  email: string,
  signal?: AbortSignal,
): Promise<VisitorRecords> {
  const options = signal ? { signal } : {};
  const access = await openSellAccess(sell, settings, { email: rep.email, sellUserId: rep.id }, signal);
  if (!access.decision.allowed) return { kind: 'denied' };
  const [leads, contacts] = await Promise.all([sell.findLeadsByEmail(email, options), sell.findContactsByEmail(email, options)]);
  const keep = new Set<SellLead | SellContact>(await access.visible([...leads, ...contacts.persons, ...contacts.companies]));
  const visible = <T extends SellLead | SellContact>(records: T[]): T[] => records.filter((r) => keep.has(r));
  return { kind: 'ready', leads: visible(leads), persons: visible(contacts.persons), companies: visible(contacts.companies), viewer: access.viewer };
}

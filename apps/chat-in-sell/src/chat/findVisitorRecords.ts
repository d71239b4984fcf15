import type { SellContact, SellLead, SellUser, Settings } from '@sell-bridge/core';
import { lookupRecords, openSellAccess } from '@sell-bridge/app-kit';
import type { SellClient } from '@sell-bridge/sell-api';

/** The visitor in Sell, as the rules of the sidebars allow this rep to see it. */
export type VisitorRecords =
  | { kind: 'denied' }
  | { kind: 'ready'; leads: SellLead[]; persons: SellContact[]; companies: SellContact[]; viewer: SellUser | null };

/**
 * The leads and contacts with the visitor's email, through the sidebars' access path (docs/architecture.md §6): the
 * rep's Sell user (the context's user id, else by email) must pass the gate, and in `sell_users_only` mode only the
 * records the rule allows are kept (app-kit's `lookupRecords`: leads and contacts in one parallel wave).
 */
export async function findVisitorRecords(
  sell: SellClient,
  settings: Settings,
  rep: { id: number; email: string },
  email: string,
  signal?: AbortSignal,
): Promise<VisitorRecords> {
  const access = await openSellAccess(sell, settings, { email: rep.email, sellUserId: rep.id }, signal);
  if (!access.decision.allowed) return { kind: 'denied' };
  const found = await lookupRecords(sell, { email, phone: null }, access, signal);
  return { kind: 'ready', leads: found.leads, persons: found.persons, companies: found.companies, viewer: access.viewer };
}

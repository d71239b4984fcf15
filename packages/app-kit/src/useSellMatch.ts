import { useQuery } from '@tanstack/react-query';
import {
  accessDecision,
  canSee,
  matchRecords,
  normalizeEmail,
  normalizePhone,
  type MatchResult,
  type Reason,
  type Settings,
  type SellContact,
  type SellLead,
  type SellUser,
} from '@sell-bridge/core';
import type { SellClient } from '@sell-bridge/sell-api';
import { useServices } from './services';

/** Who the conversation is with, as the host reports it (Support requester, Chat visitor). */
export interface ConversationIdentity {
  name: string | null;
  email: string | null;
  phone: string | null;
}

export type SellMatch =
  | { status: 'loading' }
  | { status: 'denied'; reason: Reason; agentEmail: string }
  | { status: 'error'; error: unknown; refetch: () => void; fetching: boolean }
  | { status: 'ready'; result: MatchResult; viewer: SellUser | null; users: readonly SellUser[]; refetch: () => void };

type Outcome =
  | { status: 'denied'; reason: Reason }
  | { status: 'ready'; result: MatchResult; viewer: SellUser | null; users: readonly SellUser[] };

/**
 * The sidebar's matching (ARCHITECTURE §3 steps 3–4): the access gate first (from the cached users list, so no
 * record request is made for an agent without access), then leads and contacts by email in one parallel wave, and
 * Search v3 by phone only when email found nothing (quietly skipped when the plan has no Search API).
 */
export async function findSellMatch(
  sell: SellClient,
  settings: Settings,
  agentEmail: string,
  identity: ConversationIdentity,
  signal?: AbortSignal,
): Promise<Outcome> {
  const users = await sell.listUsers(signal ? { signal } : {});
  const agent = normalizeEmail(agentEmail);
  const viewer = users.find((u) => u.email !== null && normalizeEmail(u.email) === agent) ?? null;
  const access = accessDecision(settings, viewer);
  if (!access.allowed) return { status: 'denied', reason: access.reason };

  const options = signal ? { signal } : {};
  const email = normalizeEmail(identity.email);
  let leads: SellLead[] = [];
  let contacts: SellContact[] = [];
  if (email) {
    const [foundLeads, foundContacts] = await Promise.all([sell.findLeadsByEmail(email, options), sell.findContactsByEmail(email, options)]);
    leads = foundLeads;
    contacts = [...foundContacts.persons, ...foundContacts.companies];
  }
  const phone = identity.phone ? normalizePhone(identity.phone) : null;
  if (leads.length === 0 && contacts.length === 0 && phone?.raw) {
    const query = { phone: phone.raw, ...(phone.nationalNumber ? { nationalNumber: phone.nationalNumber } : {}) };
    const [leadHits, contactHits] = await Promise.all([sell.searchLeadsByPhone(query, options), sell.searchContactsByPhone(query, options)]);
    if (leadHits.status === 'ok') leads = leadHits.records;
    if (contactHits.status === 'ok') contacts = contactHits.records;
  }
  if (settings.dataAccess === 'sell_users_only') {
    const directory = { users };
    leads = leads.filter((r) => canSee(r, viewer, directory));
    contacts = contacts.filter((r) => canSee(r, viewer, directory));
  }
  const persons = contacts.filter((c) => !c.is_organization);
  const companies = contacts.filter((c) => c.is_organization);
  return { status: 'ready', result: matchRecords(leads, [...persons, ...companies]), viewer, users };
}

/** Matches the conversation's identity against Sell, re-running when the identity changes (no stale results). */
export function useSellMatch(settings: Settings | null, agentEmail: string | null, identity: ConversationIdentity | null): SellMatch {
  const { sell } = useServices();
  const enabled = settings !== null && agentEmail !== null && identity !== null;
  const query = useQuery({
    queryKey: ['sell-match', settings?.dataAccess, agentEmail, identity?.email ?? null, identity?.phone ?? null],
    queryFn: ({ signal }) => findSellMatch(sell, settings!, agentEmail!, identity!, signal),
    enabled,
  });
  const refetch = () => void query.refetch();
  if (!enabled || query.isPending) return { status: 'loading' };
  if (query.isError) return { status: 'error', error: query.error, refetch, fetching: query.isFetching };
  const outcome = query.data;
  if (outcome.status === 'denied') return { status: 'denied', reason: outcome.reason, agentEmail: agentEmail };
  return { ...outcome, refetch };
}

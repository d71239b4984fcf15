import {
  accessDecision,
  canSee,
  matchRecords,
  normalizeEmail,
  normalizePhone,
  referenceNeeds,
  type MatchResult,
  type Reason,
  type SellContact,
  type SellLead,
  type SellUser,
  type Settings,
} from '@sell-bridge/core';
import type { SellClient } from '@sell-bridge/sell-api';
import { loadReference, type SellReference } from './loadReference';
import { loadRelated, type RelatedRecords } from './loadRelated';

/** Who the conversation is with, as the host reports it (Support requester, Chat visitor). */
export interface ConversationIdentity {
  name: string | null;
  email: string | null;
  phone: string | null;
}

/** The matched records with everything their cards need. */
export interface MatchedData {
  result: MatchResult;
  viewer: SellUser | null;
  users: readonly SellUser[];
  related: RelatedRecords;
  reference: SellReference;
}

/** What matching found: the agent may not see Sell data, or the records (possibly none). */
export type MatchOutcome = { status: 'denied'; reason: Reason } | ({ status: 'ready' } & MatchedData);

const NO_RELATED: RelatedRecords = { deals: [], companies: [], dealsFailed: false };
const NO_REFERENCE: SellReference = { leadSources: [], stages: [], customFields: { lead: [], contact: [], deal: [] }, complete: false };

async function firstWave(
  sell: SellClient,
  identity: ConversationIdentity,
  options: { signal?: AbortSignal },
): Promise<{ leads: SellLead[]; contacts: SellContact[] }> {
  const email = normalizeEmail(identity.email);
  if (email) {
    const [leads, contacts] = await Promise.all([sell.findLeadsByEmail(email, options), sell.findContactsByEmail(email, options)]);
    if (leads.length > 0 || contacts.persons.length > 0 || contacts.companies.length > 0) {
      return { leads, contacts: [...contacts.persons, ...contacts.companies] };
    }
  }
  const phone = identity.phone ? normalizePhone(identity.phone) : null;
  if (!phone?.raw) return { leads: [], contacts: [] };
  const query = { phone: phone.raw, ...(phone.nationalNumber ? { nationalNumber: phone.nationalNumber } : {}) };
  const [leadHits, contactHits] = await Promise.all([sell.searchLeadsByPhone(query, options), sell.searchContactsByPhone(query, options)]);
  // No Search API on the plan: quietly no phone match (the agent can still create a lead).
  return {
    leads: leadHits.status === 'ok' ? leadHits.records : [],
    contacts: contactHits.status === 'ok' ? contactHits.records : [],
  };
}

/**
 * The sidebar's matching (docs/architecture.md §3 steps 3–4). The access gate comes first, from the cached users list, so no
 * record request is made for an agent without access. Then wave 1: leads and contacts by email in parallel (Search v3
 * by phone only when email found nothing), with the reference lists the layout needs loading alongside from the
 * installation cache.
 * Then wave 2, one parallel wave: deals of the shown contacts and the companies of shown persons. On a warm cache a
 * person with deals and a company costs 4 Sell requests in 2 waves.
 */
export async function findSellMatch(
  sell: SellClient,
  settings: Settings,
  agentEmail: string,
  identity: ConversationIdentity,
  signal?: AbortSignal,
): Promise<MatchOutcome> {
  const options = signal ? { signal } : {};
  const users = await sell.listUsers(options);
  const agent = normalizeEmail(agentEmail);
  const viewer = users.find((u) => u.email !== null && normalizeEmail(u.email) === agent) ?? null;
  const access = accessDecision(settings, viewer);
  if (!access.allowed) return { status: 'denied', reason: access.reason };

  // Nobody to look for: no record request, and no reference data to format records with.
  if (!normalizeEmail(identity.email) && !identity.phone?.trim()) {
    return { status: 'ready', result: matchRecords([], []), viewer, users, related: NO_RELATED, reference: NO_REFERENCE };
  }

  // The record requests go first: the rate limiter serves callers in order, so on a cold cache the five reference
  // lists queue behind the match instead of in front of it.
  const firstWaveLoad = firstWave(sell, identity, options);
  const referenceLoad = loadReference(sell, referenceNeeds(settings.fieldLayout), signal);
  // Awaited after wave 2; until then a rejection (only an abort) must not count as unhandled.
  referenceLoad.catch(() => undefined);

  let { leads, contacts } = await firstWaveLoad;
  const visibility = settings.dataAccess === 'sell_users_only' ? { viewer, users } : null;
  if (visibility) {
    const directory = { users };
    leads = leads.filter((r) => canSee(r, viewer, directory));
    contacts = contacts.filter((r) => canSee(r, viewer, directory));
  }
  const result = matchRecords(leads, contacts);
  const shown = result.primary ? [result.primary, ...result.others] : [];
  const related = shown.some((m) => m.kind !== 'lead') ? await loadRelated(sell, shown, visibility, signal) : NO_RELATED;
  return { status: 'ready', result, viewer, users, related, reference: await referenceLoad };
}

import { normalizePhone, recordName, type SellContact, type SellLead, type SellLeadCreate } from '@sell-bridge/core';
import type { SellClient } from '@sell-bridge/sell-api';
import type { ExistingRecord } from '@sell-bridge/ui';
import { lookupRecords } from '../match/lookupRecords';
import type { SellAccess } from '../match/sellAccess';

/** What the duplicate check found for an email: records to link to, and how many the agent may not see. */
export interface ExistingMatches {
  email: string;
  records: ExistingRecord[];
  hiddenCount: number;
  /** Every lead id found, visible or not: after a lost answer, a lead outside this set is the one just created. */
  leadIds: number[];
  /** Every record key found (`lead:1`, `contact:2`), to tell whether "create anyway" already covered them. */
  keys: string[];
}

/**
 * The duplicate check before a POST: leads and contacts with this email, through the one lookup path. In
 * `sell_users_only` mode, records the agent could not see in Sell are counted but not named (docs/architecture.md §6).
 */
export async function findExisting(sell: SellClient, email: string, access: SellAccess): Promise<ExistingMatches> {
  const found = await lookupRecords(sell, { email, phone: null }, access);
  const item = (record: SellLead | SellContact): ExistingRecord => ({
    kind: 'is_organization' in record ? (record.is_organization ? 'company' : 'person') : 'lead',
    id: record.id,
    name: recordName(record),
  });
  return {
    email,
    records: [...found.leads, ...found.persons, ...found.companies].map(item),
    hiddenCount: found.hiddenCount,
    leadIds: found.found.leads.map((lead) => lead.id),
    keys: [...found.found.leads.map((lead) => `lead:${lead.id}`), ...found.found.contacts.map((contact) => `contact:${contact.id}`)],
  };
}

/** What a lookup after a lost answer tells: the lead is there, it is not, or there was no way to know. */
export type LookupOutcome = { status: 'found'; lead: SellLead } | { status: 'absent' } | { status: 'unknown' };

const same = (a: string | null | undefined, b: string | undefined): boolean => (a ?? '').trim() === (b ?? '').trim();

function looksLikeOurs(lead: SellLead, body: SellLeadCreate): boolean {
  return same(lead.first_name, body.first_name) && same(lead.last_name, body.last_name) && same(lead.organization_name, body.organization_name);
}

function newest(leads: SellLead[]): SellLead | null {
  return leads.reduce<SellLead | null>((best, lead) => (best === null || lead.id > best.id ? lead : best), null);
}

/**
 * After a POST whose answer never came (timeout, network): was the lead created anyway? By email, a lead that was not
 * there at the duplicate check and carries the names we sent is ours. Without an email, Search v3 by phone with the
 * same names (found or `unknown`: the search index lags). Without either, or when the lookup fails: `unknown`.
 */
export async function findCreatedLead(sell: SellClient, body: SellLeadCreate, knownLeadIds: readonly number[]): Promise<LookupOutcome> {
  try {
    if (body.email) {
      const known = new Set(knownLeadIds);
      const leads = await sell.findLeadsByEmail(body.email);
      const lead = newest(leads.filter((candidate) => !known.has(candidate.id) && looksLikeOurs(candidate, body)));
      return lead ? { status: 'found', lead } : { status: 'absent' };
    }
    if (body.phone) {
      const phone = normalizePhone(body.phone);
      const query = { phone: phone.raw, ...(phone.nationalNumber ? { nationalNumber: phone.nationalNumber } : {}) };
      const outcome = await sell.searchLeadsByPhone(query);
      if (outcome.status !== 'ok') return { status: 'unknown' };
      const lead = newest(outcome.records.filter((candidate) => looksLikeOurs(candidate, body)));
      // Search v3 is indexed with a delay: not finding a lead there does not prove it was not created.
      return lead ? { status: 'found', lead } : { status: 'unknown' };
    }
    return { status: 'unknown' };
  } catch {
    return { status: 'unknown' };
  }
}

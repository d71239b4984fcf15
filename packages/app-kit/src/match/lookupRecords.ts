import { normalizeEmail, normalizePhone, type SellContact, type SellLead } from '@sell-bridge/core';
import type { SellClient } from '@sell-bridge/sell-api';
import type { SellAccess } from './sellAccess';

/** What a lookup searches by: an email, a phone number, or both (email first). */
export interface LookupIdentity {
  email: string | null;
  phone: string | null;
}

/** The records found for an identity, as one agent may see them. */
export interface RecordLookup {
  leads: SellLead[];
  /** Persons and companies in Sell's order; `persons` and `companies` split them. */
  contacts: SellContact[];
  persons: SellContact[];
  companies: SellContact[];
  /** Everything Sell answered, visible or not: the duplicate check counts what it may not name. */
  found: { leads: SellLead[]; contacts: SellContact[] };
  /** How many found records this agent may not see. */
  hiddenCount: number;
  /** True when only a phone number was left to search and the Sell plan has no Search API: "none" is then unproven. */
  phoneUnsearchable: boolean;
  access: SellAccess;
}

async function search(
  sell: SellClient,
  identity: LookupIdentity,
  options: { signal?: AbortSignal },
): Promise<{ leads: SellLead[]; contacts: SellContact[]; phoneUnsearchable: boolean }> {
  const email = normalizeEmail(identity.email);
  if (email) {
    const [leads, contacts] = await Promise.all([sell.findLeadsByEmail(email, options), sell.findContactsByEmail(email, options)]);
    if (leads.length > 0 || contacts.persons.length > 0 || contacts.companies.length > 0) {
      return { leads, contacts: [...contacts.persons, ...contacts.companies], phoneUnsearchable: false };
    }
  }
  const phone = identity.phone ? normalizePhone(identity.phone) : null;
  if (!phone?.raw) return { leads: [], contacts: [], phoneUnsearchable: false };
  const query = { phone: phone.raw, ...(phone.nationalNumber ? { nationalNumber: phone.nationalNumber } : {}) };
  const [leadHits, contactHits] = await Promise.all([sell.searchLeadsByPhone(query, options), sell.searchContactsByPhone(query, options)]);
  return {
    leads: leadHits.status === 'ok' ? leadHits.records : [],
    contacts: contactHits.status === 'ok' ? contactHits.records : [],
    phoneUnsearchable: leadHits.status === 'search_unavailable' || contactHits.status === 'search_unavailable',
  };
}

/**
 * The one way to find a customer's leads and contacts in Sell: by email (leads and contacts in one parallel wave),
 * by phone through Search v3 only when the email found nothing, then filtered by the agent's access (`sellAccess`,
 * docs/architecture.md §6). The sidebar match, the duplicate check before a POST and Chat-in-Sell's visitor records
 * all go through here, so a new lookup writes no access code. `access` may still be on its way: the record requests
 * go out first (the rate limiter serves callers in order) and the filter waits for it.
 */
export async function lookupRecords(
  sell: SellClient,
  identity: LookupIdentity,
  access: SellAccess | Promise<SellAccess>,
  signal?: AbortSignal,
): Promise<RecordLookup> {
  const [found, ready] = await Promise.all([search(sell, identity, signal ? { signal } : {}), access]);
  const all: (SellLead | SellContact)[] = [...found.leads, ...found.contacts];
  const allowed = new Set<SellLead | SellContact>(await ready.visible(all));
  const contacts = found.contacts.filter((contact) => allowed.has(contact));
  return {
    leads: found.leads.filter((lead) => allowed.has(lead)),
    contacts,
    persons: contacts.filter((contact) => !contact.is_organization),
    companies: contacts.filter((contact) => contact.is_organization),
    found: { leads: found.leads, contacts: found.contacts },
    hiddenCount: all.filter((record) => !allowed.has(record)).length,
    phoneUnsearchable: found.phoneUnsearchable,
    access: ready,
  };
}

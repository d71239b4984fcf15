import type { SellContact, SellDeal, SellLead } from '@sell-bridge/core';
import { HOSTILE, ID_BASE } from './fixtures';
import { INDUSTRIES, pickCompany, pickName, TITLES } from './names';
import { pickPhone } from './phone';
import type { Random } from './random';
import { blankContact, blankDeal, blankLead, longDescription, pickAddress, pickCustomValues, pickStamps } from './records';
import type { SandboxCustomField, SandboxLeadStatus, SandboxStage } from './types';

/** How many generated records to add on top of the fixtures. */
export interface RecordCounts {
  leads: number;
  persons: number;
  companies: number;
  deals: number;
}

/** What the generators draw from. */
export interface Context {
  random: Random;
  owners: number[];
  creatorId: number;
  statuses: SandboxLeadStatus[];
  sourceIds: number[];
  stages: SandboxStage[];
  fields: Record<'lead' | 'contact' | 'deal', SandboxCustomField[]>;
}

const TAGS = ['vip', 'chat', 'newsletter', 'partner', 'renewal', 'ñandú', 'タグ'];

// Deterministic positions for hostile values, so every seed has them.
const isHostile = (i: number): boolean => i % 97 === 13;
const isLong = (i: number): boolean => i % 211 === 5;

/** Generated leads with ids from `firstId`. */
function seedLeads(ctx: Context, firstId: number, count: number): SellLead[] {
  const { random } = ctx;
  const leads: SellLead[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = firstId + i;
    const [created, updated] = pickStamps(random);
    const lead = blankLead(id, created, updated);
    const name = pickName(random);
    const company = random.chance(0.6) ? pickCompany(random, id % 5000) : null;
    const orgOnly = company !== null && random.chance(0.1);
    lead.first_name = orgOnly ? null : name.first;
    lead.last_name = orgOnly ? null : name.last;
    lead.organization_name = company?.name ?? null;
    if (random.chance(0.9)) lead.email = `${name.asciiFirst}.${name.asciiLast}.l${id}@${company?.domain ?? 'mail.example'}`;
    if (random.chance(0.7)) lead.phone = pickPhone(random);
    if (random.chance(0.3)) lead.mobile = pickPhone(random);
    lead.creator_id = ctx.creatorId;
    lead.owner_id = random.pick(ctx.owners);
    lead.status = random.pick(ctx.statuses).name;
    lead.source_id = random.chance(0.8) ? random.pick(ctx.sourceIds) : null;
    lead.title = random.chance(0.5) ? random.pick(TITLES) : null;
    lead.industry = random.chance(0.5) ? random.pick(INDUSTRIES) : null;
    lead.website = company ? `https://${company.domain}` : null;
    lead.address = random.chance(0.4) ? pickAddress(random) : null;
    lead.tags = random.chance(0.3) ? [random.pick(TAGS)] : [];
    if (random.chance(0.4)) lead.custom_fields = pickCustomValues(ctx.fields.lead, random);
    if (isHostile(i)) {
      lead.title = HOSTILE.xss;
      lead.website = HOSTILE.scriptUrl;
      lead.first_name = `${name.first} 🎉`;
    }
    if (isLong(i)) lead.description = longDescription();
    leads.push(lead);
  }
  return leads;
}

/** Generated companies then persons (most persons belong to a company); some persons reuse a lead's email. */
function seedContacts(ctx: Context, firstId: number, counts: RecordCounts, leads: readonly SellLead[]): SellContact[] {
  const { random } = ctx;
  const contacts: SellContact[] = [];
  const companyFields = ctx.fields.contact.filter((f) => f.for_organisation);
  const personFields = ctx.fields.contact.filter((f) => f.for_contact);
  for (let i = 0; i < counts.companies; i += 1) {
    const id = firstId + i;
    const [created, updated] = pickStamps(random);
    const company = pickCompany(random, 5000 + i);
    const c = blankContact(id, true, created, updated);
    c.name = company.name;
    c.email = random.chance(0.7) ? `info@${company.domain}` : null;
    c.website = isHostile(i) ? HOSTILE.scriptUrl : `https://${company.domain}`;
    c.phone = random.chance(0.6) ? pickPhone(random) : null;
    c.industry = random.pick(INDUSTRIES);
    c.customer_status = random.pick(['none', 'current', 'past']);
    c.address = pickAddress(random);
    c.creator_id = ctx.creatorId;
    c.owner_id = random.pick(ctx.owners);
    if (random.chance(0.4)) c.custom_fields = pickCustomValues(companyFields, random);
    contacts.push(c);
  }
  const companies = contacts.slice();
  const leadEmails = leads.map((l) => l.email).filter((e): e is string => e !== null);
  for (let i = 0; i < counts.persons; i += 1) {
    const id = firstId + counts.companies + i;
    const [created, updated] = pickStamps(random);
    const name = pickName(random);
    const p = blankContact(id, false, created, updated);
    const company = companies.length > 0 && random.chance(0.7) ? random.pick(companies) : null;
    p.contact_id = company?.id ?? null;
    p.first_name = name.first;
    p.last_name = name.last;
    p.name = `${name.first} ${name.last}`;
    // About 5% of persons share an email with a lead (converted or duplicated prospects).
    if (leadEmails.length > 0 && random.chance(0.05)) p.email = random.pick(leadEmails);
    else if (random.chance(0.85)) p.email = `${name.asciiFirst}.${name.asciiLast}.p${id}@people.example`;
    p.phone = random.chance(0.6) ? pickPhone(random) : null;
    p.mobile = random.chance(0.3) ? pickPhone(random) : null;
    p.title = random.chance(0.6) ? random.pick(TITLES) : null;
    p.customer_status = random.pick(['none', 'current', 'past']);
    p.prospect_status = random.pick(['none', 'current', 'lost']);
    p.creator_id = ctx.creatorId;
    p.owner_id = random.pick(ctx.owners);
    p.tags = random.chance(0.2) ? [random.pick(TAGS)] : [];
    if (isHostile(i)) p.title = HOSTILE.xss;
    if (isLong(i)) p.description = longDescription();
    if (random.chance(0.4)) p.custom_fields = pickCustomValues(personFields, random);
    contacts.push(p);
  }
  return contacts;
}

const PRODUCTS = ['Seats', 'Onboarding', 'Premium support', 'Licencia anual', '年間契約'];

/** Generated deals on persons (with their company as organization) or directly on companies. */
function seedDeals(ctx: Context, firstId: number, count: number, contacts: readonly SellContact[]): SellDeal[] {
  const { random } = ctx;
  const deals: SellDeal[] = [];
  if (contacts.length === 0) return deals;
  const byId = new Map(contacts.map((c) => [c.id, c]));
  for (let i = 0; i < count; i += 1) {
    const id = firstId + i;
    const [created, updated] = pickStamps(random);
    const contact = random.pick(contacts);
    const org = contact.is_organization ? contact : contact.contact_id !== null ? byId.get(contact.contact_id) : undefined;
    const deal = blankDeal(id, `${org?.name ?? contact.name ?? 'Deal'} – ${random.pick(PRODUCTS)}`, created, updated);
    deal.contact_id = contact.id;
    deal.organization_id = org?.id ?? null;
    deal.creator_id = ctx.creatorId;
    deal.owner_id = random.pick(ctx.owners);
    deal.stage_id = random.pick(ctx.stages).id;
    deal.source_id = random.chance(0.5) ? random.pick(ctx.sourceIds) : null;
    // Sell sends decimals as strings at times; keep both forms in the data.
    deal.value = random.chance(0.2) ? `${random.int(100, 99_999)}.${random.int(10, 99)}` : random.int(100, 250_000);
    deal.currency = random.pick(['EUR', 'USD', 'GBP', 'JPY']);
    deal.hot = random.chance(0.2);
    deal.estimated_close_date = random.chance(0.7) ? `2026-0${random.int(1, 9)}-${String(random.int(10, 28))}` : null;
    deal.customized_win_likelihood = random.chance(0.2) ? random.int(0, 100) : null;
    deal.last_stage_change_at = updated;
    deal.tags = random.chance(0.2) ? [random.pick(TAGS)] : [];
    if (random.chance(0.4)) deal.custom_fields = pickCustomValues(ctx.fields.deal, random);
    deals.push(deal);
  }
  return deals;
}

interface Planted {
  leads: SellLead[];
  contacts: SellContact[];
  deals: SellDeal[];
}

/** Planted fixture records plus generated ones up to the preset's totals; generated ids follow the fixtures'. */
export function seedRecords(ctx: Context, planted: Planted, totals: RecordCounts): Planted {
  const nextId = (items: readonly { id: number }[], fallback: number): number => (items.at(-1)?.id ?? fallback - 1) + 1;
  const plantedCompanies = planted.contacts.filter((c) => c.is_organization).length;
  const leads = [...planted.leads, ...seedLeads(ctx, nextId(planted.leads, ID_BASE.lead), Math.max(0, totals.leads - planted.leads.length))];
  const generatedContacts = seedContacts(
    ctx,
    nextId(planted.contacts, ID_BASE.contact),
    {
      ...totals,
      companies: Math.max(0, totals.companies - plantedCompanies),
      persons: Math.max(0, totals.persons - (planted.contacts.length - plantedCompanies)),
    },
    leads,
  );
  const contacts = [...planted.contacts, ...generatedContacts];
  const deals = [...planted.deals, ...seedDeals(ctx, nextId(planted.deals, ID_BASE.deal), Math.max(0, totals.deals - planted.deals.length), contacts)];
  return { leads, contacts, deals };
}

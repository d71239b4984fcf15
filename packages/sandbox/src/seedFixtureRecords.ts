import type { SellContact, SellDeal, SellLead } from '@sell-bridge/core';
import { fixtures, HOSTILE } from './fixtures';
import { blankContact, blankDeal, blankLead, longDescription, pickCustomValues, pickStamps } from './records';
import type { Random } from './random';
import type { SandboxCustomField, SandboxStage } from './types';

interface Reference {
  fields: Record<'lead' | 'contact' | 'deal', SandboxCustomField[]>;
  stages: SandboxStage[];
  sourceIds: number[];
}

/** The planted leads, contacts and deals of `fixtures` (fixed ids; values from a fixed-seed generator). */
export function seedFixtureRecords(random: Random, ref: Reference): { leads: SellLead[]; contacts: SellContact[]; deals: SellDeal[] } {
  const f = fixtures;
  const owner = f.regularUser.id;
  const lead = (id: number, patch: Partial<SellLead>): SellLead => {
    const [created, updated] = pickStamps(random);
    return { ...blankLead(id, created, updated), creator_id: f.adminUser.id, owner_id: owner, status: 'New', ...patch };
  };
  const leads = [
    lead(f.leadOnly.id, {
      first_name: 'Lucía',
      last_name: 'Fernández',
      organization_name: 'Fernández Consulting',
      email: f.leadOnly.email,
      phone: '+34 612 345 678',
      source_id: ref.sourceIds[0] ?? null,
      tags: ['chat', 'vip'],
      address: { line1: 'Calle Mayor 1', city: 'Madrid', postal_code: '28013', state: null, country: 'ES' },
      custom_fields: pickCustomValues(ref.fields.lead, random),
    }),
    lead(f.sharedEmail.leadId, { first_name: 'Sam', last_name: 'Taylor', organization_name: 'Taylor & Co', email: f.sharedEmail.email, status: 'Working' }),
    lead(f.phoneOnlyLead.id, { first_name: '由紀', last_name: '田中', organization_name: 'さくら 株式会社', phone: f.phoneOnlyLead.phone }),
    lead(f.hostile.leadId, {
      first_name: HOSTILE.xss,
      last_name: 'Payload "quotes" & <b>bold</b> 😈',
      organization_name: 'Evil Corp 🦹 </div><script>alert(1)</script>',
      title: HOSTILE.xss,
      email: f.hostile.leadEmail,
      website: HOSTILE.scriptUrl,
      linkedin: HOSTILE.scriptUrl,
      description: longDescription(),
      tags: [HOSTILE.xss, '🔥'],
      custom_fields: pickCustomValues(ref.fields.lead, random, true),
    }),
    lead(f.rtlLead.id, { first_name: 'ليلى', last_name: 'حداد', organization_name: 'شركة النخيل', email: f.rtlLead.email, phone: '+971 4 555 0101' }),
    lead(f.hiddenLead.id, { first_name: 'Private', last_name: 'Prospect', email: f.hiddenLead.email, owner_id: f.hiddenLead.ownerId }),
  ];

  const contact = (id: number, isOrg: boolean, patch: Partial<SellContact>): SellContact => {
    const [created, updated] = pickStamps(random);
    return { ...blankContact(id, isOrg, created, updated), creator_id: f.adminUser.id, owner_id: owner, ...patch };
  };
  const contacts = [
    contact(f.company.id, true, {
      name: f.company.name,
      email: f.company.email,
      website: 'https://nordlicht.example',
      industry: 'Software',
      customer_status: 'current',
      phone: '+49 30 1234500',
      address: { line1: 'Friedrichstraße 100', city: 'Berlin', postal_code: '10117', state: null, country: 'DE' },
      custom_fields: pickCustomValues(ref.fields.contact.filter((c) => c.for_organisation), random),
    }),
    contact(f.personWithDeals.id, false, {
      contact_id: f.company.id,
      name: f.personWithDeals.name,
      first_name: 'Ana',
      last_name: 'García',
      title: 'Head of Sales',
      email: f.personWithDeals.email,
      phone: '+49 30 1234567',
      mobile: '+49 151 2345678',
      customer_status: 'current',
      tags: ['key-account'],
      custom_fields: pickCustomValues(ref.fields.contact.filter((c) => c.for_contact), random),
    }),
    contact(f.sharedEmail.contactId, false, { name: 'Sam Taylor', first_name: 'Sam', last_name: 'Taylor', email: f.sharedEmail.email }),
    contact(f.hostile.contactId, false, {
      name: `🔥 Zoë ${HOSTILE.xss}`,
      first_name: '🔥 Zoë',
      last_name: HOSTILE.xss,
      title: HOSTILE.xss,
      email: f.hostile.contactEmail,
      website: HOSTILE.scriptUrl,
      description: longDescription(),
      custom_fields: pickCustomValues(ref.fields.contact.filter((c) => c.for_contact), random, true),
    }),
    contact(f.phoneOnlyPerson.id, false, { name: f.phoneOnlyPerson.name, first_name: 'נועה', last_name: 'כהן', phone: f.phoneOnlyPerson.phone }),
  ];

  const stage = (i: number): number | null => ref.stages[i]?.id ?? null;
  const deal = (id: number, name: string, patch: Partial<SellDeal>): SellDeal => {
    const [created, updated] = pickStamps(random);
    return { ...blankDeal(id, name, created, updated), creator_id: f.adminUser.id, owner_id: owner, currency: 'EUR', ...patch };
  };
  const [d1, d2, d3] = f.personWithDeals.dealIds;
  const deals = [
    deal(d1, 'Nordlicht – 50 seats', { contact_id: f.personWithDeals.id, organization_id: f.company.id, stage_id: stage(2), value: 25000, hot: true, estimated_close_date: '2026-03-31', custom_fields: pickCustomValues(ref.fields.deal, random) }),
    deal(d2, 'Nordlicht – Onboarding', { contact_id: f.personWithDeals.id, organization_id: f.company.id, stage_id: stage(4), value: '4999.50' }),
    deal(d3, 'Nordlicht – Renewal 2026', { contact_id: f.personWithDeals.id, organization_id: f.company.id, stage_id: stage(0), value: 12000, currency: 'USD' }),
  ];
  return { leads, contacts, deals };
}

import type { CustomFieldType } from '@sell-bridge/core';
import { fixtures } from './fixtures';
import { nationalNumber } from './phone';
import { PRESET_SIZES, seedState } from './seedState';

const state = seedState(1, 'default');

describe('seeded data', () => {
  it('is the same for the same seed and differs for another seed', () => {
    expect(seedState(1, 'default')).toEqual(state);
    const other = seedState(2, 'default');
    expect(other.leads.slice(10, 20)).not.toEqual(state.leads.slice(10, 20));
    expect(other.tokens.sell).not.toBe(state.tokens.sell);
  });

  it('has the default preset sizes', () => {
    expect(state.users).toHaveLength(120);
    expect(state.leads).toHaveLength(2000);
    expect(state.contacts.filter((c) => !c.is_organization)).toHaveLength(1500);
    expect(state.contacts.filter((c) => c.is_organization)).toHaveLength(300);
    expect(state.deals).toHaveLength(800);
    expect(state.chats).toHaveLength(200);
    expect(state.tickets).toHaveLength(300);
    expect(state.statuses.map((s) => s.name)).toContain('New');
    expect(state.statuses).toHaveLength(6);
    expect(state.sources).toHaveLength(8);
  });

  it('gives every record a unique id', () => {
    for (const list of [state.users, state.leads, state.contacts, state.deals, state.chats, state.tickets, state.supportUsers]) {
      expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
    }
  });

  it('issues a 64-character Sell token and a chat token', () => {
    expect(state.tokens.sell).toMatch(/^[0-9a-f]{64}$/);
    expect(state.tokens.chat.length).toBeGreaterThan(20);
  });

  it('has 2-3 admins, about 8 inactive users, groups and managers', () => {
    const admins = state.users.filter((u) => u.role === 'admin');
    expect(admins.length).toBeGreaterThanOrEqual(2);
    expect(admins.length).toBeLessThanOrEqual(3);
    const inactive = state.users.filter((u) => u.status === 'inactive').length;
    expect(inactive).toBeGreaterThanOrEqual(6);
    expect(inactive).toBeLessThanOrEqual(10);
    expect(new Set(state.users.flatMap((u) => (u.group ? [u.group.id] : []))).size).toBeGreaterThanOrEqual(3);
    const ids = new Set(state.users.map((u) => u.id));
    const managed = state.users.filter((u) => u.reports_to !== null);
    expect(managed.length).toBeGreaterThan(10);
    expect(managed.every((u) => ids.has(u.reports_to!))).toBe(true);
  });

  it('marks exactly the three distribution pools as phantom users with active members', () => {
    const phantoms = state.users.filter((u) => u.sell_login_disabled);
    expect(phantoms.map((u) => u.id).sort()).toEqual(state.distributions.map((d) => d.userId).sort());
    expect(phantoms.every((u) => u.identity_type === 'person' && u.name.startsWith('Round Robin – '))).toBe(true);
    for (const pool of state.distributions) {
      expect(pool.memberIds.length).toBeGreaterThan(0);
      expect(pool.memberIds.every((id) => state.users.some((u) => u.id === id && !u.sell_login_disabled))).toBe(true);
    }
  });

  it('defines custom fields of every Sell type on leads, contacts and deals', () => {
    const types: CustomFieldType[] = ['string', 'text', 'number', 'bool', 'date', 'datetime', 'email', 'phone', 'url', 'address', 'list', 'multi_select_list'];
    for (const resource of ['lead', 'contact', 'deal'] as const) {
      expect(state.customFields[resource].map((f) => f.type).sort()).toEqual([...types].sort());
      expect(state.customFields[resource].filter((f) => f.type.includes('list')).every((f) => (f.choices ?? []).length > 0)).toBe(true);
    }
  });

  it.each([
    ['accented Latin', /[éñüøçöł]/i],
    ['Japanese', /[\u3040-\u30ff\u4e00-\u9fff]/],
    ['Arabic', /[\u0600-\u06ff]/],
    ['Hebrew', /[\u0590-\u05ff]/],
  ])('has names in %s script', (_script, pattern) => {
    expect(state.leads.some((l) => pattern.test(`${l.first_name ?? ''} ${l.last_name ?? ''}`))).toBe(true);
    expect(state.contacts.some((c) => pattern.test(c.name ?? ''))).toBe(true);
  });

  it('carries hostile values: XSS in text, javascript: URLs, a 5,000-character description and emoji', () => {
    const hostile = state.leads.find((l) => l.id === fixtures.hostile.leadId)!;
    expect(hostile.first_name).toBe(fixtures.hostile.xss);
    expect(hostile.website).toBe(fixtures.hostile.scriptUrl);
    expect(hostile.description).toHaveLength(5000);
    expect(state.leads.filter((l) => l.title === fixtures.hostile.xss).length).toBeGreaterThan(5);
    expect(state.contacts.some((c) => c.website === fixtures.hostile.scriptUrl)).toBe(true);
    expect(state.leads.some((l) => /\p{Extended_Pictographic}/u.test(l.first_name ?? ''))).toBe(true);
  });

  it('plants the named fixtures', () => {
    const lead = (id: number) => state.leads.find((l) => l.id === id);
    const contact = (id: number) => state.contacts.find((c) => c.id === id);
    expect(lead(fixtures.leadOnly.id)?.email).toBe(fixtures.leadOnly.email);
    expect(state.contacts.some((c) => c.email === fixtures.leadOnly.email)).toBe(false);
    expect(lead(fixtures.sharedEmail.leadId)?.email).toBe(contact(fixtures.sharedEmail.contactId)?.email);
    expect(lead(fixtures.phoneOnlyLead.id)).toMatchObject({ email: null, phone: fixtures.phoneOnlyLead.phone });
    expect(nationalNumber(fixtures.phoneOnlyLead.phone)).toBe(fixtures.phoneOnlyLead.nationalNumber);
    expect(contact(fixtures.personWithDeals.id)).toMatchObject({ email: fixtures.personWithDeals.email, contact_id: fixtures.company.id });
    expect(state.deals.filter((d) => d.contact_id === fixtures.personWithDeals.id).map((d) => d.id)).toEqual(fixtures.personWithDeals.dealIds);
    const everyEmail = [...state.leads, ...state.contacts].map((r) => r.email);
    expect(everyEmail).not.toContain(fixtures.noMatch.email);
    expect(state.users.find((u) => u.id === fixtures.regularUser.id)).toMatchObject({ role: 'user', group: fixtures.regularUser.group, reports_to: fixtures.managerUser.id });
  });

  it('keeps fixtures identical whatever the seed', () => {
    const other = seedState(99, 'default');
    expect(other.leads.slice(0, 6)).toEqual(state.leads.slice(0, 6));
    expect(other.chats.find((c) => c.id === fixtures.knownChatId)).toEqual(state.chats.find((c) => c.id === fixtures.knownChatId));
  });

  it('deliberately shares emails between leads, persons, chats and tickets', () => {
    const leadEmails = new Set(state.leads.map((l) => l.email));
    const personEmails = new Set(state.contacts.filter((c) => !c.is_organization).map((c) => c.email));
    expect(state.contacts.filter((c) => c.email !== null && leadEmails.has(c.email)).length).toBeGreaterThan(20);
    expect(state.chats.filter((c) => leadEmails.has(c.visitor.email)).length).toBeGreaterThan(30);
    expect(state.chats.filter((c) => personEmails.has(c.visitor.email)).length).toBeGreaterThan(20);
    expect(state.chats.filter((c) => c.visitor.email === fixtures.leadOnly.email)).toHaveLength(fixtures.leadOnly.chatCount);
    const requesterEmail = new Map(state.supportUsers.map((u) => [u.id, u.email]));
    const ticketEmails = state.tickets.map((t) => requesterEmail.get(t.requester_id));
    expect(ticketEmails.filter((e) => e === fixtures.personWithDeals.email)).toHaveLength(fixtures.personWithDeals.ticketCount);
    expect(ticketEmails.filter((e) => e !== undefined && e !== null && (leadEmails.has(e) || personEmails.has(e))).length).toBeGreaterThan(60);
  });

  it.each([1, 5, 7, 42])('gives each email one Support user and keeps the fixture ticket counts (seed %i)', (seed) => {
    const seeded = seed === 1 ? state : seedState(seed, 'default');
    const emails = seeded.supportUsers.flatMap((u) => (u.email ? [u.email.toLowerCase()] : []));
    expect(new Set(emails).size).toBe(emails.length);
    const ticketsOf = (email: string) => {
      const user = seeded.supportUsers.find((u) => u.email === email);
      return seeded.tickets.filter((ticket) => ticket.requester_id === user?.id).length;
    };
    for (const f of [fixtures.leadOnly, fixtures.personWithDeals, fixtures.noMatch]) expect(ticketsOf(f.email)).toBe(f.ticketCount);
  });

  it('seeds three installations with non-secure settings and keeps tokens apart', () => {
    expect(state.installations.map((i) => [i.id, i.product])).toEqual([
      [fixtures.installations.sellInChat, 'chat'],
      [fixtures.installations.sellInSupport, 'support'],
      [fixtures.installations.chatInSell, 'sell'],
    ]);
    const sellInChat = state.installations[0]!;
    expect(sellInChat.settings).toMatchObject({ data_access: 'sell_users_only', lead_status: 'New', save_transcripts: true });
    expect(JSON.stringify(state.installations.map((i) => i.settings))).not.toContain(state.tokens.sell);
  });

  it('empty preset keeps reference data but no records', () => {
    const empty = seedState(1, 'empty');
    expect(empty.users.map((u) => u.id)).toContain(fixtures.adminUser.id);
    expect([empty.leads, empty.contacts, empty.deals, empty.chats, empty.tickets].every((list) => list.length === 0)).toBe(true);
    expect(empty.statuses.length).toBe(6);
    expect(empty.installations).toHaveLength(3);
  });

  it('builds the scale preset (10,000 users, 100,000 leads) quickly', () => {
    const started = performance.now();
    const scale = seedState(1, 'scale');
    const elapsed = performance.now() - started;
    console.info(`[sandbox] scale preset seeded in ${Math.round(elapsed)} ms`);
    expect(scale.users).toHaveLength(PRESET_SIZES.scale.users);
    expect(scale.leads).toHaveLength(PRESET_SIZES.scale.leads);
    expect(elapsed).toBeLessThan(5000);
  });
});

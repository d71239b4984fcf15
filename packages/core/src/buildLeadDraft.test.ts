import fc from 'fast-check';
import type { LeadDraft, LeadIdentity, LeadOrigin } from './buildLeadDraft';
import { buildLeadDraft, describeLeadOrigin, draftRegion, leadOriginTags, toLeadCreate } from './buildLeadDraft';
import { LEAD_LIMITS } from './leadDraft';
import { normalizeEmail } from './normalizePhone';
import { validateLeadDraft } from './validateLeadDraft';

const settings = { leadStatus: 'New', leadSource: 'Zendesk Chat' };
const chat: LeadOrigin = { kind: 'chat', chatId: '1712.4987.Qe', url: 'https://acme.zendesk.com/chat/agent#chats/1712.4987.Qe' };
const ticket: LeadOrigin = { kind: 'ticket', ticketId: 123, url: 'https://acme.zendesk.com/agent/tickets/123' };

it('prefills names, email, phone, status and source from the identity and settings', () => {
  const draft = buildLeadDraft({ name: 'Ann Lee', email: ' Ann@Acme.io ', phone: '+33 1 23 45 67 89' }, settings, chat);
  expect(draft).toMatchObject({
    first_name: 'Ann',
    last_name: 'Lee',
    organization_name: '',
    email: 'ann@acme.io',
    phone: '+33 1 23 45 67 89',
    title: '',
    status: 'New',
    sourceName: 'Zendesk Chat',
  });
});

it('fills the company from the requester organisation', () => {
  expect(buildLeadDraft({ name: 'Ann Lee', organization: ' Acme ' }, settings, ticket).organization_name).toBe('Acme');
});

it('leaves the source empty when none is configured', () => {
  expect(buildLeadDraft({ name: 'Ann' }, { leadStatus: ' New ', leadSource: null }, chat)).toMatchObject({ sourceName: '', status: 'New' });
});

it.each<[string, LeadOrigin, string[]]>([
  ['a ticket', ticket, ['zendesk-support', 'ticket-123']],
  ['a ticket with a string id', { kind: 'ticket', ticketId: ' 77 ' }, ['zendesk-support', 'ticket-77']],
  ['a chat', chat, ['zendesk-chat', 'chat']],
])('tags a lead from %s so it points back', (_label, origin, tags) => {
  expect(leadOriginTags(origin)).toEqual(tags);
  expect(buildLeadDraft({ name: 'Ann' }, settings, origin).tags).toEqual(tags);
});

it('links the ticket in the default description', () => {
  const { description } = buildLeadDraft({ name: 'Ann' }, settings, ticket);
  expect(description).toContain('#123');
  expect(description).toContain('https://acme.zendesk.com/agent/tickets/123');
});

it('names the chat id and its link in the default description', () => {
  const { description } = buildLeadDraft({ name: 'Ann' }, settings, chat);
  expect(description).toContain('1712.4987.Qe');
  expect(description).toContain(chat.url);
});

it.each([['javascript:alert(1)'], ['/agent/tickets/123'], ['https://acme zendesk.com'], ['']])(
  'leaves out a link that is not an absolute http(s) URL: %s',
  (url) => {
    expect(buildLeadDraft({ name: 'Ann' }, settings, { ...ticket, url }).description).not.toContain(url || 'https');
  },
);

it('lets the caller write the description, with the safe link and leftovers', () => {
  const describe = vi.fn(() => 'Créé depuis le ticket 123');
  const draft = buildLeadDraft({ name: 'Ann', email: 'ann@', phone: 'desk 4' }, settings, ticket, { describe });
  expect(draft.description).toBe('Créé depuis le ticket 123');
  expect(describe).toHaveBeenCalledWith({ origin: ticket, url: ticket.url, unparsed: { email: 'ann@', phone: 'desk 4' } });
});

it('keeps an unparseable phone and a malformed email in the description instead of their fields', () => {
  const draft = buildLeadDraft({ name: 'Ann Lee', email: 'ann(at)acme', phone: 'ask at desk' }, settings, chat);
  expect(draft).toMatchObject({ email: '', phone: '' });
  expect(draft.description).toContain('ann(at)acme');
  expect(draft.description).toContain('ask at desk');
});

it('adds nothing for values that were parsed', () => {
  const draft = buildLeadDraft({ name: 'Ann Lee', email: 'ann@acme.io', phone: '+1 201 555 0123' }, settings, ticket);
  expect(draft.description).toBe(describeLeadOrigin({ origin: ticket, url: ticket.url ?? null, unparsed: {} }));
});

it.each<[string, { region?: string | null; locale?: string | null }, string]>([
  ['an explicit region', { region: 'fr' }, '+33 1 23 45 67 89'],
  ['the locale region', { locale: 'fr-FR' }, '+33 1 23 45 67 89'],
  ['a bare language', { locale: 'fr' }, '+33 1 23 45 67 89'],
  ['a region that wins over the locale', { region: 'FR', locale: 'en-US' }, '+33 1 23 45 67 89'],
])('reads a national phone with %s', (_label, context, phone) => {
  expect(buildLeadDraft({ name: 'Ann', phone: '01 23 45 67 89' }, settings, chat, context).phone).toBe(phone);
});

it.each<[string, { region?: string | null; locale?: string | null }, string | null]>([
  ['an explicit region', { region: 'de' }, 'DE'],
  ['an unknown region with a locale', { region: 'XX', locale: 'ja' }, 'JP'],
  ['nothing', {}, null],
])('picks the phone region from %s', (_label, context, region) => {
  expect(draftRegion(context)).toBe(region);
});

it.each<[string, LeadIdentity, LeadOrigin, string, string]>([
  ['a chat placeholder name gives way to the email', { name: 'Visitor 12345678', email: 'ann.lee@acme.io' }, chat, 'Ann', 'Lee'],
  ['a chat placeholder name without email is kept whole', { name: 'Visitor 12345678' }, chat, '', 'Visitor 12345678'],
  ['a ticket requester named like a placeholder keeps it', { name: 'Visitor 12345678' }, ticket, 'Visitor', '12345678'],
  ['an email only', { email: 'info@acme.io' }, ticket, '', 'info'],
])('names the lead: %s', (_label, identity, origin, first, last) => {
  expect(buildLeadDraft(identity, settings, origin)).toMatchObject({ first_name: first, last_name: last });
});

it('cuts values that exceed Sell limits so the draft stays valid', () => {
  const draft = buildLeadDraft(
    { name: `${'A'.repeat(300)} ${'B'.repeat(300)}`, organization: 'C'.repeat(300) },
    settings,
    { kind: 'ticket', ticketId: 1, url: `https://acme.zendesk.com/${'x'.repeat(LEAD_LIMITS.description)}` },
  );
  expect(draft.first_name).toHaveLength(LEAD_LIMITS.first_name);
  expect(draft.last_name).toHaveLength(LEAD_LIMITS.last_name);
  expect(draft.organization_name).toHaveLength(LEAD_LIMITS.organization_name);
  expect(draft.description.length).toBeLessThanOrEqual(LEAD_LIMITS.description);
  expect(validateLeadDraft(draft)).toEqual({});
});

it('always builds a valid draft when a name or an email is known', () => {
  const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary' }), fc.constantFrom('🎉', 'Visitor 42', '山田 太郎'));
  const identity = fc.record(
    {
      name: fc.option(text),
      email: fc.option(fc.oneof(fc.emailAddress(), fc.string())),
      phone: fc.option(fc.oneof(fc.string(), fc.constantFrom('+33 1 23 45 67 89', '01 23 45 67 89', '(201) 555-0123 x7'))),
      organization: fc.option(fc.string()),
    },
    { requiredKeys: [] },
  );
  const origin = fc.oneof(
    fc.record({ kind: fc.constant('chat' as const), chatId: fc.string(), url: fc.option(fc.webUrl()) }),
    fc.record({ kind: fc.constant('ticket' as const), ticketId: fc.nat(), url: fc.option(fc.string()) }),
  );
  const locale = fc.option(fc.constantFrom('en-US', 'fr', 'ja', 'de-DE', 'es', 'xx'));
  fc.assert(
    fc.property(identity, origin, locale, (who, from, loc) => {
      const known = (who.name ?? '').replace(/[\s\p{Cc}\p{Cf}]/gu, '') !== '' || normalizeEmail(who.email) !== null;
      fc.pre(known);
      const draft = buildLeadDraft(who, settings, from, { locale: loc });
      return Object.keys(validateLeadDraft(draft, { defaultRegion: draftRegion({ locale: loc }) })).length === 0;
    }),
    { numRuns: 1000 },
  );
});

const fullDraft = (values: Partial<LeadDraft> = {}): LeadDraft => ({
  first_name: ' Ann ',
  last_name: ' Lee ',
  organization_name: '',
  email: ' Ann@Acme.io ',
  phone: '01 23 45 67 89',
  title: '  ',
  description: 'Zendesk Chat 1',
  tags: [' zendesk-chat ', 'chat', '', 'chat'],
  status: 'New',
  sourceName: 'Zendesk Chat',
  ...values,
});

it('builds the Sell create body: trimmed, without empties, phone in E.164, ids from options', () => {
  expect(toLeadCreate(fullDraft(), { sourceId: 3752818, ownerId: 1089189, defaultRegion: 'FR' })).toEqual({
    first_name: 'Ann',
    last_name: 'Lee',
    email: 'ann@acme.io',
    phone: '+33123456789',
    description: 'Zendesk Chat 1',
    status: 'New',
    source_id: 3752818,
    owner_id: 1089189,
    tags: ['zendesk-chat', 'chat'],
  });
});

it('lets the status option override the draft status', () => {
  expect(toLeadCreate(fullDraft(), { statusName: 'Working' }).status).toBe('Working');
  expect(toLeadCreate(fullDraft(), { statusName: '  ' }).status).toBe('New');
});

it.each<[string, string, string | undefined, string | undefined]>([
  ['a valid national number in its region', '01 23 45 67 89', 'FR', '+33123456789'],
  ['a national number without a region, as typed', ' 01 23 45 67 89 ', undefined, '01 23 45 67 89'],
  ['a number with an extension, as typed', '+81 90 1234 5678 ext. 12', undefined, '+81 90 1234 5678 ext. 12'],
  ['a possible but invalid number, as typed', '+1 999 555 0123', undefined, '+1 999 555 0123'],
  ['no phone', '  ', 'FR', undefined],
])('sends %s', (_label, phone, defaultRegion, sent) => {
  expect(toLeadCreate(fullDraft({ phone }), { defaultRegion }).phone).toBe(sent);
});

it('omits every empty value, source, owner and tags', () => {
  const empty = fullDraft({ first_name: '', last_name: 'Lee', email: ' ', phone: '', description: '', tags: [' '], status: '' });
  expect(toLeadCreate(empty, { sourceId: null, ownerId: null })).toEqual({ last_name: 'Lee' });
  expect(toLeadCreate(empty)).toEqual({ last_name: 'Lee' });
});

it('sends an email it cannot normalise as typed, trimmed', () => {
  expect(toLeadCreate(fullDraft({ email: ' not an email ' })).email).toBe('not an email');
});

import fc from 'fast-check';
import type { MatchedRecord } from './matchRecords';
import { DEFAULT_MAX_OTHERS, MATCH_KIND_ORDER, matchRecords } from './matchRecords';
import type { SellContact, SellLead } from './sell';

const common = {
  creator_id: 1,
  owner_id: 1,
  title: null,
  description: null,
  industry: null,
  website: null,
  email: 'ann@acme.io',
  phone: null,
  mobile: null,
  fax: null,
  twitter: null,
  facebook: null,
  linkedin: null,
  skype: null,
  address: null,
  tags: [],
  custom_fields: {},
  created_at: '2024-01-01T00:00:00Z',
};

const lead = (id: number, updated_at: string): SellLead => ({
  ...common,
  id,
  first_name: 'Ann',
  last_name: 'Lee',
  organization_name: null,
  status: 'New',
  source_id: null,
  updated_at,
});

const contact = (id: number, updated_at: string, is_organization = false): SellContact => ({
  ...common,
  id,
  is_organization,
  contact_id: null,
  parent_organization_id: null,
  name: is_organization ? 'Acme' : 'Ann Lee',
  first_name: is_organization ? null : 'Ann',
  last_name: is_organization ? null : 'Lee',
  customer_status: null,
  prospect_status: null,
  billing_address: null,
  shipping_address: null,
  updated_at,
});

const company = (id: number, updated_at: string): SellContact => contact(id, updated_at, true);
const ids = (matches: MatchedRecord[]): string[] => matches.map((match) => `${match.kind}:${match.record.id}`);
const order = (result: ReturnType<typeof matchRecords>): string[] =>
  ids(result.primary === null ? result.others : [result.primary, ...result.others]);

it('returns no primary when nothing matched', () => {
  expect(matchRecords([], [])).toEqual({ primary: null, others: [], moreCount: 0 });
});

it.each<[string, SellLead[], SellContact[], string[]]>([
  ['a person before a lead', [lead(1, '2024-06-01T00:00:00Z')], [contact(2, '2024-01-01T00:00:00Z')], ['person:2', 'lead:1']],
  ['a company before a lead', [lead(1, '2024-06-01T00:00:00Z')], [company(3, '2024-01-01T00:00:00Z')], ['company:3', 'lead:1']],
  ['a person before a company', [], [company(3, '2024-06-01T00:00:00Z'), contact(2, '2024-01-01T00:00:00Z')], ['person:2', 'company:3']],
  [
    'the most recently updated first within a kind',
    [lead(1, '2024-01-01T00:00:00Z'), lead(2, '2024-03-01T00:00:00Z'), lead(3, '2024-02-01T00:00:00Z')],
    [],
    ['lead:2', 'lead:3', 'lead:1'],
  ],
  ['the newer id on equal dates', [lead(4, '2024-01-01T00:00:00Z'), lead(9, '2024-01-01T00:00:00Z')], [], ['lead:9', 'lead:4']],
  ['an unreadable date as oldest', [lead(1, 'not a date'), lead(2, '2020-01-01T00:00:00Z')], [], ['lead:2', 'lead:1']],
  ['two unreadable dates by id', [lead(1, ''), lead(2, 'nope')], [], ['lead:2', 'lead:1']],
  ['offset dates by instant, not text', [lead(1, '2024-01-01T10:00:00+02:00'), lead(2, '2024-01-01T09:00:00Z')], [], ['lead:2', 'lead:1']],
])('orders %s', (_label, leads, contacts, expected) => {
  expect(order(matchRecords(leads, contacts))).toEqual(expected);
});

it('tags contacts as person or company by is_organization', () => {
  const result = matchRecords([], [company(1, '2024-01-01T00:00:00Z'), contact(2, '2024-01-01T00:00:00Z')]);
  expect(result.primary).toEqual({ kind: 'person', record: contact(2, '2024-01-01T00:00:00Z') });
  expect(result.others).toEqual([{ kind: 'company', record: company(1, '2024-01-01T00:00:00Z') }]);
});

it('lists a record given twice once, but keeps a lead and a contact that share an id', () => {
  const result = matchRecords([lead(5, '2024-01-01T00:00:00Z'), lead(5, '2024-01-01T00:00:00Z')], [contact(5, '2024-01-01T00:00:00Z')]);
  expect(order(result)).toEqual(['person:5', 'lead:5']);
});

it.each<[string, number | undefined, number, number]>([
  ['the default cap', undefined, DEFAULT_MAX_OTHERS, 10 - 1 - DEFAULT_MAX_OTHERS],
  ['a given cap', 2, 2, 7],
  ['no others', 0, 0, 9],
  ['a negative cap as none', -3, 0, 9],
  ['a fractional cap rounded down', 2.7, 2, 7],
  ['an unlimited cap', Number.POSITIVE_INFINITY, 9, 0],
  ['NaN as the default', Number.NaN, DEFAULT_MAX_OTHERS, 10 - 1 - DEFAULT_MAX_OTHERS],
])('caps the other cards with %s and counts the rest', (_label, maxOthers, shown, more) => {
  const leads = Array.from({ length: 10 }, (_, index) => lead(index + 1, `2024-01-${String(index + 1).padStart(2, '0')}T00:00:00Z`));
  const result = matchRecords(leads, [], maxOthers === undefined ? {} : { maxOthers });
  expect(result.others).toHaveLength(shown);
  expect(result.moreCount).toBe(more);
  expect(result.primary?.record.id).toBe(10);
});

it('never loses or invents records, and keeps kinds in precedence order', () => {
  const date = fc.integer({ min: 0, max: 2_000_000_000_000 }).map((ms) => new Date(ms).toISOString());
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(50), date), { maxLength: 12 }),
      fc.array(fc.tuple(fc.nat(50), date, fc.boolean()), { maxLength: 12 }),
      fc.nat(6),
      (leadRows, contactRows, maxOthers) => {
        const leads = leadRows.map(([id, at]) => lead(id, at));
        const contacts = contactRows.map(([id, at, org]) => contact(id, at, org));
        const result = matchRecords(leads, contacts, { maxOthers });
        const unique = new Set([...leads.map((l) => `lead:${l.id}`), ...contacts.map((c) => `contact:${c.id}`)]).size;
        const shown = order(result);
        const ranks = shown.map((key) => MATCH_KIND_ORDER.indexOf(key.split(':')[0] as MatchedRecord['kind']));
        return (
          shown.length + result.moreCount === unique &&
          result.others.length <= maxOthers &&
          ranks.every((value, index) => index === 0 || (ranks[index - 1] ?? 0) <= value)
        );
      },
    ),
  );
});

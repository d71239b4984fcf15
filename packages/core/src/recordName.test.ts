import { recordName, type NamedRecord } from './recordName';

it.each<[string, NamedRecord, string]>([
  ['a contact by its name', { id: 1, name: 'Ada Lovelace', first_name: 'Ada', last_name: 'L.' }, 'Ada Lovelace'],
  ['a company by its name', { id: 2, name: 'Acme Ltd' }, 'Acme Ltd'],
  ['a lead by first and last name', { id: 3, first_name: 'Ada', last_name: 'Lovelace', organization_name: 'Acme' }, 'Ada Lovelace'],
  ['a lead with a last name only', { id: 4, first_name: null, last_name: 'Lovelace' }, 'Lovelace'],
  ['a lead of a company by its organization', { id: 5, first_name: '', last_name: null, organization_name: 'Acme' }, 'Acme'],
  ['a person without name parts by the full name field', { id: 6, name: 'Grace Hopper', first_name: null, last_name: null }, 'Grace Hopper'],
  ['a record with only an email', { id: 7, email: 'ada@example.com' }, 'ada@example.com'],
  ['blank values as missing', { id: 8, name: '  ', first_name: ' ', last_name: ' ', organization_name: ' ', email: ' ' }, '#8'],
  ['nothing at all by its id', { id: 9 }, '#9'],
])('names %s', (_, record, expected) => {
  expect(recordName(record)).toBe(expected);
});

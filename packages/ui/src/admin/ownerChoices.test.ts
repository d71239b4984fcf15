import type { SellUser } from '@sell-bridge/core';
import { describeChosen, filterOwnerChoices, foldName, indexOwnerChoices, OWNER_OPTION_LIMIT } from './ownerChoices';

function user(id: number, name: string, extra: Partial<SellUser> = {}): SellUser {
  return {
    id,
    name,
    email: `u${id}@example.com`,
    status: 'active',
    role: 'user',
    group: null,
    reports_to: null,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    deleted_at: null,
    ...extra,
  };
}

const users = [
  user(1, 'Sofía Núñez'),
  user(2, 'Omar Haddad'),
  user(3, 'Round Robin – EMEA', { sell_login_disabled: true }),
  user(4, 'Lars Øberg', { status: 'inactive' }),
  user(5, 'Gone Person', { deleted_at: '2024-02-01T00:00:00Z' }),
];

it.each([
  ['nunez', ['Sofía Núñez']],
  ['SOFIA', ['Sofía Núñez']],
  ['robin emea', ['Round Robin – EMEA']],
  ['', ['Omar Haddad', 'Round Robin – EMEA', 'Sofía Núñez']],
  ['zzz', []],
])('finds %j case- and accent-insensitively, every word anywhere, active owners only', (query, names) => {
  const { shown } = filterOwnerChoices(indexOwnerChoices(users), query, new Set());
  expect(shown.map((option) => option.name)).toEqual(names);
});

it('labels pool users as distributions, as the owner rule does', () => {
  const kinds = Object.fromEntries(indexOwnerChoices(users).map(({ option }) => [option.name, option.kind]));
  expect(kinds).toEqual({ 'Omar Haddad': 'user', 'Round Robin – EMEA': 'distribution', 'Sofía Núñez': 'user' });
});

it('leaves out owners already chosen', () => {
  const { shown } = filterOwnerChoices(indexOwnerChoices(users), '', new Set([2]));
  expect(shown.map((option) => option.id)).not.toContain(2);
});

it('renders at most the limit among 10,000 users and still counts every match', () => {
  const many = Array.from({ length: 10_000 }, (_, i) => user(100 + i, `Agent ${String(i).padStart(5, '0')}`));
  const index = indexOwnerChoices(many);
  const all = filterOwnerChoices(index, 'agent', new Set());
  expect(all.shown).toHaveLength(OWNER_OPTION_LIMIT);
  expect(all.total).toBe(10_000);
  expect(filterOwnerChoices(index, '09999', new Set()).shown.map((option) => option.name)).toEqual(['Agent 09999']);
});

it('folds accents and case once per name', () => {
  expect(foldName('Ñúñez ÅSA')).toBe('nunez asa');
});

it.each([
  [{ kind: 'user' as const, id: 1 }, true, { name: 'Sofía Núñez', flag: null }],
  [{ kind: 'user' as const, id: 4 }, true, { name: 'Lars Øberg', flag: 'inactive' }],
  [{ kind: 'user' as const, id: 5 }, true, { name: 'Gone Person', flag: 'deleted' }],
  [{ kind: 'user' as const, id: 99 }, true, { name: null, flag: 'unknown' }],
  [{ kind: 'user' as const, id: 99 }, false, { name: null, flag: null }],
])('describes the chosen owner %j (users complete: %s)', (ref, complete, expected) => {
  const byId = new Map(users.map((u) => [u.id, u]));
  expect(describeChosen([ref], byId, complete)).toEqual([{ ref, ...expected }]);
});

import type { OwnerOption } from '@sell-bridge/core';
import { filterOwners, foldText, indexOwners } from './filterOwners';

const option = (id: number, name: string, kind: OwnerOption['kind'] = 'user', configured = false): OwnerOption => ({ id, name, kind, configured });

const options = [
  option(1, 'Omar Haddad', 'user', true),
  option(2, 'Sofía Núñez'),
  option(3, 'Round Robin – EMEA', 'distribution'),
  option(4, '渡辺 健二'),
];

it.each([
  ['', [1, 2, 3, 4]],
  ['nunez', [2]],
  ['  SOFÍA  ', [2]],
  ['emea round', [3]],
  ['渡辺', [4]],
  ['zzz', []],
])('matches %j to ids %j, keeping the list order', (query, ids) => {
  expect(filterOwners(indexOwners(options), query).shown.map((o) => o.id)).toEqual(ids);
});

it('shows at most the limit and counts every match', () => {
  const many = Array.from({ length: 10_000 }, (_, i) => option(i + 1, `User ${i + 1}`));
  const result = filterOwners(indexOwners(many), 'user 1', 50);
  expect(result.shown).toHaveLength(50);
  expect(result.total).toBe(many.filter((o) => o.name.includes('1')).length);
});

it('folds case and accents', () => {
  expect(foldText('Øberg Núñez ÉCOLE')).toBe('øberg nunez ecole');
});

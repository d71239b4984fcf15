import type { NameSource } from './lookups';
import { lookupName } from './lookups';

const users = [
  { id: 1, name: 'Ann Lee' },
  { id: 2, name: '  ' },
  { id: 3, name: null },
];

describe('lookupName', () => {
  it.each<[string, NameSource]>([
    ['an array', users],
    ['a map', new Map(users.map((u) => [u.id, u]))],
    ['a function', (id) => users.find((u) => u.id === id)?.name],
  ])('finds names in %s', (_, source) => {
    expect(lookupName(source, 1)).toBe('Ann Lee');
    expect(lookupName(source, 2)).toBeNull();
    expect(lookupName(source, 3)).toBeNull();
    expect(lookupName(source, 99)).toBeNull();
  });

  it('returns null without a source', () => {
    expect(lookupName(undefined, 1)).toBeNull();
  });
});

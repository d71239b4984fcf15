import fc from 'fast-check';
import { formatOwners, parseSettings, type ParseResult } from './parseSettings';
import type { OwnerRef, Problem } from './settings-types';

function problemsOf(result: ParseResult): Problem[] {
  return result.ok ? [] : result.problems;
}

function keysOf(problems: Problem[]): string[] {
  return problems.map((problem) => problem.key);
}

it.each<[string, OwnerRef[]]>([
  ['user:1,distribution:2', [{ kind: 'user', id: 1 }, { kind: 'distribution', id: 2 }]],
  [' user : 7 , ', [{ kind: 'user', id: 7 }]],
  ['User:3;DISTRIBUTION:4\nuser:5', [{ kind: 'user', id: 3 }, { kind: 'distribution', id: 4 }, { kind: 'user', id: 5 }]],
  ['user:007', [{ kind: 'user', id: 7 }]],
  [',,', []],
  ['', []],
])('reads lead_owners %j', (input, expected) => {
  const result = parseSettings({ lead_owners: input });
  expect(result.ok).toBe(true);
  expect(result.settings.leadOwners).toEqual(expected);
});

it.each([
  ['user:abc'],
  ['team:3'],
  ['user:'],
  [':3'],
  ['3'],
  ['user:0'],
  ['user:-1'],
  ['user:1.5'],
  ['user:1:2'],
  ['user:99999999999999999999'],
])('rejects the malformed owner entry %j and keeps the valid ones', (entry) => {
  const result = parseSettings({ lead_owners: `user:1, ${entry}` });
  expect(problemsOf(result)).toEqual([
    { key: 'settings.problem.owner_malformed', param: 'lead_owners', values: { entry } },
  ]);
  expect(result.settings.leadOwners).toEqual([{ kind: 'user', id: 1 }]);
});

it.each([
  ['user:1,user:1', 'settings.problem.owner_duplicate', { kind: 'user', id: 1 }],
  ['distribution:1, distribution:1', 'settings.problem.owner_duplicate', { kind: 'distribution', id: 1 }],
  ['user:1,distribution:1', 'settings.problem.owner_conflict', { kind: 'user', id: 1 }],
])('keeps the first of repeated owners in %j and warns', (input, key, kept) => {
  const result = parseSettings({ lead_owners: input });
  expect(result.ok).toBe(true);
  expect(result.settings.leadOwners).toEqual([kept]);
  expect(keysOf(result.warnings)).toEqual([key]);
  expect(result.warnings[0]?.param).toBe('lead_owners');
});

it.each([[5], [['user:1']], [{}]])('reports lead_owners that is not text: %j', (input) => {
  const result = parseSettings({ lead_owners: input });
  expect(keysOf(problemsOf(result))).toEqual(['settings.problem.owners_invalid']);
  expect(result.settings.leadOwners).toEqual([]);
});

const ownerRefs = fc.uniqueArray(
  fc.record({ kind: fc.constantFrom<OwnerRef['kind']>('user', 'distribution'), id: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }) }),
  { selector: (ref) => ref.id },
);

it('reads back exactly the owners formatOwners wrote', () => {
  fc.assert(
    fc.property(ownerRefs, (refs) => {
      const result = parseSettings({ lead_owners: formatOwners(refs), primary_admin_id: 1 });
      expect(result).toMatchObject({ ok: true, warnings: [] });
      expect(result.settings.leadOwners).toEqual(refs);
    }),
  );
});

it('formats whatever it parsed into text that parses to the same owners', () => {
  const entry = fc.oneof(fc.string(), fc.constantFrom('user:1', 'distribution:2', 'user:1', ' user : 3 ', 'team:4'));
  fc.assert(
    fc.property(fc.array(entry), fc.constantFrom(',', ';', '\n'), (entries, separator) => {
      const first = parseSettings({ lead_owners: entries.join(separator) }).settings.leadOwners;
      expect(parseSettings({ lead_owners: formatOwners(first) }).settings.leadOwners).toEqual(first);
    }),
  );
});

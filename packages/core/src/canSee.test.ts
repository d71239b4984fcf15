import fc from 'fast-check';
import { accessDecision, canSee, visibilityGaps } from './canSee';
import type { SellUser } from './sell';
import { sellUser } from './testing';

const east = { id: 1, name: 'East' };
const west = { id: 2, name: 'West' };

// 1 admin; 2 head of sales → 3 manager → 4 rep → 5 junior; 6 and 7 in East; 8 in West; 9 and 10 report to each other.
const admin = sellUser(1, { role: 'admin' });
const head = sellUser(2);
const manager = sellUser(3, { reports_to: 2, group: west });
const rep = sellUser(4, { reports_to: 3, group: east });
const junior = sellUser(5, { reports_to: 4 });
const eastA = sellUser(6, { group: east });
const eastB = sellUser(7, { group: east });
const westA = sellUser(8, { group: west });
const loopA = sellUser(9, { reports_to: 10 });
const loopB = sellUser(10, { reports_to: 9 });
const orphan = sellUser(11, { reports_to: 404 });
const selfLoop = sellUser(12, { reports_to: 12 });
const inactive = sellUser(13, { status: 'inactive' });
const deleted = sellUser(14, { deleted_at: '2026-02-01T00:00:00Z', role: 'admin' });

const directory = { users: [admin, head, manager, rep, junior, eastA, eastB, westA, loopA, loopB, orphan, selfLoop, inactive, deleted] };

it.each<[string, 'all_agents' | 'sell_users_only', SellUser | null, boolean, string?]>([
  ['any agent in all_agents mode', 'all_agents', null, true],
  ['an inactive Sell user in all_agents mode', 'all_agents', inactive, true],
  ['an active Sell user', 'sell_users_only', rep, true],
  ['an agent without a Sell user', 'sell_users_only', null, false, 'access.reason.no_sell_user'],
  ['an inactive Sell user', 'sell_users_only', inactive, false, 'access.reason.sell_user_inactive'],
  ['a deleted Sell user', 'sell_users_only', deleted, false, 'access.reason.sell_user_inactive'],
])('decides access for %s', (_, dataAccess, sellUser, allowed, key) => {
  const decision = accessDecision({ dataAccess }, sellUser);
  expect(decision).toEqual(allowed ? { allowed: true } : { allowed: false, reason: { key } });
});

it.each<[string, SellUser | null, number | null, boolean]>([
  ['nobody without a Sell user', null, 4, false],
  ['an inactive user not even their own record', inactive, 13, false],
  ['a deleted admin nothing', deleted, 4, false],
  ['an admin any record', admin, 8, true],
  ['an admin a record without an owner', admin, null, true],
  ['an admin a record of an unknown owner', admin, 404, true],
  ['a user their own record', junior, 5, true],
  ['a user the records of their group', eastA, 7, true],
  ['a user not the records of another group', eastA, 8, false],
  ['a user without a group not the records of another user without one', head, 11, false],
  ['a manager the records of a direct report', rep, 5, true],
  ['a manager the records of an indirect report', head, 5, true],
  ['a report not the records of their manager', junior, 4, false],
  ['a user not a record without an owner', rep, null, false],
  ['a user not a record of an owner missing from the directory', rep, 404, false],
  ['a user outside a reporting cycle not its records', head, 9, false],
  ['a user inside a reporting cycle the records of the other member', loopA, 10, true],
  ['a user not the records of someone reporting to an unknown manager', head, 11, false],
  ['a user not the records of someone reporting to themselves', head, 12, false],
])('lets %s be seen', (_, viewer, ownerId, expected) => {
  expect(canSee({ owner_id: ownerId }, viewer, directory)).toBe(expected);
});

it('treats a record with a missing owner_id like one without an owner', () => {
  expect(canSee({} as { owner_id: number | null }, rep, directory)).toBe(false);
});

const graph = fc
  .array(
    fc.record({
      reportsTo: fc.option(fc.integer({ min: 1, max: 12 })),
      group: fc.option(fc.constantFrom(east, west)),
      role: fc.constantFrom<SellUser['role']>('user', 'admin'),
      status: fc.constantFrom<SellUser['status']>('active', 'inactive'),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) => rows.map((row, index) => sellUser(index + 1, { reports_to: row.reportsTo, group: row.group, role: row.role, status: row.status })));

it('terminates on any reporting graph, and never shows anything to an inactive viewer', () => {
  fc.assert(
    fc.property(graph, fc.nat(), fc.option(fc.integer({ min: 1, max: 14 })), (users, pick, ownerId) => {
      const viewer = users[pick % users.length]!;
      const seen = canSee({ owner_id: ownerId }, viewer, { users });
      if (viewer.status === 'inactive') expect(seen).toBe(false);
      else if (viewer.role === 'admin' || ownerId === viewer.id) expect(seen).toBe(true);
    }),
  );
});

it('shows a manager everything their reports can see through ownership', () => {
  fc.assert(
    fc.property(graph, fc.nat(), (users, pick) => {
      const owner = users[pick % users.length]!;
      const manager = users.find((candidate) => candidate.id === owner.reports_to);
      if (manager?.status === 'active') expect(canSee({ owner_id: owner.id }, manager, { users })).toBe(true);
    }),
  );
});

const knownOf = (...users: SellUser[]) => new Map<number, SellUser | null>(users.map((u) => [u.id, u]));

it.each<[string, SellUser | null, (number | null)[], Map<number, SellUser | null>, number[]]>([
  ['nothing for an admin', admin, [8, 404, null], knownOf(), []],
  ['nothing for an agent without a Sell user', null, [8], knownOf(), []],
  ['nothing for an inactive viewer', inactive, [8], knownOf(), []],
  ['nothing for the viewer’s own records or records without an owner', rep, [4, null], knownOf(), []],
  ['the unknown owners, once each', rep, [8, 8, 6], knownOf(), [8, 6]],
  ['nothing more for an owner in the viewer’s group', eastA, [7], knownOf(eastB), []],
  ['the owner’s manager when the owner is in another group', head, [5], knownOf(junior), [4]],
  ['the next manager up once the first is known', head, [5], knownOf(junior, rep), [3]],
  ['nothing once the chain reaches the viewer', head, [5], knownOf(junior, rep, manager), []],
  ['nothing for an owner Sell does not have', rep, [404], new Map([[404, null]]), []],
  ['nothing past a manager Sell does not have', head, [11], new Map<number, SellUser | null>([[11, orphan], [404, null]]), []],
  ['nothing more in a reporting cycle already known', head, [9], knownOf(loopA, loopB), []],
])('asks for %s', (_, viewer, owners, known, expected) => {
  expect(visibilityGaps(owners.map((owner_id) => ({ owner_id })), viewer, known)).toEqual(expected);
});

it('decides like the whole directory after fetching only the gaps, for any reporting graph', () => {
  fc.assert(
    fc.property(graph, fc.nat(), fc.array(fc.option(fc.integer({ min: 1, max: 14 })), { maxLength: 6 }), (users, pick, ownerIds) => {
      const viewer = users[pick % users.length]!;
      const records = ownerIds.map((owner_id) => ({ owner_id }));
      const byId = new Map(users.map((u) => [u.id, u]));
      const known = new Map<number, SellUser | null>([[viewer.id, viewer]]);
      for (let round = 0; round <= users.length + 1; round += 1) {
        const gaps = visibilityGaps(records, viewer, known);
        if (gaps.length === 0) break;
        for (const id of gaps) known.set(id, byId.get(id) ?? null);
      }
      expect(visibilityGaps(records, viewer, known)).toEqual([]);
      const fetched = { users: [...known.values()].filter((u): u is SellUser => u !== null) };
      for (const record of records) expect(canSee(record, viewer, fetched)).toBe(canSee(record, viewer, { users }));
    }),
  );
});

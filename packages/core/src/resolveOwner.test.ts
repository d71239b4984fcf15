import fc from 'fast-check';
import { defaultSettings } from './parseSettings';
import { automaticOwner, ownerOptions, resolveOwner, type OwnerDecision, type OwnerDirectory } from './resolveOwner';
import type { SellUser } from './sell';
import type { OwnerRef, Settings } from './settings-types';

function sellUser(id: number, name: string, overrides: Partial<SellUser> = {}): SellUser {
  return {
    id,
    name,
    email: `${name.toLowerCase().replace(/\s+/g, '.')}@example.com`,
    status: 'active',
    role: 'user',
    group: null,
    reports_to: null,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    deleted_at: null,
    ...overrides,
  };
}

const ann = sellUser(1, 'Ann');
const bob = sellUser(2, 'Bob');
const cid = sellUser(3, 'Cid', { status: 'inactive' });
const dee = sellUser(4, 'Dee', { deleted_at: '2026-02-01T00:00:00Z' });
const pool = sellUser(10, 'Round Robin', { sell_login_disabled: true });
const tagged = sellUser(11, 'Inbound pool');
const boss = sellUser(20, 'Zed Admin', { role: 'admin' });
const oldPool = sellUser(12, 'Old pool', { sell_login_disabled: true, status: 'inactive' });

const directory: OwnerDirectory = { users: [ann, bob, cid, dee, pool, tagged, boss, oldPool], distributionIds: [11] };

const user = (id: number): OwnerRef => ({ kind: 'user', id });
const distribution = (id: number): OwnerRef => ({ kind: 'distribution', id });

function settingsWith(overrides: Partial<Settings>): Settings {
  return { ...defaultSettings(), ...overrides };
}

function ownerIdOf(decision: OwnerDecision): number | null {
  return 'owner' in decision ? decision.owner.id : null;
}

it.each<[string, Partial<Settings>, string, number, 'user' | 'distribution']>([
  ['a configured user', { leadOwners: [user(2)] }, 'owner.reason.configured_user', 2, 'user'],
  ['a configured distribution', { leadOwners: [distribution(10)] }, 'owner.reason.configured_distribution', 10, 'distribution'],
  ['a configured user in all_agents mode', { leadOwners: [user(2)], dataAccess: 'all_agents' }, 'owner.reason.configured_user', 2, 'user'],
  ['an id the admin called a user although it looks like a pool', { leadOwners: [user(10)] }, 'owner.reason.configured_user', 10, 'user'],
])('assigns %s automatically, without a picker', (_, overrides, key, id, kind) => {
  const decision = resolveOwner(settingsWith(overrides), { sellUser: ann }, directory);
  expect(decision).toMatchObject({ kind: 'fixed', owner: { id, kind, configured: true }, reason: { key }, dropped: [] });
});

it('names the owner in the reason of a fixed assignment', () => {
  const decision = resolveOwner(settingsWith({ leadOwners: [distribution(10)] }), { sellUser: ann }, directory);
  expect(decision.reason.values).toMatchObject({ name: 'Round Robin', id: 10 });
});

it.each<[string, OwnerRef, string]>([
  ['inactive', user(3), 'owner.reason.owner_inactive'],
  ['deleted', user(4), 'owner.reason.owner_deleted'],
  ['unknown to Sell', user(99), 'owner.reason.owner_unknown'],
  ['an inactive distribution', distribution(12), 'owner.reason.owner_inactive'],
])('stops with an error when the single configured owner is %s', (_, ref, key) => {
  const decision = resolveOwner(settingsWith({ leadOwners: [ref] }), { sellUser: ann }, directory);
  expect(decision).toMatchObject({ kind: 'error', reason: { key, values: { id: ref.id, kind: ref.kind } } });
  expect(decision.dropped).toEqual([{ ref, reason: decision.reason }]);
});

it('asks the agent to choose among several configured owners, in the admin order', () => {
  const decision = resolveOwner(settingsWith({ leadOwners: [distribution(10), user(2), user(1)] }), { sellUser: ann }, directory);
  expect(decision).toMatchObject({ kind: 'choose', required: true, reason: { key: 'owner.reason.choose_configured', values: { count: 3 } }, dropped: [] });
  expect(decision.kind === 'choose' && decision.options).toEqual([
    { id: 10, name: 'Round Robin', kind: 'distribution', configured: true, email: 'round.robin@example.com' },
    { id: 2, name: 'Bob', kind: 'user', configured: true, email: 'bob@example.com' },
    { id: 1, name: 'Ann', kind: 'user', configured: true, email: 'ann@example.com' },
  ]);
});

it('leaves unusable owners out of the choice and says which were dropped', () => {
  const decision = resolveOwner(settingsWith({ leadOwners: [user(1), user(3), user(2), user(99)] }), { sellUser: ann }, directory);
  expect(decision.kind).toBe('choose');
  expect(decision.kind === 'choose' && decision.options.map((option) => option.id)).toEqual([1, 2]);
  expect(decision.dropped.map((dropped) => [dropped.ref.id, dropped.reason.key])).toEqual([
    [3, 'owner.reason.owner_inactive'],
    [99, 'owner.reason.owner_unknown'],
  ]);
});

it('assigns the only usable owner of several without a picker, keeping the dropped ones', () => {
  const decision = resolveOwner(settingsWith({ leadOwners: [user(3), distribution(10), user(4)] }), { sellUser: ann }, directory);
  expect(decision).toMatchObject({ kind: 'fixed', owner: { id: 10 }, reason: { key: 'owner.reason.configured_distribution' } });
  expect(decision.dropped.map((dropped) => dropped.ref.id)).toEqual([3, 4]);
});

it('stops with an error when none of several configured owners is usable', () => {
  const decision = resolveOwner(settingsWith({ leadOwners: [user(3), user(99)] }), { sellUser: ann }, directory);
  expect(decision).toMatchObject({ kind: 'error', reason: { key: 'owner.reason.all_owners_unavailable', values: { count: 2 } } });
  expect(decision.dropped).toHaveLength(2);
});

it('counts an owner repeated in hand-built settings once', () => {
  const decision = resolveOwner(settingsWith({ leadOwners: [user(2), user(2)] }), { sellUser: ann }, directory);
  expect(decision).toMatchObject({ kind: 'fixed', owner: { id: 2 } });
});

it('makes the agent the owner in sell_users_only mode when no owner is configured', () => {
  const decision = resolveOwner(settingsWith({}), { sellUser: bob }, directory);
  expect(decision).toEqual({
    kind: 'creator',
    owner: { id: 2, name: 'Bob', kind: 'user', configured: false },
    reason: { key: 'owner.reason.creator', values: { name: 'Bob' } },
    dropped: [],
  });
});

it.each<[string, SellUser | null, string]>([
  ['has no Sell user', null, 'owner.reason.agent_without_sell_user'],
  ['has an inactive Sell user', cid, 'owner.reason.agent_sell_user_inactive'],
  ['has a deleted Sell user', dee, 'owner.reason.agent_sell_user_inactive'],
])('stops with an error in sell_users_only mode when the agent %s', (_, sellUser, key) => {
  expect(resolveOwner(settingsWith({}), { sellUser }, directory)).toMatchObject({ kind: 'error', reason: { key } });
});

it('gives the lead to the primary admin in all_agents mode when no owner is configured', () => {
  const decision = resolveOwner(settingsWith({ dataAccess: 'all_agents', primaryAdminId: 20 }), { sellUser: null }, directory);
  expect(decision).toEqual({
    kind: 'primary_admin',
    owner: { id: 20, name: 'Zed Admin', kind: 'user', configured: false, email: 'zed.admin@example.com' },
    reason: { key: 'owner.reason.primary_admin', values: { name: 'Zed Admin' } },
    dropped: [],
  });
});

it('labels a primary admin that is a pool as a distribution', () => {
  const decision = resolveOwner(settingsWith({ dataAccess: 'all_agents', primaryAdminId: 10 }), { sellUser: null }, directory);
  expect(decision).toMatchObject({ kind: 'primary_admin', owner: { id: 10, kind: 'distribution' } });
});

it.each<[string, number | null, string]>([
  ['unset', null, 'owner.reason.primary_admin_unset'],
  ['unknown to Sell', 99, 'owner.reason.primary_admin_unknown'],
  ['inactive', 3, 'owner.reason.primary_admin_inactive'],
  ['deleted', 4, 'owner.reason.primary_admin_inactive'],
])('stops with an error in all_agents mode when the primary admin is %s', (_, primaryAdminId, key) => {
  const decision = resolveOwner(settingsWith({ dataAccess: 'all_agents', primaryAdminId }), { sellUser: ann }, directory);
  expect(decision).toMatchObject({ kind: 'error', reason: { key } });
});

it('lets the agent pick any active user or distribution when allow_any_owner is on', () => {
  const decision = resolveOwner(settingsWith({ allowAnyOwner: true }), { sellUser: ann }, directory);
  expect(decision).toMatchObject({ kind: 'any', reason: { key: 'owner.reason.any_owner', values: { count: 5 } }, dropped: [] });
  expect(decision.kind === 'any' && decision.options).toEqual([
    { id: 1, name: 'Ann', kind: 'user', configured: false, email: 'ann@example.com' },
    { id: 2, name: 'Bob', kind: 'user', configured: false, email: 'bob@example.com' },
    { id: 11, name: 'Inbound pool', kind: 'distribution', configured: false, email: 'inbound.pool@example.com' },
    { id: 10, name: 'Round Robin', kind: 'distribution', configured: false, email: 'round.robin@example.com' },
    { id: 20, name: 'Zed Admin', kind: 'user', configured: false, email: 'zed.admin@example.com' },
  ]);
});

it('names users Sell answers without a name by their email, or their id, instead of failing', () => {
  const nameless = [
    sellUser(30, 'x', { name: null as unknown as string, email: 'noname@example.com' }),
    sellUser(31, 'x', { name: '  ', email: null }),
  ];
  const decision = resolveOwner(settingsWith({ allowAnyOwner: true }), { sellUser: ann }, { ...directory, users: [...directory.users, ...nameless] });
  expect(decision.kind === 'any' && decision.options.map((o) => o.name)).toEqual(['#31', 'Ann', 'Bob', 'Inbound pool', 'noname@example.com', 'Round Robin', 'Zed Admin']);
  const creator = resolveOwner(settingsWith({}), { sellUser: nameless[0]! }, { ...directory, users: [...directory.users, ...nameless] });
  expect(creator).toMatchObject({ kind: 'creator', owner: { name: 'noname@example.com' } });
});

it('lists configured owners first when any owner may be picked, and reports the dropped ones', () => {
  const settings = settingsWith({ allowAnyOwner: true, leadOwners: [distribution(10), user(3), user(2)] });
  const decision = resolveOwner(settings, { sellUser: ann }, directory);
  expect(decision.kind === 'any' && decision.options.map((option) => [option.id, option.configured])).toEqual([
    [10, true],
    [2, true],
    [1, false],
    [11, false],
    [20, false],
  ]);
  expect(decision.dropped.map((dropped) => dropped.ref.id)).toEqual([3]);
});

it.each<[string, Partial<Settings>, SellUser | null, number | null]>([
  ['the single configured owner', { leadOwners: [user(2)] }, ann, 2],
  ['nobody when several owners are configured', { leadOwners: [user(2), user(1)] }, ann, null],
  ['the agent when nobody is configured in sell_users_only mode', {}, ann, 1],
  ['nobody when the agent has no Sell user', {}, null, null],
  ['the primary admin in all_agents mode', { dataAccess: 'all_agents', primaryAdminId: 20 }, null, 20],
  ['nobody when the configured owner is inactive', { leadOwners: [user(3)] }, ann, null],
])('preselects %s when any owner may be picked', (_, overrides, sellUser, expected) => {
  const decision = resolveOwner(settingsWith({ allowAnyOwner: true, ...overrides }), { sellUser }, directory);
  expect(decision.kind === 'any' && decision.preselectedId).toBe(expected);
});

it('does not preselect an agent who is missing from the directory', () => {
  const stranger = sellUser(77, 'Stranger');
  const decision = resolveOwner(settingsWith({ allowAnyOwner: true }), { sellUser: stranger }, directory);
  expect(decision.kind === 'any' && decision.preselectedId).toBeNull();
});

it('stops with an error when any owner may be picked but Sell has no usable user', () => {
  const decision = resolveOwner(settingsWith({ allowAnyOwner: true }), { sellUser: ann }, { users: [cid, dee] });
  expect(decision).toMatchObject({ kind: 'error', reason: { key: 'owner.reason.no_owner_available' } });
});

const arbitraryUser = (id: number) =>
  fc.record({
    status: fc.constantFrom<SellUser['status']>('active', 'inactive'),
    deleted: fc.boolean(),
    pool: fc.boolean(),
    name: fc.string(),
  }).map(({ status, deleted, pool: isPool, name }) =>
    sellUser(id, name, { status, deleted_at: deleted ? '2026-01-01T00:00:00Z' : null, sell_login_disabled: isPool }),
  );

const arbitraryDirectory = fc
  .uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 15 })
  .chain((ids) => fc.tuple(...ids.map(arbitraryUser)))
  .map((users): OwnerDirectory => ({ users }));

const arbitraryContext = fc.record({
  dataAccess: fc.constantFrom<Settings['dataAccess']>('sell_users_only', 'all_agents'),
  primaryAdminId: fc.option(fc.integer({ min: 1, max: 40 })),
  agent: fc.option(arbitraryUser(30)),
  kind: fc.constantFrom<OwnerRef['kind']>('user', 'distribution'),
});

it('never shows a picker for a single active configured owner', () => {
  const withActiveUser = fc.tuple(arbitraryDirectory, fc.integer({ min: 41, max: 60 }), arbitraryContext);
  fc.assert(
    fc.property(withActiveUser, ([base, ownerId, context]) => {
      const directoryWithOwner = { users: [...base.users, sellUser(ownerId, 'Owner')] };
      const settings = settingsWith({ leadOwners: [{ kind: context.kind, id: ownerId }], dataAccess: context.dataAccess, primaryAdminId: context.primaryAdminId });
      const decision = resolveOwner(settings, { sellUser: context.agent }, directoryWithOwner);
      expect(decision.kind).toBe('fixed');
      expect(ownerIdOf(decision)).toBe(ownerId);
    }),
  );
});

it('offers only usable, distinct owners, configured ones first', () => {
  const refs = fc.uniqueArray(fc.record({ kind: fc.constantFrom<OwnerRef['kind']>('user', 'distribution'), id: fc.integer({ min: 1, max: 45 }) }), { selector: (ref) => ref.id, maxLength: 5 });
  fc.assert(
    fc.property(arbitraryDirectory, refs, arbitraryContext, fc.boolean(), (dir, leadOwners, context, allowAnyOwner) => {
      const settings = settingsWith({ leadOwners, allowAnyOwner, dataAccess: context.dataAccess, primaryAdminId: context.primaryAdminId });
      const byId = new Map(dir.users.map((u) => [u.id, u]));
      // The agent's Sell user comes from the same users list as the directory, so one id is one record.
      const agent = context.agent ? (byId.get(context.agent.id) ?? context.agent) : null;
      const decision = resolveOwner(settings, { sellUser: agent }, dir);
      const options = decision.kind === 'any' || decision.kind === 'choose' ? decision.options : 'owner' in decision ? [decision.owner] : [];
      expect(new Set(options.map((option) => option.id)).size).toBe(options.length);
      for (const option of options) {
        const known = byId.get(option.id) ?? (option.id === agent?.id ? agent : undefined);
        expect(known?.status).toBe('active');
        expect(known?.deleted_at).toBeNull();
      }
      const flags = options.map((option) => option.configured);
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      expect(decision.reason.key).toMatch(/^owner\.reason\.[a-z_]+$/);
    }),
  );
});

it('orders owners with the same name by id so the list is stable', () => {
  const twins = { users: [sellUser(8, 'Sam'), sellUser(5, 'Sam')] };
  const decision = resolveOwner(settingsWith({ allowAnyOwner: true }), { sellUser: null }, twins);
  expect(decision.kind === 'any' && decision.options.map((option) => option.id)).toEqual([5, 8]);
});

it.each<[string, Partial<Settings>, SellUser | null, number | null]>([
  ['a single configured owner', { leadOwners: [user(2)] }, ann, 2],
  ['the creator', {}, ann, 1],
  ['the primary admin', { dataAccess: 'all_agents', primaryAdminId: 20 }, null, 20],
  ['nobody when the agent must choose', { leadOwners: [user(1), user(2)] }, ann, null],
  ['nobody when any owner may be picked, even with a suggestion', { leadOwners: [user(2)], allowAnyOwner: true }, ann, null],
  ['nobody on an error', { dataAccess: 'all_agents' }, null, null],
])('gives a lead without asking to %s', (_, overrides, agent, expected) => {
  expect(automaticOwner(resolveOwner(settingsWith(overrides), { sellUser: agent }, directory))?.id ?? null).toBe(expected);
});

it.each<[string, OwnerRef[], number[]]>([
  ['every usable user and pool by name', [], [1, 2, 11, 10, 20]],
  ['configured owners first, in the admin order', [user(20), distribution(11)], [20, 11, 1, 2, 10]],
  ['configured owners that are unusable left out', [user(3), user(4), user(2)], [2, 1, 11, 10, 20]],
])('lists as owner options %s', (_, leadOwners, ids) => {
  const options = ownerOptions(directory, leadOwners);
  expect(options.map((option) => option.id)).toEqual(ids);
  expect(options.find((option) => option.id === 11)?.kind).toBe('distribution');
  expect(options.find((option) => option.id === 10)?.kind).toBe('distribution');
  expect(options.find((option) => option.id === 1)?.kind).toBe('user');
});

it('offers as owner options exactly what the any-owner row offers', () => {
  const decision = resolveOwner(settingsWith({ allowAnyOwner: true, leadOwners: [user(20)] }), { sellUser: ann }, directory);
  expect(decision.kind === 'any' ? decision.options : []).toEqual(ownerOptions(directory, [user(20)]));
});

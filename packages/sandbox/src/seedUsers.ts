import type { SellGroup } from '@sell-bridge/core';
import { fixtures, groups, ID_BASE } from './fixtures';
import { pickName } from './names';
import { pickPhone } from './phone';
import { EPOCH_MS, isoSeconds, type Random } from './random';
import type { Distribution, SandboxUser } from './types';

const DAY = 86_400_000;

interface UserSpec {
  id: number;
  name: string;
  email: string | null;
  role?: 'user' | 'admin';
  status?: 'active' | 'inactive';
  group?: SellGroup | null;
  reportsTo?: number | null;
  phantom?: boolean;
  integration?: boolean;
  phone?: string | null;
  createdDaysAgo: number;
}

function buildUser(spec: UserSpec): SandboxUser {
  const created = isoSeconds(EPOCH_MS - spec.createdDaysAgo * DAY);
  const group = spec.group ? { id: spec.group.id, name: spec.group.name } : null;
  return {
    id: spec.id,
    name: spec.name,
    email: spec.email,
    status: spec.status ?? 'active',
    role: spec.role ?? 'user',
    group,
    reports_to: spec.reportsTo ?? null,
    team_name: group?.name ?? null,
    timezone: 'UTC+01:00',
    confirmed: true,
    invited: true,
    identity_type: spec.integration ? 'integration' : 'person',
    // Distribution pools are backed by phantom users (docs/platform/sell.md §Users and distribution pools); this is the sandbox's marker for them.
    sell_login_disabled: spec.phantom === true,
    phone_number: spec.phone ?? null,
    zendesk_user_id: null,
    roles: [],
    system_tags: spec.integration ? ['integration'] : [],
    detached: false,
    created_at: created,
    updated_at: created,
    deleted_at: null,
  };
}

const poolEmail = (slug: string): string => `round-robin-${slug}@distribution.sandbox-sell.example`;

function fixtureUsers(): SandboxUser[] {
  const f = fixtures;
  return [
    buildUser({ ...f.adminUser, role: 'admin', phone: '+44 20 7946 0001', createdDaysAgo: 900 }),
    buildUser({ ...f.secondAdmin, role: 'admin', createdDaysAgo: 880 }),
    buildUser({ ...f.managerUser, createdDaysAgo: 700 }),
    buildUser({ ...f.regularUser, phone: '+34 612 000 004', createdDaysAgo: 400 }),
    buildUser({ ...f.inactiveUser, status: 'inactive', group: groups.emea, reportsTo: f.managerUser.id, createdDaysAgo: 650 }),
    buildUser({ id: f.distribution.userId, name: f.distribution.name, email: poolEmail('emea'), phantom: true, createdDaysAgo: 300 }),
    ...f.otherDistributions.map((pool) =>
      buildUser({ id: pool.userId, name: pool.name, email: poolEmail(pool.name.split('– ')[1]!.toLowerCase()), phantom: true, createdDaysAgo: 300 }),
    ),
    buildUser({ ...f.integrationUser, email: null, integration: true, createdDaysAgo: 800 }),
  ];
}

/** Seeds `count` Sell users (fixtures first) and the three distribution pools. */
export function seedUsers(random: Random, count: number): { users: SandboxUser[]; distributions: Distribution[] } {
  const users = fixtureUsers();
  const groupList = Object.values(groups);
  const managers = new Map<number, number>([[groups.emea.id, fixtures.managerUser.id]]);
  for (let id = ID_BASE.user + users.length; users.length < count; id += 1) {
    const index = users.length;
    const name = pickName(random);
    const group = random.chance(0.9) ? random.pick(groupList) : null;
    let reportsTo: number | null = null;
    if (group) {
      const manager = managers.get(group.id);
      if (manager === undefined) managers.set(group.id, id);
      else reportsTo = manager;
    }
    users.push(
      buildUser({
        id,
        name: `${name.first} ${name.last}`,
        email: `${name.asciiFirst}.${name.asciiLast}.${id}@sandbox-sell.example`,
        // One more admin at a fixed position gives 3 admins in the default preset.
        role: index === 20 ? 'admin' : 'user',
        status: index % 15 === 7 ? 'inactive' : 'active',
        group,
        reportsTo,
        phone: random.chance(0.5) ? pickPhone(random) : null,
        createdDaysAgo: random.int(1, 1000),
      }),
    );
  }
  const members = (groupId: number): number[] =>
    users
      .filter((u) => u.group?.id === groupId && u.status === 'active' && u.id > fixtures.integrationUser.id)
      .slice(0, 4)
      .map((u) => u.id);
  const [americas, apac] = fixtures.otherDistributions;
  const distributions: Distribution[] = [
    { userId: fixtures.distribution.userId, name: fixtures.distribution.name, resourceType: 'lead', memberIds: [...fixtures.distribution.memberIds], next: 0 },
    { userId: americas.userId, name: americas.name, resourceType: 'lead', memberIds: members(groups.americas.id), next: 0 },
    { userId: apac.userId, name: apac.name, resourceType: 'lead', memberIds: members(groups.apac.id), next: 0 },
  ];
  return { users, distributions };
}

/** Active, real (non-phantom, non-integration) users: candidate owners for generated records. */
export function ownerCandidates(users: readonly SandboxUser[]): number[] {
  return users
    .filter((u) => u.status === 'active' && !u.sell_login_disabled && u.identity_type === 'person')
    .map((u) => u.id);
}

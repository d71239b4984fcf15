import { fixtures, ID_BASE } from './fixtures';
import { createRandom } from './random';
import { seedChats, seedSupportStaff, seedTickets } from './seedConversations';
import { seedFixtureRecords } from './seedFixtureRecords';
import { seedInstallations } from './seedInstallations';
import { seedRecords } from './seedRecords';
import { seedAccount, seedCustomFields, seedPipeline, seedSources, seedStatuses } from './seedReference';
import { ownerCandidates, seedUsers } from './seedUsers';
import type { Preset, SandboxState } from './types';

interface PresetSize {
  users: number;
  leads: number;
  persons: number;
  companies: number;
  deals: number;
  chats: number;
  tickets: number;
}

/** Sizes per preset (totals, fixtures included). */
export const PRESET_SIZES: Record<Preset, PresetSize> = {
  default: { users: 120, leads: 2000, persons: 1500, companies: 300, deals: 800, chats: 200, tickets: 300 },
  scale: { users: 10_000, leads: 100_000, persons: 15_000, companies: 3000, deals: 10_000, chats: 2000, tickets: 3000 },
  empty: { users: 9, leads: 0, persons: 0, companies: 0, deals: 0, chats: 0, tickets: 0 },
};

// Fixture records come from their own fixed-seed generator so they are identical for every seed.
const FIXTURE_SEED = 0x5e11b41d;

/** Builds the whole seeded state for `seed` and `preset`; pure and deterministic. */
export function seedState(seed: number, preset: Preset): SandboxState {
  const size = PRESET_SIZES[preset];
  const random = createRandom(seed);
  const alphabet = 'abcdef0123456789';
  const tokens = { sell: random.chars(64, alphabet), chat: `chat_${random.chars(40, alphabet)}` };
  const { users, distributions } = seedUsers(random, size.users);
  const statuses = seedStatuses();
  const sources = seedSources();
  const customFields = seedCustomFields();
  const { pipelines, stages } = seedPipeline();
  const reference = { fields: customFields, stages, sourceIds: sources.map((s) => s.id) };
  const planted = preset === 'empty' ? { leads: [], contacts: [], deals: [] } : seedFixtureRecords(createRandom(FIXTURE_SEED), reference);
  const { leads, contacts, deals } = seedRecords(
    { random, owners: ownerCandidates(users), creatorId: fixtures.adminUser.id, statuses, sourceIds: reference.sourceIds, stages, fields: customFields },
    planted,
    size,
  );
  const staff = seedSupportStaff();
  const agents = staff.filter((u) => u.role !== 'end-user');
  const chats = preset === 'empty' ? [] : seedChats(random, createRandom(FIXTURE_SEED + 1), size.chats - totalFixtureChats(), leads, contacts, agents);
  const lastStaffId = Math.max(...staff.map((u) => u.id));
  const support = preset === 'empty' ? { users: [], tickets: [] } : seedTickets(random, createRandom(FIXTURE_SEED + 2), size.tickets - totalFixtureTickets(), lastStaffId + 1, leads, contacts, agents);
  const maxId = (items: readonly { id: number }[], base: number): number => items.reduce((m, i) => Math.max(m, i.id + 1), base);
  return {
    version: 1,
    seed,
    preset,
    tokens,
    searchApiEnabled: true,
    rateLimitEnabled: false,
    rateLimitPerSecond: 10,
    account: seedAccount(),
    selfUserId: fixtures.adminUser.id,
    users,
    leads,
    contacts,
    deals,
    statuses,
    sources,
    customFields,
    notes: [],
    pipelines,
    stages,
    distributions,
    chats,
    supportUsers: [...staff, ...support.users],
    tickets: support.tickets,
    installations: seedInstallations(tokens),
    supportRoles: { admin: fixtures.support.adminUserId, agent: fixtures.support.agentUserId },
    nextIds: {
      lead: maxId(leads, ID_BASE.lead),
      contact: maxId(contacts, ID_BASE.contact),
      deal: maxId(deals, ID_BASE.deal),
      note: ID_BASE.note,
      source: maxId(sources, ID_BASE.source),
    },
  };
}

const totalFixtureChats = (): number => fixtures.personWithDeals.chatCount + fixtures.leadOnly.chatCount + fixtures.noMatch.chatCount;
const totalFixtureTickets = (): number => fixtures.personWithDeals.ticketCount + fixtures.leadOnly.ticketCount + fixtures.noMatch.ticketCount;

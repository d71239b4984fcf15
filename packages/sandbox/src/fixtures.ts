/**
 * Well-known identities planted in every seeded state (default and scale presets), whatever the seed, so tests can
 * name them. The `empty` preset keeps only the users, groups, pools, Support staff and installations.
 */

/** First ids of each record kind; planted fixtures take the first ids, generated data follows. */
export const ID_BASE = {
  user: 1_000_001,
  lead: 20_000_001,
  contact: 30_000_001,
  deal: 40_000_001,
  note: 50_000_001,
  source: 60_001,
  status: 70_001,
  customField: 80_001,
  stage: 90_001,
  supportUser: 360_000_001,
  ticket: 1,
  group: 501,
} as const;

const XSS = '<img src=x onerror=alert(1)>';
const SCRIPT_URL = 'javascript:alert(1)';

export const groups = {
  emea: { id: 501, name: 'Sales EMEA' },
  americas: { id: 502, name: 'Sales Americas' },
  apac: { id: 503, name: 'Sales APAC' },
  inside: { id: 504, name: 'Inside Sales' },
} as const;

/** Named records for tests: `fixtures.personWithDeals.email`, `fixtures.adminUser.id`, ... */
export const fixtures = {
  /** A Sell admin; also the owner of the sandbox token (`/v2/users/self`). */
  adminUser: { id: 1_000_001, name: 'Amelia Hart', email: 'amelia.hart@sandbox-sell.example', role: 'admin' },
  secondAdmin: { id: 1_000_002, name: '渡辺 健二', email: 'kenji.watanabe@sandbox-sell.example', role: 'admin' },
  /** Manager of `regularUser` (via `reports_to`), same group. */
  managerUser: { id: 1_000_003, name: 'Sofía Núñez', email: 'sofia.nunez@sandbox-sell.example', group: groups.emea },
  /** A non-admin Sell user in a group, reporting to `managerUser`; also the Support agent's email. */
  regularUser: {
    id: 1_000_004,
    name: 'Omar Haddad',
    email: 'omar.haddad@sandbox-sell.example',
    group: groups.emea,
    reportsTo: 1_000_003,
  },
  inactiveUser: { id: 1_000_005, name: 'Lars Øberg', email: 'lars.oberg@sandbox-sell.example' },
  /** A distribution pool's phantom user. Its members in order; the inactive one is skipped by round robin. */
  distribution: {
    userId: 1_000_006,
    name: 'Round Robin – EMEA',
    memberIds: [1_000_004, 1_000_005, 1_000_003],
    activeMemberIds: [1_000_004, 1_000_003],
  },
  /** A system user (`identity_type: 'integration'`), not a person: never an owner choice. */
  integrationUser: { id: 1_000_009, name: 'Sell Integrations' },
  otherDistributions: [
    { userId: 1_000_007, name: 'Round Robin – Americas' },
    { userId: 1_000_008, name: 'Round Robin – APAC' },
  ],
  groups,
  /** A lead with no contact sharing its email; 23 chats (3 search pages) and 12 tickets. */
  leadOnly: {
    id: 20_000_001,
    email: 'lucia.fernandez@lead-only.example',
    name: 'Lucía Fernández',
    chatCount: 23,
    ticketCount: 12,
  },
  /** A lead and a person with the same email. */
  sharedEmail: { email: 'sam.taylor@shared.example', leadId: 20_000_002, contactId: 30_000_003 },
  /** A lead with a phone and no email (match only through Search v3). */
  phoneOnlyLead: { id: 20_000_003, phone: '+1 (415) 555-0142', nationalNumber: '4155550142', name: '田中 由紀' },
  /** Lead owned by `secondAdmin` (no group): hidden from `regularUser` under `sell_users_only`. */
  hiddenLead: { id: 20_000_006, email: 'private.deal@other-team.example', ownerId: 1_000_002 },
  rtlLead: { id: 20_000_005, email: 'layla.haddad@rtl.example', name: 'ليلى حداد' },
  company: { id: 30_000_001, name: 'Nordlicht Systems GmbH', email: 'info@nordlicht.example' },
  /** A person at `company` with three deals, two chats and three tickets. */
  personWithDeals: {
    id: 30_000_002,
    name: 'Ana García',
    email: 'ana.garcia@nordlicht.example',
    companyId: 30_000_001,
    dealIds: [40_000_001, 40_000_002, 40_000_003],
    chatCount: 2,
    ticketCount: 3,
  },
  phoneOnlyPerson: { id: 30_000_005, phone: '+972 3-555-0134', nationalNumber: '35550134', name: 'נועה כהן' },
  /** Matches nothing in Sell; has one chat and one ticket. */
  noMatch: { email: 'nobody@no-match.example', phone: '+1 202 555 0199', chatCount: 1, ticketCount: 1 },
  /** Hostile values; also scattered on generated records. */
  hostile: {
    xss: XSS,
    scriptUrl: SCRIPT_URL,
    leadId: 20_000_004,
    leadEmail: 'hostile.lead@xss.example',
    contactId: 30_000_004,
    contactEmail: 'hostile.person@xss.example',
    longDescriptionLength: 5000,
  },
  /** A chat id that always exists (the first chat of `personWithDeals`). */
  knownChatId: '2512.9000001.Fx0000000001',
  support: {
    /** `X-Sandbox-Role: admin` (email = `adminUser.email`). */
    adminUserId: 360_000_001,
    /** `X-Sandbox-Role: agent` (email = `regularUser.email`). */
    agentUserId: 360_000_002,
    /** An agent with no Sell user (pick with `X-Sandbox-User-Id`). */
    agentWithoutSell: { id: 360_000_003, email: 'chris.park@support-only.example' },
  },
  installations: { sellInChat: 1001, sellInSupport: 1002, chatInSell: 1003 },
  /** `existing` is a seeded lead source; `missing` is configured on Sell-in-Chat but must be created on first use. */
  leadSources: { existing: 'Zendesk Support', missing: 'Zendesk Chat' },
} as const;

/** The hostile payloads, for generators. */
export const HOSTILE = { xss: XSS, scriptUrl: SCRIPT_URL } as const;

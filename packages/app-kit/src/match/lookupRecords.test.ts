import { parseSettings, type DataAccess } from '@sell-bridge/core';
import { fixtures } from '@sell-bridge/sandbox';
import { createFetchTransport, createSellClient } from '@sell-bridge/sell-api';
import { setupSandboxServer } from '../testing';
import { lookupRecords, type LookupIdentity } from './lookupRecords';
import { openSellAccess } from './sellAccess';

const { sandbox } = setupSandboxServer();

function sellClient() {
  const transport = createFetchTransport({ secrets: { sell_api_token: sandbox.tokens.sell } });
  return createSellClient({ transport, tokenSetting: 'sell_api_token', limiter: { acquire: () => Promise.resolve() } });
}

async function lookup(mode: DataAccess, agentEmail: string, identity: LookupIdentity) {
  const sell = sellClient();
  const access = await openSellAccess(sell, parseSettings({ data_access: mode }).settings, { email: agentEmail });
  return lookupRecords(sell, identity, access);
}

const ids = (records: readonly { id: number }[]) => records.map((record) => record.id);
const admin = fixtures.adminUser.email;
const rep = fixtures.regularUser.email;

describe('lookupRecords: one path from an identity to the records an agent may see', () => {
  it.each([
    {
      case: 'a lead and a person sharing an email',
      mode: 'all_agents' as const,
      agent: admin,
      identity: { email: fixtures.sharedEmail.email, phone: null },
      leads: [fixtures.sharedEmail.leadId],
      persons: [fixtures.sharedEmail.contactId],
      hidden: 0,
    },
    {
      case: 'an email in another case and with spaces',
      mode: 'all_agents' as const,
      agent: admin,
      identity: { email: `  ${fixtures.personWithDeals.email.toUpperCase()} `, phone: null },
      leads: [],
      persons: [fixtures.personWithDeals.id],
      hidden: 0,
    },
    {
      case: 'a phone when there is no email (Search v3)',
      mode: 'all_agents' as const,
      agent: admin,
      identity: { email: null, phone: fixtures.phoneOnlyLead.phone },
      leads: [fixtures.phoneOnlyLead.id],
      persons: [],
      hidden: 0,
    },
    {
      case: 'the phone when the email finds nothing',
      mode: 'all_agents' as const,
      agent: admin,
      identity: { email: fixtures.noMatch.email, phone: fixtures.phoneOnlyPerson.phone },
      leads: [],
      persons: [fixtures.phoneOnlyPerson.id],
      hidden: 0,
    },
    {
      case: 'a record another team owns, for a rep under sell_users_only: counted, not shown',
      mode: 'sell_users_only' as const,
      agent: rep,
      identity: { email: fixtures.hiddenLead.email, phone: null },
      leads: [],
      persons: [],
      hidden: 1,
    },
    {
      case: 'the same record for any agent under all_agents',
      mode: 'all_agents' as const,
      agent: rep,
      identity: { email: fixtures.hiddenLead.email, phone: null },
      leads: [fixtures.hiddenLead.id],
      persons: [],
      hidden: 0,
    },
  ])('$case', async ({ mode, agent, identity, leads, persons, hidden }) => {
    const found = await lookup(mode, agent, identity);
    expect(ids(found.leads)).toEqual(leads);
    expect(ids(found.persons)).toEqual(persons);
    expect(found.hiddenCount).toBe(hidden);
    expect(found.found.leads.length + found.found.contacts.length).toBe(leads.length + persons.length + hidden);
    expect(found.phoneUnsearchable).toBe(false);
  });

  it('finds a person and their company separately, with the company among the contacts', async () => {
    const found = await lookup('all_agents', admin, { email: fixtures.company.email, phone: null });
    expect(ids(found.companies)).toEqual([fixtures.company.id]);
    expect(found.persons).toEqual([]);
    expect(ids(found.contacts)).toEqual([fixtures.company.id]);
  });

  it('says a phone could not be searched when the plan has no Search API, instead of a plain "none"', async () => {
    sandbox.state.searchApiEnabled = false;
    const found = await lookup('all_agents', admin, { email: null, phone: fixtures.phoneOnlyLead.phone });
    expect(found.leads).toEqual([]);
    expect(found.phoneUnsearchable).toBe(true);
  });

  it('asks Sell nothing when there is neither an email nor a phone', async () => {
    const sell = sellClient();
    const access = await openSellAccess(sell, parseSettings({ data_access: 'all_agents' }).settings, { email: admin });
    sandbox.clearLog();
    const found = await lookupRecords(sell, { email: '  ', phone: null }, access);
    expect(found.leads).toEqual([]);
    expect(sandbox.requestLog).toEqual([]);
  });
});

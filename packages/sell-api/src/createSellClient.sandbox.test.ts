// Integration: the Sell client against the real sandbox, through the fetch transport and msw.
import { createSandbox, fixtures } from '@sell-bridge/sandbox';
import { sandboxHandlers } from '@sell-bridge/sandbox/msw';
import { setupServer } from 'msw/node';
import { createFetchTransport } from './createFetchTransport';
import { createReferenceCache } from './createReferenceCache';
import { createSellClient } from './createSellClient';
import { errorKind } from './sellApiError';
import type { SellClientOptions } from './createSellClient';
import { manualClock, recordingSleep, unlimited } from './testing';

const sandbox = createSandbox({ seed: 7 });
const server = setupServer(...sandboxHandlers(sandbox));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  sandbox.faults.clear();
  sandbox.reset();
  sandbox.clearLog();
});
afterAll(() => server.close());

function client(extra: Partial<SellClientOptions> = {}) {
  const sleep = recordingSleep();
  const transport = createFetchTransport({ secrets: { access_token: sandbox.tokens.sell, chat_access_token: sandbox.tokens.chat } });
  return { sleep, sell: createSellClient({ transport, tokenSetting: 'access_token', sleep, random: () => 0.5, ...extra }) };
}

const sellRequests = (method?: string) =>
  sandbox.requestLog.filter((r) => r.url.startsWith('https://api.getbase.com/') && (method === undefined || r.method === method));

describe('Sell client against the sandbox', () => {
  it('lists the persons of a company', async () => {
    const { sell } = client();
    const persons = await sell.findPersonsOfCompany(fixtures.company.id);
    expect(persons.map((p) => p.id)).toContain(fixtures.personWithDeals.id);
    expect(persons.every((p) => !p.is_organization && p.contact_id === fixtures.company.id)).toBe(true);
  });

  it('reads the token owner', async () => {
    const { sell } = client();
    expect(await sell.self()).toMatchObject({ id: fixtures.adminUser.id, email: fixtures.adminUser.email });
  });

  it('loads every active admin over 3 pages, and no other user', async () => {
    const template = { ...sandbox.state.users.find((u) => u.role === 'admin' && u.status === 'active')! };
    for (let i = 0; i < 230; i += 1) sandbox.state.users.push({ ...template, id: 2_000_000 + i, email: `admin${String(i)}@sandbox-sell.example` });
    const { sell } = client();
    const admins = await sell.listActiveAdmins();
    expect(admins.length).toBeGreaterThan(230);
    expect(admins.every((u) => u.role === 'admin' && u.status === 'active')).toBe(true);
    expect(new Set(admins.map((u) => u.id)).size).toBe(admins.length);
    expect(sellRequests('GET')).toHaveLength(3);
  });

  it('finds an agent by email, case-insensitively, and nobody for an unknown email', async () => {
    const { sell } = client();
    expect((await sell.findUserByEmail(fixtures.regularUser.email.toUpperCase()))?.id).toBe(fixtures.regularUser.id);
    expect(await sell.findUserByEmail('nobody@no-match.example')).toBeNull();
  });

  it('fetches users by id in one request per 100 missing ids, keeps each one cached, and keeps only the slim projection', async () => {
    const cache = createReferenceCache({ ttlMs: 60_000 });
    const { sell } = client({ cache });
    const ids = sandbox.state.users.slice(0, 120).map((u) => u.id);
    const usersUrls = () => sellRequests('GET').map((r) => new URL(r.url)).filter((u) => u.pathname === '/v2/users');

    const [first, again] = await Promise.all([sell.getUsers(ids.slice(0, 3)), sell.getUsers(ids.slice(0, 3))]);
    expect(first.map((u) => u.id)).toEqual(ids.slice(0, 3));
    expect(again).toEqual(first);
    // Two callers at once: one request.
    expect(usersUrls().map((u) => u.searchParams.get('ids'))).toEqual([ids.slice(0, 3).join(',')]);

    // 120 ids, 3 cached: the 117 others in two requests (100 + 17); an unknown id is remembered as unknown.
    const all = await sell.getUsers([...ids, 999_999_999]);
    expect(all).toHaveLength(120);
    expect(usersUrls().slice(1).map((u) => u.searchParams.get('ids')?.split(',').length)).toEqual([100, 18]);
    await sell.getUsers([...ids, 999_999_999]);
    expect(usersUrls()).toHaveLength(3);

    expect(Object.keys(all[0]!).sort()).toEqual(
      ['created_at', 'deleted_at', 'email', 'group', 'id', 'name', 'reports_to', 'role', 'status', 'timezone', 'updated_at', ...('sell_login_disabled' in all[0]! ? ['sell_login_disabled'] : [])].sort(),
    );
  });

  it('pages through active users by name, one page at a time', async () => {
    const { sell } = client();
    const first = await sell.listActiveUsersPage(1);
    expect(first.users).toHaveLength(100);
    expect(first.users.every((u) => u.status === 'active')).toBe(true);
    const second = await sell.listActiveUsersPage(2);
    expect(second.hasMore).toBe(false);
    expect(first.hasMore).toBe(true);
    expect(new Set([...first.users, ...second.users].map((u) => u.id)).size).toBe(first.users.length + second.users.length);
  });

  it('matches a lead and a person sharing one email', async () => {
    const { sell } = client();
    const [leads, contacts] = await Promise.all([
      sell.findLeadsByEmail(fixtures.sharedEmail.email),
      sell.findContactsByEmail(fixtures.sharedEmail.email),
    ]);
    expect(leads.map((l) => l.id)).toContain(fixtures.sharedEmail.leadId);
    expect(contacts.persons.map((c) => c.id)).toContain(fixtures.sharedEmail.contactId);
    expect(contacts.companies).toEqual([]);
  });

  it('reads a person, its company and its deals', async () => {
    const { sell } = client();
    const person = await sell.getContact(fixtures.personWithDeals.id);
    expect(person.contact_id).toBe(fixtures.company.id);
    const company = await sell.getContact(fixtures.company.id);
    expect(company.is_organization).toBe(true);
    const deals = await sell.findDealsByContactIds([person.id]);
    expect(deals.map((d) => d.id)).toEqual(expect.arrayContaining([...fixtures.personWithDeals.dealIds]));
  });

  it('reads a lead by id', async () => {
    const { sell } = client();
    expect((await sell.getLead(fixtures.leadOnly.id)).email).toBe(fixtures.leadOnly.email);
  });

  it('creates a lead and a note on it', async () => {
    const { sell } = client();
    const lead = await sell.createLead({ first_name: 'Ann', last_name: 'Lee', email: 'ann.lee@new.example', tags: ['chat'] });
    expect(lead).toMatchObject({ last_name: 'Lee', email: 'ann.lee@new.example' });
    const note = await sell.createNote({ resource_type: 'lead', resource_id: lead.id, content: 'Transcript' });
    expect(note).toMatchObject({ resource_id: lead.id, content: 'Transcript' });
    expect((await sell.findLeadsByEmail('ann.lee@new.example')).map((l) => l.id)).toEqual([lead.id]);
  });

  it('reuses an existing lead source and creates a missing one once', async () => {
    const { sell } = client();
    const existing = await sell.ensureLeadSource(fixtures.leadSources.existing);
    expect(existing.name).toBe(fixtures.leadSources.existing);
    const [a, b] = await Promise.all([sell.ensureLeadSource(fixtures.leadSources.missing), sell.ensureLeadSource(fixtures.leadSources.missing)]);
    expect(a.id).toBe(b.id);
    expect(sellRequests('POST')).toHaveLength(1);
    expect(sandbox.state.sources.filter((s) => s.name === fixtures.leadSources.missing)).toHaveLength(1);
  });

  it('re-reads a source that appeared between its GET and POST (422 already_exists)', async () => {
    const { sell } = client();
    // Another installation creates the source right after our lookup.
    const name = fixtures.leadSources.missing;
    const original = sandbox.handle.bind(sandbox);
    let raced = false;
    sandbox.handle = async (request) => {
      if (!raced && request.method === 'POST') {
        raced = true;
        await original(new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify({ data: { name } }) }));
      }
      return original(request);
    };
    try {
      const source = await sell.ensureLeadSource(name);
      expect(source.name).toBe(name);
      expect(sandbox.state.sources.filter((s) => s.name === name)).toHaveLength(1);
      // Our lookup, the competitor's POST, our POST (422 already_exists), our second lookup.
      expect(sellRequests().map((r) => r.method)).toEqual(['GET', 'POST', 'POST', 'GET']);
    } finally {
      sandbox.handle = original;
    }
  });

  it('reads statuses, sources, custom fields and stages once per cache TTL', async () => {
    const clock = manualClock();
    const cache = createReferenceCache({ ttlMs: 5 * 60_000, now: clock.now });
    const { sell } = client({ cache, now: clock.now });
    const load = () => Promise.all([sell.listLeadStatuses(), sell.listLeadSources(), sell.listCustomFields('lead'), sell.listCustomFields('contact'), sell.listStages()]);
    const [statuses, sources, leadFields, contactFields, stages] = await load();
    expect(statuses.map((s) => s.name)).toContain('New');
    expect(sources.map((s) => s.name)).toContain(fixtures.leadSources.existing);
    expect(leadFields.length).toBeGreaterThan(0);
    expect(contactFields.length).toBeGreaterThan(0);
    expect(stages.length).toBeGreaterThan(0);
    const first = sellRequests().length;
    await load();
    expect(sellRequests()).toHaveLength(first);
    clock.advance(5 * 60_000);
    await load();
    expect(sellRequests()).toHaveLength(first * 2);
  });

  it('collapses identical concurrent GETs into one request', async () => {
    const { sell } = client();
    await Promise.all([sell.findLeadsByEmail(fixtures.leadOnly.email), sell.findLeadsByEmail(fixtures.leadOnly.email)]);
    expect(sellRequests()).toHaveLength(1);
  });

  it('finds a phone-only lead and person through Search v3', async () => {
    const { sell } = client();
    const leads = await sell.searchLeadsByPhone({ phone: fixtures.phoneOnlyLead.phone, nationalNumber: fixtures.phoneOnlyLead.nationalNumber });
    expect(leads.status === 'ok' && leads.records.map((l) => l.id)).toContain(fixtures.phoneOnlyLead.id);
    const persons = await sell.searchContactsByPhone({ phone: fixtures.phoneOnlyPerson.phone, nationalNumber: fixtures.phoneOnlyPerson.nationalNumber });
    expect(persons.status === 'ok' && persons.records.map((c) => c.id)).toContain(fixtures.phoneOnlyPerson.id);
  });

  it('finds nothing by phone for an unknown number', async () => {
    const { sell } = client();
    expect(await sell.searchLeadsByPhone(fixtures.noMatch.phone)).toEqual({ status: 'ok', records: [] });
  });

  it('reports search_unavailable on a plan without the Search API', async () => {
    sandbox.state.searchApiEnabled = false;
    const { sell } = client();
    const outcome = await sell.searchContactsByPhone({ phone: fixtures.phoneOnlyPerson.phone });
    expect(outcome.status).toBe('search_unavailable');
  });

  it('backs off on an injected non-JSON 429 and then succeeds', async () => {
    sandbox.faults.inject({ match: { host: 'api.getbase.com', path: '/v2/leads' }, status: 429, count: 2, body: 'text' });
    const { sell, sleep } = client();
    expect(await sell.findLeadsByEmail(fixtures.leadOnly.email)).toHaveLength(1);
    expect(sleep.delays).toEqual([500, 1000]);
  });

  it('retries a reference list once only, so a team at the token limit does not pile up reference retries', async () => {
    sandbox.faults.inject({ match: { host: 'api.getbase.com', path: '/v2/lead_statuses' }, status: 429, count: 2, body: 'text' });
    const { sell, sleep } = client();
    await expect(sell.listLeadStatuses()).rejects.toMatchObject({ kind: 'rate_limited' });
    expect(sleep.delays).toEqual([500]);
    expect(sandbox.requestLog.filter((entry) => entry.url.includes('/v2/lead_statuses'))).toHaveLength(2);
  });

  it('keeps a run of reads under the per-token rate limit with its default limiter', async () => {
    const clock = manualClock();
    const limited = createSandbox({ seed: 7, now: clock.now });
    limited.state.rateLimitEnabled = true;
    server.use(...sandboxHandlers(limited));
    const sleep = (ms: number): Promise<void> => {
      clock.advance(ms);
      return Promise.resolve();
    };
    const transport = createFetchTransport({ secrets: { access_token: limited.tokens.sell } });
    const paced = createSellClient({ transport, tokenSetting: 'access_token', now: clock.now, sleep, retry: { maxAttempts: 1 } });
    for (let id = 0; id < 30; id += 1) await paced.findLeadsByEmail(`nobody${String(id)}@x.example`);
    expect(limited.requestLog).toHaveLength(30);
    // Without pacing the same run is refused: the sandbox does enforce the limit.
    const unpaced = createSellClient({ transport, tokenSetting: 'access_token', limiter: unlimited, now: clock.now, retry: { maxAttempts: 1 } });
    const results = await Promise.allSettled(Array.from({ length: 30 }, (_, id) => unpaced.findLeadsByEmail(`other${String(id)}@x.example`)));
    const reasons = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((reason) => errorKind(reason) === 'rate_limited')).toBe(true);
  });

  it('does not retry a lead POST that failed with a 500', async () => {
    sandbox.faults.inject({ match: { method: 'POST', path: '/v2/leads' }, status: 500, count: 1 });
    const { sell, sleep } = client();
    await expect(sell.createLead({ last_name: 'Once' })).rejects.toMatchObject({ kind: 'server', status: 500 });
    expect(sellRequests('POST')).toHaveLength(1);
    expect(sleep.delays).toEqual([]);
  });
});

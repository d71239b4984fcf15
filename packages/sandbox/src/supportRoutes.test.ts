import { fixtures } from './fixtures';
import { body, describeContract } from './testing';
import type { Installation, SupportTicket, SupportUser } from './types';

const as = (role: 'admin' | 'agent'): RequestInit => ({ headers: { 'X-Sandbox-Role': role } });
const put = (role: 'admin' | 'agent', payload: unknown): RequestInit => ({
  method: 'PUT',
  headers: { 'X-Sandbox-Role': role, 'Content-Type': 'application/json' },
  body: typeof payload === 'string' ? payload : JSON.stringify(payload),
});

interface SearchPage {
  results: (SupportTicket & { result_type: string; url: string })[];
  count: number;
  next_page: string | null;
  previous_page: string | null;
}

describeContract('Support', (t) => {
  it.each([
    ['admin', fixtures.support.adminUserId, 'admin', fixtures.adminUser.email],
    ['agent', fixtures.support.agentUserId, 'agent', fixtures.regularUser.email],
  ] as const)('answers users/me for the %s role', async (role, id, supportRole, email) => {
    const me = await body<{ user: SupportUser }>(await t.support('/api/v2/users/me.json', as(role)));
    expect(me.user).toMatchObject({ id, role: supportRole, email });
  });

  it('acts as any Support user given X-Sandbox-User-Id', async () => {
    const me = await body<{ user: SupportUser }>(await t.support('/api/v2/users/me.json', { headers: { 'X-Sandbox-User-Id': String(fixtures.support.agentWithoutSell.id) } }));
    expect(me.user.email).toBe(fixtures.support.agentWithoutSell.email);
  });

  it('answers a user by id and 404 RecordNotFound for an unknown one', async () => {
    const user = await body<{ user: SupportUser & { url: string } }>(await t.support(`/api/v2/users/${fixtures.support.agentUserId}.json`));
    expect(user.user.url).toBe(`https://acme.zendesk.com/api/v2/users/${fixtures.support.agentUserId}.json`);
    const missing = await t.support('/api/v2/users/1.json');
    expect(missing.status).toBe(404);
    expect(await body<unknown>(missing)).toEqual({ error: 'RecordNotFound', description: 'Not found' });
  });

  it('searches the tickets of a requester by email', async () => {
    const query = encodeURIComponent(`type:ticket requester:${fixtures.personWithDeals.email}`);
    const page = await body<SearchPage>(await t.support(`/api/v2/search.json?query=${query}`));
    expect(page.count).toBe(fixtures.personWithDeals.ticketCount);
    expect(page.results.every((r) => r.result_type === 'ticket' && r.url.endsWith(`/api/v2/tickets/${r.id}.json`))).toBe(true);
    expect(page.next_page).toBeNull();
    const requesterIds = new Set(page.results.map((r) => r.requester_id));
    expect(requesterIds.size).toBe(1);
  });

  it('pages ticket search results with next_page', async () => {
    const query = encodeURIComponent(`type:ticket requester:${fixtures.leadOnly.email}`);
    const first = await body<SearchPage>(await t.support(`/api/v2/search.json?query=${query}&per_page=5`));
    expect(first.results).toHaveLength(5);
    expect(first.count).toBe(fixtures.leadOnly.ticketCount);
    const second = await body<SearchPage>(await t.call(first.next_page!));
    expect(second.previous_page).not.toBeNull();
    expect(second.results.map((r) => r.id)).not.toContain(first.results[0]!.id);
  });

  it('finds no tickets for an email nobody used', async () => {
    const page = await body<SearchPage>(await t.support(`/api/v2/search.json?query=${encodeURIComponent('type:ticket requester:ghost@nowhere.example')}`));
    expect(page.count).toBe(0);
  });

  it.each(['/api/v2/apps/installations/1002.json', '/api/support/apps/installations/1002.json', '/api/sell/apps/installations/1003.json', '/api/chat/apps/installations/1001.json'])(
    'answers GET %s without secure settings',
    async (path) => {
      const res = await t.support(path, as('agent'));
      expect(res.status).toBe(200);
      const installation = await body<Installation>(res);
      expect(installation.settings.name).toEqual(expect.any(String));
      expect(installation).not.toHaveProperty('secure');
      expect(JSON.stringify(installation)).not.toContain(t.sb.tokens.sell);
    },
  );

  it('lets an admin PUT settings: merged, secure values hidden, updated_at bumped', async () => {
    const path = `/api/v2/apps/installations/${fixtures.installations.sellInChat}.json`;
    const before = await body<Installation>(await t.support(path));
    const res = await t.support(path, put('admin', { settings: { name: 'Sell in Chat', lead_status: 'Working', sell_api_token: 'secret-token' }, enabled: true }));
    expect(res.status).toBe(200);
    const after = await body<Installation>(res);
    expect(after.settings).toMatchObject({ lead_status: 'Working', data_access: before.settings.data_access, save_transcripts: true });
    expect(after.settings).not.toHaveProperty('sell_api_token');
    expect(Date.parse(after.updated_at)).toBeGreaterThan(Date.parse(before.updated_at));
    expect(await body<Installation>(await t.support(path))).toEqual(after);
    expect(t.sb.state.installations[0]!.secure.sell_api_token).toBe('secret-token');
  });

  it('answers 403 Forbidden to a PUT by a non-admin and changes nothing', async () => {
    const path = `/api/sell/apps/installations/${fixtures.installations.chatInSell}.json`;
    const res = await t.support(path, put('agent', { settings: { connect_on_load: true } }));
    expect(res.status).toBe(403);
    expect(await body<{ error: string }>(res)).toMatchObject({ error: 'Forbidden' });
    expect((await body<Installation>(await t.support(path))).settings.connect_on_load).toBe(false);
  });

  it.each([
    ['non-JSON', '{oops', 400],
    ['settings that are not an object', { settings: 'x' }, 422],
    ['a nested setting value', { settings: { field_layout: { a: 1 } } }, 422],
    ['a blank name', { settings: { name: '' } }, 422],
  ])('rejects a PUT with %s', async (_name, payload, status) => {
    const res = await t.support('/api/v2/apps/installations/1001.json', put('admin', payload));
    expect(res.status).toBe(status);
    expect(await body<{ error: string }>(res)).toHaveProperty('error');
  });

  it('uses the state default role when no role header is sent', async () => {
    t.sb.state.supportDefaultRole = 'agent';
    const res = await t.support('/api/v2/apps/installations/1001.json', { method: 'PUT', body: JSON.stringify({ settings: { lead_status: 'Working' } }) });
    expect(res.status).toBe(403);
    const me = await body<{ user: SupportUser }>(await t.support('/api/v2/users/me.json'));
    expect(me.user.id).toBe(fixtures.support.agentUserId);
  });

  it('answers 404 for an unknown installation and an unknown endpoint', async () => {
    expect((await t.support('/api/v2/apps/installations/9.json')).status).toBe(404);
    const res = await t.support('/api/v2/nothing.json');
    expect(res.status).toBe(404);
    expect(await body<{ error: string }>(res)).toMatchObject({ error: 'InvalidEndpoint' });
  });

  it('lists installations, per product on the product path', async () => {
    const all = await body<{ installations: Installation[] }>(await t.support('/api/v2/apps/installations.json'));
    expect(all.installations).toHaveLength(3);
    const sell = await body<{ installations: Installation[] }>(await t.support('/api/sell/apps/installations.json'));
    expect(sell.installations.map((i) => i.id)).toEqual([fixtures.installations.chatInSell]);
  });

  interface UserPage {
    users: (SupportUser & { url: string })[];
    count: number;
    next_page: string | null;
  }
  interface RequestedPage {
    tickets: (SupportTicket & { url: string })[];
    users?: SupportUser[];
    count: number;
    next_page: string | null;
    previous_page: string | null;
  }
  const requesterOf = async (email: string): Promise<SupportUser & { url: string }> => {
    const page = await body<UserPage>(await t.support(`/api/v2/users/search.json?query=${encodeURIComponent(`email:${email}`)}`));
    expect(page.users).toHaveLength(1);
    return page.users[0]!;
  };

  it('finds exactly the user with an email, whatever its case', async () => {
    const user = await requesterOf(fixtures.leadOnly.email.toUpperCase());
    expect(user).toMatchObject({ email: fixtures.leadOnly.email, role: 'end-user' });
    expect(user.url).toBe(`https://acme.zendesk.com/api/v2/users/${user.id}.json`);
    const none = await body<UserPage>(await t.support(`/api/v2/users/search.json?query=${encodeURIComponent('email:ghost@nowhere.example')}`));
    expect(none).toMatchObject({ users: [], count: 0, next_page: null });
  });

  it("lists a requester's tickets newest update first, page by page", async () => {
    const user = await requesterOf(fixtures.leadOnly.email);
    const first = await body<RequestedPage>(await t.support(`/api/v2/users/${user.id}/tickets/requested.json?sort_by=updated_at&sort_order=desc&per_page=10`));
    expect(first.count).toBe(fixtures.leadOnly.ticketCount);
    expect(first.tickets).toHaveLength(10);
    expect(first.tickets.every((ticket) => ticket.requester_id === user.id && ticket.url.endsWith(`/api/v2/tickets/${ticket.id}.json`))).toBe(true);
    const second = await body<RequestedPage>(await t.call(first.next_page!));
    expect(second.tickets).toHaveLength(fixtures.leadOnly.ticketCount - 10);
    expect(second.next_page).toBeNull();
    expect(second.previous_page).not.toBeNull();
    const stamps = [...first.tickets, ...second.tickets].map((ticket) => ticket.updated_at);
    expect(stamps).toEqual([...stamps].sort().reverse());
  });

  it('sideloads the requester and assignees with include=users', async () => {
    const user = await requesterOf(fixtures.personWithDeals.email);
    const page = await body<RequestedPage>(await t.support(`/api/v2/users/${user.id}/tickets/requested.json?include=users`));
    const sideloaded = new Set(page.users!.map((u) => u.id));
    expect(sideloaded.has(user.id)).toBe(true);
    for (const ticket of page.tickets) if (ticket.assignee_id !== null) expect(sideloaded.has(ticket.assignee_id)).toBe(true);
    const plain = await body<RequestedPage>(await t.support(`/api/v2/users/${user.id}/tickets/requested.json`));
    expect(plain).not.toHaveProperty('users');
  });

  it.each([
    ['an unknown user', '/api/v2/users/1/tickets/requested.json', 404],
    ['an unknown sort', `/api/v2/users/${fixtures.support.agentUserId}/tickets/requested.json?sort_by=colour`, 400],
    ['a page size over 100', `/api/v2/users/${fixtures.support.agentUserId}/tickets/requested.json?per_page=101`, 400],
  ])('refuses requested tickets of %s', async (_label, path, status) => {
    expect((await t.support(path)).status).toBe(status);
  });

  it('answers 403 when an end user looks up users or tickets', async () => {
    const user = await requesterOf(fixtures.leadOnly.email);
    const asEndUser = { headers: { 'X-Sandbox-User-Id': String(user.id) } };
    expect((await t.support(`/api/v2/users/${user.id}/tickets/requested.json`, asEndUser)).status).toBe(403);
    expect((await t.support(`/api/v2/users/search.json?query=email:${fixtures.leadOnly.email}`, asEndUser)).status).toBe(403);
  });

  it('answers a ticket by id', async () => {
    const res = await body<{ ticket: SupportTicket }>(await t.support('/api/v2/tickets/1.json'));
    expect(res.ticket.id).toBe(1);
  });
});

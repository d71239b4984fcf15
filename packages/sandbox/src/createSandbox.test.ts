import { http } from 'msw';
import { setupServer } from 'msw/node';
import { createSandbox, hostKind } from './createSandbox';
import { fixtures } from './fixtures';
import { sandboxHandlers } from './msw';

const sell = (token: string, path = '/v2/users/self'): Request => new Request(`https://api.getbase.com${path}`, { headers: { Authorization: `Bearer ${token}` } });

describe('createSandbox', () => {
  it('is deterministic: the same seed gives the same state and tokens', () => {
    const a = createSandbox({ seed: 11 });
    const b = createSandbox({ seed: 11 });
    expect(a.tokens).toEqual(b.tokens);
    expect(a.snapshot()).toEqual(b.snapshot());
    expect(createSandbox({ seed: 12 }).tokens.sell).not.toBe(a.tokens.sell);
    expect(a.tokens.sell).toHaveLength(64);
  });

  it('reset() brings back the seeded data after changes', async () => {
    const sb = createSandbox({ seed: 4 });
    const seeded = sb.snapshot();
    const post = new Request('https://api.getbase.com/v2/lead_sources', {
      method: 'POST',
      headers: { Authorization: `Bearer ${sb.tokens.sell}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: { name: 'Brand new' } }),
    });
    expect((await sb.handle(post)).status).toBe(200);
    sb.state.searchApiEnabled = false;
    expect(sb.state).not.toEqual(seeded);
    sb.reset();
    expect(sb.state).toEqual(seeded);
  });

  it('snapshot() is a deep copy', () => {
    const sb = createSandbox({ preset: 'empty' });
    const copy = sb.snapshot();
    copy.users[0]!.name = 'Changed';
    expect(sb.state.users[0]!.name).toBe(fixtures.adminUser.name);
  });

  it('enforces exactly 10 requests per second per token when rate limiting is on', async () => {
    let now = 1_000_000;
    const sb = createSandbox({ preset: 'empty', now: () => now });
    sb.state.rateLimitEnabled = true;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await sb.handle(sell(sb.tokens.sell))).status);
    expect(statuses).toEqual([...Array<number>(10).fill(200), 429]);
    now += 1000;
    expect((await sb.handle(sell(sb.tokens.sell))).status).toBe(200);
  });

  it('stamps created records with its clock', async () => {
    const sb = createSandbox({ preset: 'empty', now: () => Date.UTC(2026, 5, 1, 12) });
    const res = await sb.handle(
      new Request('https://api.getbase.com/v2/lead_sources', {
        method: 'POST',
        headers: { Authorization: `Bearer ${sb.tokens.sell}` },
        body: JSON.stringify({ data: { name: 'Clocked' } }),
      }),
    );
    expect(((await res.json()) as { data: { created_at: string } }).data.created_at).toBe('2026-06-01T12:00:00Z');
  });

  it('answers 502 for a host it does not fake', async () => {
    const sb = createSandbox({ preset: 'empty' });
    expect((await sb.handle(new Request('https://example.com/'))).status).toBe(502);
  });

  it.each([
    ['api.getbase.com', 'sell'],
    ['www.zopim.com', 'chat'],
    ['acme.zendesk.com', 'support'],
    ['zendesk.com.evil.example', null],
    ['getbase.com', null],
  ])('routes host %s to %s', (host, kind) => {
    expect(hostKind(host)).toBe(kind);
  });
});

describe('sandboxHandlers', () => {
  const sb = createSandbox({ preset: 'empty' });
  const server = setupServer(...sandboxHandlers(sb), http.all('*', () => new Response('unhandled', { status: 599 })));
  beforeAll(() => server.listen());
  afterAll(() => server.close());

  it('answers relative Support calls made on localhost as Support', async () => {
    const res = await fetch('http://localhost:3000/api/v2/users/me.json', { headers: { 'X-Sandbox-Role': 'agent' } });
    expect(((await res.json()) as { user: { id: number } }).user.id).toBe(fixtures.support.agentUserId);
  });

  it('forwards a PUT body on relative Support calls', async () => {
    const res = await fetch('http://localhost/api/v2/apps/installations/1003.json', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ settings: { connect_on_load: true } }),
    });
    expect(((await res.json()) as { settings: { connect_on_load: boolean } }).settings.connect_on_load).toBe(true);
  });

  it('leaves other hosts and paths to other handlers', async () => {
    expect((await fetch('http://localhost:3000/assets/app.js')).status).toBe(599);
    expect((await fetch('https://example.com/api/v2/users/me.json')).status).toBe(599);
  });
});

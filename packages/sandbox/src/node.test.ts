import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox } from './createSandbox';
import { fixtures } from './fixtures';
import { loadState, saveState, targetUrl } from './node';

const request = (url: string, headers: Record<string, string> = {}): IncomingMessage => ({ url, headers }) as unknown as IncomingMessage;

describe('targetUrl', () => {
  it.each([
    ['the X-Sandbox-Target header', request('/v2/leads?email=a%40b.io', { 'x-sandbox-target': 'https://api.getbase.com' }), 'https://api.getbase.com/v2/leads?email=a%40b.io'],
    ['a header with a path keeps only its origin', request('/api/v2/chats/1', { 'x-sandbox-target': 'https://www.zopim.com/ignored' }), 'https://www.zopim.com/api/v2/chats/1'],
    ['a host path prefix', request('/api.getbase.com/v2/users/self'), 'https://api.getbase.com/v2/users/self'],
    ['a host prefix with a query', request('/www.zopim.com/api/v2/chats/search?q=visitor_email:a'), 'https://www.zopim.com/api/v2/chats/search?q=visitor_email:a'],
    ['a Support subdomain prefix', request('/acme.zendesk.com/api/v2/users/me.json'), 'https://acme.zendesk.com/api/v2/users/me.json'],
    ['a bare relative Support path', request('/api/v2/users/me.json'), 'https://sandbox.zendesk.com/api/v2/users/me.json'],
  ])('reads %s', (_name, req, expected) => {
    expect(targetUrl(req).toString()).toBe(expected);
  });
});

describe('loadState / saveState', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sandbox-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips a sandbox with its changes into a new sandbox', async () => {
    const sb = createSandbox({ seed: 3 });
    const res = await sb.handle(
      new Request('https://api.getbase.com/v2/leads', {
        method: 'POST',
        headers: { Authorization: `Bearer ${sb.tokens.sell}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ data: { last_name: 'Persisted', email: 'persisted@example.com' } }),
      }),
    );
    expect(res.status).toBe(200);
    const file = join(dir, 'nested', 'state.json');
    saveState(file, sb.state);
    const loaded = loadState(file);
    expect(loaded).toEqual(sb.state);
    const revived = createSandbox({ state: loaded! });
    expect(revived.tokens).toEqual(sb.tokens);
    const found = await revived.handle(new Request('https://api.getbase.com/v2/leads?email=persisted@example.com', { headers: { Authorization: `Bearer ${sb.tokens.sell}` } }));
    expect(((await found.json()) as { meta: { count: number } }).meta.count).toBe(1);
  });

  it('resets a revived sandbox to its seed, not to the loaded state', () => {
    const sb = createSandbox({ seed: 5 });
    sb.state.leads.length = 0;
    const revived = createSandbox({ state: structuredClone(sb.state) });
    revived.reset();
    expect(revived.state.leads.length).toBe(2000);
    expect(revived.state).toEqual(createSandbox({ seed: 5 }).state);
  });

  it.each([
    ['a missing file', null],
    ['invalid JSON', '{nope'],
    ['JSON that is not a sandbox state', JSON.stringify({ version: 2, leads: [] })],
  ])('returns null for %s', (_name, content) => {
    const file = join(dir, 'state.json');
    if (content !== null) writeFileSync(file, content);
    expect(loadState(file)).toBeNull();
  });

  it('keeps the fixtures in a saved state', () => {
    const file = join(dir, 'state.json');
    saveState(file, createSandbox().state);
    expect(loadState(file)?.leads.some((l) => l.email === fixtures.leadOnly.email)).toBe(true);
  });
});

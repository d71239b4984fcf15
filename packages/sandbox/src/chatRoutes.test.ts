import { CHAT_ORIGIN } from './chatRoutes';
import { fixtures } from './fixtures';
import { body, describeContract } from './testing';
import type { SandboxChat } from './types';

interface SearchPage {
  results: { id: string; type: string; timestamp: string; preview: string; url: string }[];
  count: number;
  next_url: string | null;
  prev_url: string | null;
}

describeContract('Chat REST', (t) => {
  it.each([
    ['no token', {}],
    ['the Sell token', { Authorization: 'Bearer wrong' }],
  ])('answers 401 with the Chat error body for %s', async (_name, headers) => {
    const res = await t.call(`${CHAT_ORIGIN}/api/v2/chats/search?q=x`, { headers });
    expect(res.status).toBe(401);
    expect(await body<unknown>(res)).toEqual({ error: 'Unauthorized', description: expect.any(String) as unknown });
  });

  it('finds a visitor’s chats by visitor_email over three pages of ten, newest first', async () => {
    const ids: string[] = [];
    const stamps: string[] = [];
    let url: string | null = `${CHAT_ORIGIN}/api/v2/chats/search?q=${encodeURIComponent(`visitor_email:${fixtures.leadOnly.email}`)}`;
    let pages = 0;
    while (url) {
      const page: SearchPage = await body<SearchPage>(await t.call(url, { headers: { Authorization: `Bearer ${t.sb.tokens.chat}` } }));
      expect(page.count).toBe(fixtures.leadOnly.chatCount);
      if (pages > 0) expect(page.prev_url).toMatch(/^https:\/\/www\.zopim\.com\//);
      ids.push(...page.results.map((r) => r.id));
      stamps.push(...page.results.map((r) => r.timestamp));
      url = page.next_url;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(new Set(ids).size).toBe(fixtures.leadOnly.chatCount);
    expect(stamps).toEqual([...stamps].sort().reverse());
  });

  it('gives each hit a preview and an absolute url that fetches the chat', async () => {
    const page = await body<SearchPage>(await t.chat(`/api/v2/chats/search?q=visitor_email:${fixtures.personWithDeals.email}`));
    expect(page.results).toHaveLength(fixtures.personWithDeals.chatCount);
    const hit = page.results[0]!;
    expect(hit.url).toBe(`${CHAT_ORIGIN}/api/v2/chats/${hit.id}`);
    const chat = await body<SandboxChat>(await t.call(hit.url, { headers: { Authorization: `Bearer ${t.sb.tokens.chat}` } }));
    expect(chat.visitor.email).toBe(fixtures.personWithDeals.email);
  });

  it('matches free text in messages and names', async () => {
    const page = await body<SearchPage>(await t.chat(`/api/v2/chats/search?q=${encodeURIComponent('Ana García')}`));
    expect(page.count).toBeGreaterThanOrEqual(fixtures.personWithDeals.chatCount);
  });

  it('finds nothing for an unknown visitor', async () => {
    const page = await body<SearchPage>(await t.chat('/api/v2/chats/search?q=visitor_email:ghost@nowhere.example'));
    expect(page).toEqual({ results: [], count: 0, next_url: null, prev_url: null });
  });

  it('answers a chat with visitor, agents, department and a history of joins and messages', async () => {
    const res = await t.chat(`/api/v2/chats/${fixtures.knownChatId}`);
    expect(res.status).toBe(200);
    const chat = await body<SandboxChat>(res);
    expect(chat).toMatchObject({ id: fixtures.knownChatId, type: 'chat', visitor: { email: fixtures.personWithDeals.email } });
    expect(chat.agent_names.length).toBeGreaterThan(0);
    expect(typeof chat.department_name).toBe('string');
    const types = chat.history.map((h) => h.type);
    expect(types).toContain('chat.memberjoin');
    expect(types).toContain('chat.msg');
    expect(chat.history.every((h, i) => h.index === i && typeof h.timestamp === 'string')).toBe(true);
    expect(chat.history.some((h) => h.sender_type === 'Agent' && h.agent_id !== undefined)).toBe(true);
  });

  it('answers 404 for an unknown chat id', async () => {
    const res = await t.chat('/api/v2/chats/0000.0.nope');
    expect(res.status).toBe(404);
    expect(await body<{ error: string }>(res)).toMatchObject({ error: 'Not Found' });
  });

  it('fetches several chats by ids keyed by id', async () => {
    const second = t.sb.state.chats[1]!.id;
    const res = await body<{ docs: Record<string, SandboxChat> }>(await t.chat(`/api/v2/chats?ids=${fixtures.knownChatId},${second},missing`));
    expect(Object.keys(res.docs).sort()).toEqual([fixtures.knownChatId, second].sort());
  });

  it('lists chats with next_url paging', async () => {
    const first = await body<{ chats: SandboxChat[]; count: number; next_url: string | null }>(await t.chat('/api/v2/chats'));
    expect(first.chats).toHaveLength(100);
    expect(first.count).toBe(200);
    expect(first.next_url).toBe(`${CHAT_ORIGIN}/api/v2/chats?page=2`);
  });

  it('exports chats incrementally from a start time, oldest first', async () => {
    const start = Math.floor(Date.parse('2025-12-01T00:00:00Z') / 1000);
    const res = await body<{ chats: SandboxChat[]; count: number; end_time: number; next_page: string }>(await t.chat(`/api/v2/incremental/chats?start_time=${start}&limit=5`));
    expect(res.count).toBe(5);
    expect(res.chats.every((c) => Date.parse(c.timestamp) / 1000 > start)).toBe(true);
    expect(res.end_time).toBe(Date.parse(res.chats.at(-1)!.timestamp) / 1000);
    const next = await body<{ chats: SandboxChat[] }>(await t.call(res.next_page, { headers: { Authorization: `Bearer ${t.sb.tokens.chat}` } }));
    expect(next.chats.map((c) => c.id)).not.toContain(res.chats.at(-1)!.id);
  });
});

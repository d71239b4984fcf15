import { createChatClient, sortChatsNewestFirst } from './createChatClient';
import type { FakeAnswer } from './testing';
import { fakeTransport, jsonResponse, recordingSleep, textResponse, unlimited } from './testing';
import type { TransportRequest } from './transport';

function setup(answer: (req: TransportRequest, i: number) => FakeAnswer) {
  const transport = fakeTransport(answer);
  const sleep = recordingSleep();
  const client = createChatClient({ transport, limiter: unlimited, sleep, random: () => 0 });
  return { client, transport, sleep };
}

describe('createChatClient', () => {
  it('searches by visitor email with the chat token placeholder and returns the next cursor', async () => {
    const next = 'https://www.zopim.com/api/v2/chats/search?q=visitor_email%3Aann%40acme.test&page=2';
    const { client, transport } = setup(() =>
      jsonResponse(200, { results: [{ id: 'c1', type: 'chat', timestamp: '2026-01-01T00:00:00Z' }], count: 3, next_url: next }),
    );
    const page = await client.searchChatsByEmail('ann@acme.test');
    expect(page).toEqual({ results: [{ id: 'c1', type: 'chat', timestamp: '2026-01-01T00:00:00Z' }], count: 3, next });
    const sent = transport.requests[0]!;
    expect(new URL(sent.url).searchParams.get('q')).toBe('visitor_email:ann@acme.test');
    expect(sent.headers.Authorization).toBe('Bearer {{setting.chat_access_token}}');
  });

  it('follows a cursor on the Chat host and refuses one elsewhere', async () => {
    const { client, transport } = setup(() => jsonResponse(200, { results: [], next_url: null }));
    const cursor = 'https://www.zopim.com/api/v2/chats/search?q=x&page=2';
    expect((await client.searchChatsByEmail('a@b.test', { cursor })).next).toBeNull();
    expect(transport.requests[0]!.url).toBe(cursor);
    await expect(client.searchChatsByEmail('a@b.test', { cursor: 'https://evil.test/steal' })).rejects.toMatchObject({ kind: 'server' });
    expect(transport.requests).toHaveLength(1);
  });

  it('honours Retry-After on a 429', async () => {
    const { client, sleep } = setup((_req, i) =>
      i === 0 ? textResponse(429, 'Too Many Requests', { 'retry-after': '12' }) : jsonResponse(200, { results: [] }),
    );
    await client.searchChatsByEmail('a@b.test');
    expect(sleep.delays).toEqual([12_000]);
  });

  it('gets chats in one bulk request, newest first, skipping ids that are gone', async () => {
    const { client, transport } = setup(() =>
      jsonResponse(200, {
        docs: {
          old: { id: 'old', timestamp: '2025-01-01T00:00:00Z' },
          new: { id: 'new', timestamp: '2026-01-01T00:00:00Z' },
        },
      }),
    );
    const chats = await client.getChats(['old', 'gone', 'new', 'old']);
    expect(chats.map((c) => c.id)).toEqual(['new', 'old']);
    expect(transport.requests).toHaveLength(1);
    expect(new URL(transport.requests[0]!.url).searchParams.get('ids')).toBe('old,gone,new');
  });

  it('falls back to one request per chat when the bulk answer has another shape', async () => {
    const { client, transport } = setup((req) => {
      if (new URL(req.url).searchParams.has('ids')) return jsonResponse(200, { chats: [] });
      const id = decodeURIComponent(new URL(req.url).pathname.split('/').pop()!);
      if (id === 'gone') return jsonResponse(404, { error: 'Not Found' });
      return jsonResponse(200, { id, timestamp: id === 'old' ? '2025-01-01T00:00:00Z' : '2026-01-01T00:00:00Z' });
    });
    const chats = await client.getChats(['old', 'gone', 'new']);
    expect(chats.map((c) => c.id)).toEqual(['new', 'old']);
    expect(transport.requests).toHaveLength(4);
  });

  it('splits many ids into bulk requests of 50', async () => {
    const { client, transport } = setup(() => jsonResponse(200, { docs: {} }));
    await client.getChats(Array.from({ length: 120 }, (_, i) => `c${String(i)}`));
    expect(transport.requests.map((r) => new URL(r.url).searchParams.get('ids')!.split(',').length)).toEqual([50, 50, 20]);
  });

  it('fails getChats on errors other than not found', async () => {
    const { client } = setup(() => jsonResponse(401, { error: 'Unauthorized', description: 'no' }));
    await expect(client.getChats(['a'])).rejects.toMatchObject({ kind: 'unauthorized', service: 'chat' });
  });
});

describe('sortChatsNewestFirst', () => {
  it('orders by timestamp, newest first, without mutating the input', () => {
    const input = [{ timestamp: '2026-01-01T00:00:00Z' }, { timestamp: '2026-03-01T00:00:00Z' }, { timestamp: '2025-12-31T23:59:59Z' }];
    const sorted = sortChatsNewestFirst(input);
    expect(sorted.map((c) => c.timestamp)).toEqual(['2026-03-01T00:00:00Z', '2026-01-01T00:00:00Z', '2025-12-31T23:59:59Z']);
    expect(input[0]!.timestamp).toBe('2026-01-01T00:00:00Z');
  });
});

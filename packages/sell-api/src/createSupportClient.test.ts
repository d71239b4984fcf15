import { createSupportClient } from './createSupportClient';
import type { FakeAnswer } from './testing';
import { fakeTransport, jsonResponse, recordingSleep, textResponse, unlimited } from './testing';
import type { TransportRequest } from './transport';

function setup(answer: (req: TransportRequest, i: number) => FakeAnswer) {
  const transport = fakeTransport(answer);
  const sleep = recordingSleep();
  const client = createSupportClient({ transport, limiter: unlimited, sleep, random: () => 0 });
  return { client, transport, sleep };
}

const installation = { id: 7, app_id: 1, product: 'support', settings: { name: 'App', lead_status: 'New' }, enabled: true };

describe('createSupportClient', () => {
  it.each([
    ['a bare installation', installation],
    ['a wrapped installation', { installation }],
  ])('reads %s from a relative URL without any token', async (_label, body) => {
    const { client, transport } = setup(() => jsonResponse(200, body));
    expect(await client.getInstallation(7, 'support')).toMatchObject({ id: 7, settings: { lead_status: 'New' } });
    expect(transport.requests[0]!.url).toBe('/api/support/apps/installations/7.json');
    expect(transport.requests[0]!.headers).not.toHaveProperty('Authorization');
  });

  it('PUTs only the changed settings', async () => {
    const { client, transport } = setup(() => jsonResponse(200, installation));
    await client.updateInstallation(7, 'chat', { lead_source: 'Chat' });
    expect(transport.requests[0]).toMatchObject({ method: 'PUT', url: '/api/chat/apps/installations/7.json' });
    expect(JSON.parse(transport.requests[0]!.body!)).toEqual({ settings: { lead_source: 'Chat' } });
  });

  it('finds users by exact email with a relative users search, dropping loose hits', async () => {
    const { client, transport } = setup(() =>
      jsonResponse(200, {
        users: [
          { id: 1, name: 'Ann', email: 'Ann@Acme.test' },
          { id: 2, name: 'Annie', email: 'annie@acme.test' },
        ],
        count: 2,
      }),
    );
    expect((await client.findUsersByEmail(' ann@acme.test ')).map((u) => u.id)).toEqual([1]);
    const url = new URL(transport.requests[0]!.url, 'https://x.zendesk.com');
    expect(transport.requests[0]!.url.startsWith('/api/v2/users/search.json?')).toBe(true);
    expect(url.searchParams.get('query')).toBe('email:ann@acme.test');
    expect(transport.requests[0]!.headers).not.toHaveProperty('Authorization');
  });

  it('asks for requested tickets newest update first with users sideloaded, then follows next_page relatively', async () => {
    const { client, transport } = setup((_r, i) =>
      jsonResponse(200, {
        tickets: [{ id: 10 + i, status: 'open' }],
        users: [{ id: 5, name: 'Agent' }],
        next_page: i === 0 ? 'https://acme.zendesk.com/api/v2/users/7/tickets/requested.json?page=2&per_page=10' : null,
        count: 2,
      }),
    );
    const first = await client.listRequestedTickets(7);
    expect(first).toMatchObject({ count: 2, users: [{ id: 5 }], tickets: [{ id: 10 }] });
    const url = new URL(transport.requests[0]!.url, 'https://x.zendesk.com');
    expect(url.pathname).toBe('/api/v2/users/7/tickets/requested.json');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ sort_by: 'updated_at', sort_order: 'desc', include: 'users', per_page: '10' });
    const second = await client.listRequestedTickets(7, { page: first.nextPage! });
    expect(transport.requests[1]!.url).toBe('/api/v2/users/7/tickets/requested.json?page=2&per_page=10');
    expect(second.nextPage).toBeNull();
  });

  it.each([
    ['another host path', 'https://acme.zendesk.com/api/v2/tickets.json?page=2'],
    ['another user', 'https://acme.zendesk.com/api/v2/users/8/tickets/requested.json?page=2'],
    ['plain http', 'http://acme.zendesk.com/api/v2/users/7/tickets/requested.json?page=2'],
  ])('refuses a next_page link to %s without calling it', async (_label, page) => {
    const { client, transport } = setup(() => jsonResponse(200, { tickets: [] }));
    await expect(client.listRequestedTickets(7, { page })).rejects.toMatchObject({ kind: 'server', service: 'support' });
    expect(transport.requests).toHaveLength(0);
  });

  it('rejects a requested-tickets answer without a tickets list', async () => {
    const { client } = setup(() => jsonResponse(200, { results: [] }));
    await expect(client.listRequestedTickets(7)).rejects.toMatchObject({ kind: 'server', service: 'support' });
  });

  it('waits for Retry-After on a Support 429, then succeeds', async () => {
    const { client, sleep } = setup((_r, i) => (i === 0 ? textResponse(429, '', { 'retry-after': '2' }) : jsonResponse(200, installation)));
    await client.getInstallation(7, 'support');
    expect(sleep.delays).toEqual([2000]);
  });

  it('maps a Support 403 body to a forbidden error', async () => {
    const { client } = setup(() => jsonResponse(403, { error: 'Forbidden', description: 'admins only' }));
    await expect(client.updateInstallation(7, 'support', {})).rejects.toMatchObject({ kind: 'forbidden', service: 'support' });
  });
});

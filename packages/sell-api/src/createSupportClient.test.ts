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

  it('searches tickets by requester email, keeping only tickets', async () => {
    const { client, transport } = setup(() =>
      jsonResponse(200, { results: [{ id: 1, result_type: 'ticket' }, { id: 2, result_type: 'user' }], count: 1 }),
    );
    const found = await client.searchTicketsByRequesterEmail('ann@acme.test');
    expect(found.tickets.map((t) => t.id)).toEqual([1]);
    const url = new URL(transport.requests[0]!.url, 'https://x.zendesk.com');
    expect(url.pathname).toBe('/api/v2/search.json');
    expect(url.searchParams.get('query')).toBe('type:ticket requester:ann@acme.test');
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

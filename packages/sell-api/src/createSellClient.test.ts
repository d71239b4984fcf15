import { createReferenceCache } from './createReferenceCache';
import { createSellClient } from './createSellClient';
import type { SellClientOptions } from './createSellClient';
import { isSellApiError } from './sellApiError';
import type { FakeAnswer } from './testing';
import {
  fakeTransport,
  jsonResponse,
  manualClock,
  recordingSleep,
  sellCollection,
  sellErrors,
  sellItem,
  textResponse,
  unlimited,
} from './testing';
import type { TransportRequest } from './transport';

const BASE = 'https://api.getbase.com';

function setup(answer: (req: TransportRequest, url: URL, i: number) => FakeAnswer, extra: Partial<SellClientOptions> = {}) {
  const transport = fakeTransport((req, i) => answer(req, new URL(req.url, BASE), i));
  const sleep = recordingSleep();
  const client = createSellClient({ transport, tokenSetting: 'access_token', limiter: unlimited, sleep, random: () => 0, ...extra });
  return { client, transport, sleep };
}

const user = (id: number, email = `u${String(id)}@acme.test`) => ({ id, name: `User ${String(id)}`, email, status: 'active' });

describe('createSellClient', () => {
  it('follows next_page across pages, reporting progress (loaded, pageCount)', async () => {
    const { client, transport } = setup((_req, url) => {
      const page = Number(url.searchParams.get('page') ?? '1');
      const users = Array.from({ length: page < 3 ? 100 : 30 }, (_, k) => user((page - 1) * 100 + k + 1));
      const next = page < 3 ? `${BASE}/v2/users?page=${String(page + 1)}&per_page=100` : undefined;
      return jsonResponse(200, sellCollection(users, next));
    });
    const progress: [number, number][] = [];
    const users = await client.listLeadStatuses({ onProgress: (loaded, pages) => progress.push([loaded, pages]) });
    expect(users).toHaveLength(230);
    expect(new Set(users.map((u) => u.id)).size).toBe(230);
    expect(progress).toEqual([[100, 1], [200, 2], [230, 3]]);
    expect(new URL(transport.requests[0]!.url).searchParams.get('per_page')).toBe('100');
  });

  it('refuses a next_page on another host (the token placeholder would go there)', async () => {
    const { client, transport } = setup(() => jsonResponse(200, sellCollection([user(1)], 'https://evil.test/v2/users?page=2')));
    await expect(client.listLeadStatuses()).rejects.toMatchObject({ kind: 'server' });
    expect(transport.requests).toHaveLength(1);
  });

  it('sends the token placeholder chosen by tokenSetting', async () => {
    const { client, transport } = setup(() => jsonResponse(200, sellItem(user(1))), { tokenSetting: 'sell_api_token' });
    await client.self();
    expect(transport.requests[0]!.headers.Authorization).toBe('Bearer {{setting.sell_api_token}}');
    expect(transport.requests[0]!.url).toBe(`${BASE}/v2/users/self`);
  });

  it('serves reference data from the cache until the TTL passes', async () => {
    const clock = manualClock();
    const cache = createReferenceCache({ ttlMs: 60_000, now: clock.now });
    const { client, transport } = setup(() => jsonResponse(200, sellCollection([{ id: 1, name: 'New' }])), { cache, now: clock.now });
    await client.listLeadStatuses();
    await client.listLeadStatuses();
    expect(transport.requests).toHaveLength(1);
    clock.advance(60_000);
    await client.listLeadStatuses();
    expect(transport.requests).toHaveLength(2);
  });

  it('collapses concurrent reference loads into one request', async () => {
    const { client, transport } = setup(() => jsonResponse(200, sellCollection([{ id: 1, name: 'x', type: 'string' }])));
    await Promise.all([client.listCustomFields('lead'), client.listCustomFields('lead'), client.listCustomFields('lead')]);
    expect(transport.requests).toHaveLength(1);
    expect(new URL(transport.requests[0]!.url).pathname).toBe('/v2/lead/custom_fields');
  });

  it('splits contacts found by email into persons and companies with one request', async () => {
    const { client, transport } = setup(() =>
      jsonResponse(200, sellCollection([{ id: 1, is_organization: false }, { id: 2, is_organization: true }])),
    );
    const found = await client.findContactsByEmail('ann@acme.test');
    expect(found.persons.map((c) => c.id)).toEqual([1]);
    expect(found.companies.map((c) => c.id)).toEqual([2]);
    expect(new URL(transport.requests[0]!.url).searchParams.get('email')).toBe('ann@acme.test');
    expect(transport.requests).toHaveLength(1);
  });

  it("lists a company's persons by contact_id, leaving out anything that is not one of them", async () => {
    const { client, transport } = setup(() =>
      jsonResponse(200, sellCollection([{ id: 1, is_organization: false, contact_id: 9 }, { id: 2, is_organization: true, contact_id: null }, { id: 3, is_organization: false, contact_id: 8 }])),
    );
    expect((await client.findPersonsOfCompany(9)).map((c) => c.id)).toEqual([1]);
    const url = new URL(transport.requests[0]!.url);
    expect(url.pathname).toBe('/v2/contacts');
    expect(url.searchParams.get('contact_id')).toBe('9');
    expect(url.searchParams.get('is_organization')).toBe('false');
  });

  it('reads deals with one contact_id request per distinct id and merges them without duplicates', async () => {
    const { client, transport } = setup((_req, url) => {
      const id = Number(url.searchParams.get('contact_id'));
      return jsonResponse(200, sellCollection([{ id: id * 10 }, { id: 999 }]));
    });
    const deals = await client.findDealsByContactIds([1, 2, 1]);
    expect(deals.map((d) => d.id).sort()).toEqual([10, 20, 999]);
    expect(transport.requests.map((r) => new URL(r.url).searchParams.get('contact_id')).sort()).toEqual(['1', '2']);
  });

  it('finds users by email exactly, never a loose hit', async () => {
    const { client } = setup(() => jsonResponse(200, sellCollection([user(7, 'other@acme.test')])));
    expect(await client.findUserByEmail('ann@acme.test')).toBeNull();
    const exact = setup(() => jsonResponse(200, sellCollection([user(8, 'Ann@Acme.test')])));
    expect((await exact.client.findUserByEmail('ann@acme.test'))?.id).toBe(8);
  });

  it('creates a lead with one POST wrapped in data, and never retries it', async () => {
    const { client, transport, sleep } = setup(() => textResponse(503, 'busy'));
    await expect(client.createLead({ last_name: 'Lee', email: 'ann@acme.test' })).rejects.toMatchObject({ kind: 'server' });
    expect(transport.requests).toHaveLength(1);
    expect(transport.requests[0]).toMatchObject({ method: 'POST', url: `${BASE}/v2/leads` });
    expect(JSON.parse(transport.requests[0]!.body!)).toEqual({ data: { last_name: 'Lee', email: 'ann@acme.test' } });
    expect(sleep.delays).toEqual([]);
  });

  it('creates a note without retrying', async () => {
    const { client, transport } = setup(() => jsonResponse(200, sellItem({ id: 5, content: 'hi' })));
    const note = await client.createNote({ resource_type: 'lead', resource_id: 3, content: 'hi' });
    expect(note.id).toBe(5);
    expect(JSON.parse(transport.requests[0]!.body!)).toEqual({ data: { resource_type: 'lead', resource_id: 3, content: 'hi' } });
  });

  describe('ensureLeadSource', () => {
    it('reuses an existing source without a POST', async () => {
      const { client, transport } = setup(() => jsonResponse(200, sellCollection([{ id: 3, name: 'Zendesk Chat' }])));
      expect((await client.ensureLeadSource('Zendesk Chat')).id).toBe(3);
      expect(transport.requests.map((r) => r.method)).toEqual(['GET']);
    });

    it('creates a missing source once, even when asked concurrently', async () => {
      const { client, transport } = setup((req) =>
        req.method === 'GET' ? jsonResponse(200, sellCollection([])) : jsonResponse(200, sellItem({ id: 4, name: 'Chat' })),
      );
      const results = await Promise.all([client.ensureLeadSource('Chat'), client.ensureLeadSource('Chat')]);
      expect(results.map((s) => s.id)).toEqual([4, 4]);
      expect(transport.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
      expect(JSON.parse(transport.requests.find((r) => r.method === 'POST')!.body!)).toEqual({ data: { name: 'Chat' } });
    });

    it('reads the source again when the POST says it already exists', async () => {
      let gets = 0;
      const { client, transport } = setup((req) => {
        if (req.method === 'POST') return jsonResponse(422, sellErrors('422', [{ code: 'already_exists', field: '/name' }]));
        gets += 1;
        return jsonResponse(200, sellCollection(gets === 1 ? [] : [{ id: 9, name: 'Chat' }]));
      });
      expect((await client.ensureLeadSource('Chat')).id).toBe(9);
      expect(transport.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET']);
    });

    it('is cached in a shared cache so later leads reuse it', async () => {
      const cache = createReferenceCache({ ttlMs: 60_000 });
      const { client, transport } = setup(() => jsonResponse(200, sellCollection([{ id: 3, name: 'S' }])), { cache });
      await client.ensureLeadSource('S');
      await client.ensureLeadSource('S');
      expect(transport.requests).toHaveLength(1);
    });
  });

  describe('Search v3 by phone', () => {
    it('posts an ids-only search, then loads the hits from Core v2 in one request', async () => {
      const { client, transport } = setup((req) =>
        req.method === 'POST'
          ? jsonResponse(200, { items: [{ items: [{ data: { id: 11 } }, { data: { id: 12 } }], meta: {} }] })
          : jsonResponse(200, sellCollection([{ id: 11 }, { id: 12 }])),
      );
      const outcome = await client.searchLeadsByPhone({ phone: '+1 555 0100', nationalNumber: '5550100' });
      expect(outcome).toMatchObject({ status: 'ok', records: [{ id: 11 }, { id: 12 }] });
      const [search, load] = transport.requests;
      expect(search!.url).toBe(`${BASE}/v3/leads/search`);
      const body = JSON.parse(search!.body!) as { items: { data: { query: { projection: unknown; filter: unknown } } }[] };
      expect(body.items[0]!.data.query.projection).toEqual([{ name: 'id' }]);
      expect(JSON.stringify(body.items[0]!.data.query.filter)).toContain('5550100');
      expect(new URL(load!.url).searchParams.get('ids')).toBe('11,12');
    });

    it('makes no second request when nothing matched', async () => {
      const { client, transport } = setup(() => jsonResponse(200, { items: [{ items: [], meta: {} }] }));
      expect(await client.searchContactsByPhone('555')).toEqual({ status: 'ok', records: [] });
      expect(transport.requests).toHaveLength(1);
    });

    it.each([403, 404])('turns a %i into search_unavailable instead of throwing', async (status) => {
      const { client } = setup(() => jsonResponse(status, sellErrors(String(status), [{ code: 'forbidden' }])));
      const outcome = await client.searchContactsByPhone('+44 20 7946 0000');
      expect(outcome.status).toBe('search_unavailable');
    });

    it('retries a search (a read) on 5xx', async () => {
      const { client, transport } = setup((_req, _url, i) => (i === 0 ? textResponse(500, '') : jsonResponse(200, { items: [] })));
      expect((await client.searchLeadsByPhone('555')).status).toBe('ok');
      expect(transport.requests).toHaveLength(2);
    });

    it('still throws other failures', async () => {
      const { client } = setup(() => jsonResponse(401, sellErrors('401', [{ code: 'unauthorized' }])));
      const error: unknown = await client.searchLeadsByPhone('555').catch((e: unknown) => e);
      expect(isSellApiError(error) && error.kind).toBe('unauthorized');
    });
  });
});

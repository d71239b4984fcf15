import { fixtures } from './fixtures';
import { body, describeContract, type SellErrorBody } from './testing';

interface SearchBody {
  items: { items: { data: Record<string, unknown>; meta: { type: string } }[]; meta: { count: number; total_count: number; links: { next_page?: string } } }[];
}

const leaf = (name: string, eq: unknown): object => ({ filter: { attribute: { name }, parameter: { eq } } });
const query = (filter: object, extra: object = {}): object => ({ items: [{ data: { query: { filter, projection: [{ name: 'email' }, { name: 'phone_numbers' }] }, ...extra } }] });

describeContract('Sell v3 search', (t) => {
  const ids = async (resource: 'leads' | 'contacts', payload: object): Promise<number[]> => {
    const res = await t.sellPost(`/v3/${resource}/search`, payload);
    expect(res.status).toBe(200);
    return (await body<SearchBody>(res)).items[0]!.items.map((i) => i.data.id as number);
  };

  it.each([
    ['a lead by raw phone', 'leads', leaf('phone_numbers.phone', fixtures.phoneOnlyLead.phone), fixtures.phoneOnlyLead.id],
    ['a lead by digits-only national number', 'leads', leaf('normalized_phone_numbers.national_number', fixtures.phoneOnlyLead.nationalNumber), fixtures.phoneOnlyLead.id],
    ['a person by national number', 'contacts', leaf('normalized_phone_numbers.national_number', fixtures.phoneOnlyPerson.nationalNumber), fixtures.phoneOnlyPerson.id],
    ['a lead by email, case-insensitively', 'leads', leaf('email', fixtures.leadOnly.email.toUpperCase()), fixtures.leadOnly.id],
    ['a contact by email', 'contacts', leaf('email', fixtures.personWithDeals.email), fixtures.personWithDeals.id],
  ] as const)('finds %s', async (_name, resource, filter, id) => {
    expect(await ids(resource, query(filter))).toEqual([id]);
  });

  it('combines filters with and / or', async () => {
    const either = { or: [leaf('email', fixtures.leadOnly.email), leaf('phone_numbers.phone', fixtures.phoneOnlyLead.phone)] };
    expect((await ids('leads', query(either))).sort()).toEqual([fixtures.leadOnly.id, fixtures.phoneOnlyLead.id].sort());
    const both = { and: [leaf('email', fixtures.leadOnly.email), leaf('phone_numbers.phone', fixtures.phoneOnlyLead.phone)] };
    expect(await ids('leads', query(both))).toEqual([]);
  });

  it('distinguishes persons from companies with is_organisation', async () => {
    const filter = { and: [leaf('email', fixtures.company.email), leaf('is_organisation', true)] };
    expect(await ids('contacts', query(filter))).toEqual([fixtures.company.id]);
  });

  it('returns only id and version unless attributes are projected', async () => {
    const bare = await body<SearchBody>(await t.sellPost('/v3/leads/search', { items: [{ data: { query: { filter: leaf('email', fixtures.leadOnly.email) } } }] }));
    expect(bare.items[0]!.items[0]!.data).toEqual({ id: fixtures.leadOnly.id, version: 1 });
    const projected = await body<SearchBody>(await t.sellPost('/v3/leads/search', query(leaf('email', fixtures.leadOnly.email))));
    expect(projected.items[0]!.items[0]!.data).toMatchObject({ id: fixtures.leadOnly.id, email: fixtures.leadOnly.email, phone_numbers: { phone: '+34 612 345 678' } });
    expect(projected.items[0]!.items[0]!.meta.type).toBe('lead');
  });

  it('pages with per_page and the next_page cursor until it is absent', async () => {
    const filter = leaf('status.id', t.sb.state.statuses[0]!.id);
    const total = t.sb.state.leads.filter((l) => l.status === 'New').length;
    const seen = new Set<number>();
    let cursor: string | undefined;
    let pages = 0;
    do {
      const data: Record<string, unknown> = { query: { filter }, per_page: 200 };
      if (cursor) data.cursor = cursor;
      const page = (await body<SearchBody>(await t.sellPost('/v3/leads/search', { items: [{ data }] }))).items[0]!;
      page.items.forEach((i) => seen.add(i.data.id as number));
      expect(page.meta.total_count).toBe(total);
      cursor = page.meta.links.next_page;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(Math.ceil(total / 200));
    expect(seen.size).toBe(total);
  });

  it('sorts by an attribute, descending on request', async () => {
    const payload = { items: [{ data: { query: { filter: leaf('status.id', t.sb.state.statuses[1]!.id), sort: [{ attribute: { name: 'id' }, order: 'descending' }] }, per_page: 20 } }] };
    const found = (await body<SearchBody>(await t.sellPost('/v3/leads/search', payload))).items[0]!.items.map((i) => i.data.id as number);
    expect(found).toHaveLength(20);
    expect(found).toEqual([...found].sort((a, b) => b - a));
  });

  it.each([
    ['no items', {}],
    ['per_page above 200', query(leaf('email', 'x'), { per_page: 201 })],
    ['an unknown attribute', query(leaf('favourite_colour', 'x'))],
    ['page and cursor together', query(leaf('email', 'x'), { page: 0, cursor: 'abc' })],
  ])('rejects a search with %s (400)', async (_name, payload) => {
    const res = await t.sellPost('/v3/leads/search', payload);
    expect(res.status).toBe(400);
    expect((await body<SellErrorBody>(res)).meta.type).toBe('errors');
  });

  it('answers 403 with a Sell error when the plan has no Search API', async () => {
    t.sb.state.searchApiEnabled = false;
    const res = await t.sellPost('/v3/contacts/search', query(leaf('email', fixtures.personWithDeals.email)));
    expect(res.status).toBe(403);
    const error = await body<SellErrorBody>(res);
    expect(error.errors[0]?.error.code).toBe('forbidden');
    expect(error.meta.logref).toBe(res.headers.get('x-request-id'));
  });
});

import type { SellContact, SellDeal, SellLead, SellUser } from '@sell-bridge/core';
import { fixtures } from './fixtures';
import { body, describeContract, type SellCollection, type SellErrorBody, type SellSingle } from './testing';

describeContract('Sell v2 reads', (t) => {
  it('wraps a list in the collection envelope with absolute links and no next_page on the last page', async () => {
    const res = await t.sell('/v2/lead_statuses');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const page = await body<SellCollection<{ id: number; name: string }>>(res);
    expect(page.meta).toMatchObject({ type: 'collection', count: 6 });
    expect(page.items.every((item) => item.meta.type === 'lead_status' && typeof item.data.id === 'number')).toBe(true);
    expect(page.meta.links.self).toMatch(/^https:\/\/api\.getbase\.com\/v2\/lead_statuses\?/);
    expect(page.meta.links.first_page).toContain('page=1');
    expect(page.meta.links.next_page).toBeUndefined();
    expect(page.meta.links.prev_page).toBeUndefined();
  });

  it('pages through all 120 users in three pages by following next_page', async () => {
    const seen: number[] = [];
    let url: string | undefined = 'https://api.getbase.com/v2/users?per_page=50';
    let pages = 0;
    while (url) {
      const res = await t.call(url, { headers: { Authorization: `Bearer ${t.sb.tokens.sell}` } });
      const page = await body<SellCollection<SellUser>>(res);
      seen.push(...page.items.map((i) => i.data.id));
      if (pages > 0) expect(page.meta.links.prev_page).toBeDefined();
      url = page.meta.links.next_page;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(120);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('defaults per_page to 25', async () => {
    const page = await body<SellCollection<SellLead>>(await t.sell('/v2/leads'));
    expect(page.meta.count).toBe(25);
    expect(page.meta.links.next_page).toContain('page=2');
  });

  it.each(['0', '101', '200', 'abc'])('rejects per_page=%s with 400 invalid_param', async (perPage) => {
    const res = await t.sell(`/v2/users?per_page=${perPage}`);
    expect(res.status).toBe(400);
    const error = await body<SellErrorBody>(res);
    expect(error.errors[0]?.error.code).toBe('invalid_param');
    expect(error.meta.http_status).toBe('400 Bad Request');
  });

  it.each([
    ['users by email, case-insensitively', `/v2/users?email=${fixtures.regularUser.email.toUpperCase()}`, [fixtures.regularUser.id]],
    ['users by ids', `/v2/users?ids=${fixtures.adminUser.id},${fixtures.managerUser.id}`, [fixtures.adminUser.id, fixtures.managerUser.id]],
    ['users by strict name', `/v2/users?name=${encodeURIComponent(fixtures.distribution.name)}`, [fixtures.distribution.userId]],
    ['leads by email', `/v2/leads?email=${fixtures.leadOnly.email}`, [fixtures.leadOnly.id]],
    ['leads by owner and email', `/v2/leads?email=${fixtures.hiddenLead.email}&owner_id=${fixtures.hiddenLead.ownerId}`, [fixtures.hiddenLead.id]],
    ['leads by a non-matching owner', `/v2/leads?email=${fixtures.hiddenLead.email}&owner_id=${fixtures.regularUser.id}`, []],
    ['leads by last_name', `/v2/leads?last_name=${encodeURIComponent('Fernández')}&first_name=${encodeURIComponent('Lucía')}`, [fixtures.leadOnly.id]],
    ['persons by email', `/v2/contacts?email=${fixtures.personWithDeals.email}&is_organization=false`, [fixtures.personWithDeals.id]],
    ['companies by email', `/v2/contacts?email=${fixtures.company.email}&is_organization=true`, [fixtures.company.id]],
    ['a person is not a company', `/v2/contacts?email=${fixtures.personWithDeals.email}&is_organization=true`, []],
    ['contacts by name', `/v2/contacts?name=${encodeURIComponent(fixtures.company.name)}`, [fixtures.company.id]],
    ['deals by contact_id', `/v2/deals?contact_id=${fixtures.personWithDeals.id}`, [...fixtures.personWithDeals.dealIds]],
    ['no match', `/v2/leads?email=${fixtures.noMatch.email}`, []],
  ])('filters %s', async (_name, path, ids) => {
    const page = await body<SellCollection<{ id: number }>>(await t.sell(path));
    expect(page.items.map((i) => i.data.id).sort()).toEqual([...ids].sort());
  });

  it('filters people of a company with contact_id and deals of a company with organization_id', async () => {
    const people = await body<SellCollection<SellContact>>(await t.sell(`/v2/contacts?contact_id=${fixtures.company.id}&per_page=100`));
    expect(people.items.map((i) => i.data.id)).toContain(fixtures.personWithDeals.id);
    const deals = await body<SellCollection<SellDeal>>(await t.sell(`/v2/deals?organization_id=${fixtures.company.id}&per_page=100`));
    expect(deals.items.every((i) => i.data.organization_id === fixtures.company.id)).toBe(true);
    expect(deals.items.length).toBeGreaterThanOrEqual(3);
  });

  it('filters leads by status and source_id', async () => {
    const page = await body<SellCollection<SellLead>>(await t.sell(`/v2/leads?status=Working&source_id=${t.sb.state.sources[0]!.id}&per_page=100`));
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((i) => i.data.status === 'Working' && i.data.source_id === t.sb.state.sources[0]!.id)).toBe(true);
  });

  it('sorts with sort_by and :desc', async () => {
    const page = await body<SellCollection<SellUser>>(await t.sell('/v2/users?sort_by=id:desc&per_page=5'));
    const ids = page.items.map((i) => i.data.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(ids[0]).toBe(Math.max(...t.sb.state.users.map((u) => u.id)));
  });

  it('answers /v2/users/self with the token owner, a Sell admin', async () => {
    const me = await body<SellSingle<SellUser>>(await t.sell('/v2/users/self'));
    expect(me.meta.type).toBe('user');
    expect(me.data).toMatchObject({ id: fixtures.adminUser.id, role: 'admin', status: 'active' });
  });

  it.each([
    ['user', `/v2/users/${fixtures.regularUser.id}`],
    ['lead', `/v2/leads/${fixtures.leadOnly.id}`],
    ['contact', `/v2/contacts/${fixtures.company.id}`],
    ['deal', `/v2/deals/${fixtures.personWithDeals.dealIds[0]}`],
  ])('answers a single %s in the single envelope', async (type, path) => {
    const one = await body<SellSingle<{ id: number }>>(await t.sell(path));
    expect(one.meta.type).toBe(type);
    expect(Number(path.split('/').at(-1))).toBe(one.data.id);
  });

  it.each(['/v2/leads/1', '/v2/contacts/1', '/v2/deals/1', '/v2/nothing', '/v2/leads/upsert/x', '/v1/leads'])('answers 404 not_found for %s', async (path) => {
    const res = await t.sell(path);
    expect(res.status).toBe(404);
    expect((await body<SellErrorBody>(res)).errors[0]?.error.code).toBe('not_found');
  });

  it('lists custom fields per resource with choices on list types', async () => {
    for (const resource of ['lead', 'contact', 'deal']) {
      const page = await body<SellCollection<{ type: string; choices?: unknown[] }>>(await t.sell(`/v2/${resource}/custom_fields?per_page=100`));
      expect(page.items.every((i) => i.meta.type === 'custom_field')).toBe(true);
      expect(page.items.find((i) => i.data.type === 'list')?.data.choices?.length).toBeGreaterThan(0);
    }
  });

  it('lists lead sources, stages, pipelines and the account', async () => {
    const sources = await body<SellCollection<{ name: string }>>(await t.sell(`/v2/lead_sources?name=${encodeURIComponent(fixtures.leadSources.existing)}`));
    expect(sources.items.map((i) => i.data.name)).toEqual([fixtures.leadSources.existing]);
    const stages = await body<SellCollection<{ pipeline_id: number }>>(await t.sell('/v2/stages?pipeline_id=1'));
    expect(stages.meta.count).toBe(6);
    expect((await t.sell('/v2/pipelines')).status).toBe(200);
    const account = await body<SellSingle<{ currency: string }>>(await t.sell('/v2/accounts/self'));
    expect(account).toMatchObject({ meta: { type: 'account' }, data: { currency: 'EUR' } });
  });

  it('rejects a non-integer id filter with 400', async () => {
    expect((await t.sell('/v2/leads?owner_id=abc')).status).toBe(400);
    expect((await t.sell('/v2/leads?ids=1,x')).status).toBe(400);
  });
});

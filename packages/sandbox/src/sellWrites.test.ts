import type { SellLead } from '@sell-bridge/core';
import { fixtures } from './fixtures';
import { body, describeContract, errorCodes, type SellCollection, type SellErrorBody, type SellSingle } from './testing';

describeContract('Sell v2 writes', (t) => {
  it('creates a lead, answers it in the single envelope and serves it afterwards', async () => {
    const res = await t.sellPost('/v2/leads', {
      data: { first_name: 'Ann', last_name: 'Lee', organization_name: 'Acme', email: 'ann@acme.io', phone: '+1 555 0100', tags: ['chat'], description: 'Created from chat' },
    });
    expect(res.status).toBe(200);
    const created = await body<SellSingle<SellLead>>(res);
    expect(created.meta.type).toBe('lead');
    expect(created.data).toMatchObject({ first_name: 'Ann', last_name: 'Lee', status: 'New', owner_id: fixtures.adminUser.id, creator_id: fixtures.adminUser.id, tags: ['chat'] });
    expect(created.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const again = await body<SellSingle<SellLead>>(await t.sell(`/v2/leads/${created.data.id}`));
    expect(again.data).toEqual(created.data);
    const byEmail = await body<SellCollection<SellLead>>(await t.sell('/v2/leads?email=ANN@acme.io'));
    expect(byEmail.items.map((i) => i.data.id)).toEqual([created.data.id]);
  });

  it('does not dedupe: the same lead twice gives two leads', async () => {
    const data = { data: { last_name: 'Twice', email: 'twice@example.com' } };
    const first = await body<SellSingle<SellLead>>(await t.sellPost('/v2/leads', data));
    const second = await body<SellSingle<SellLead>>(await t.sellPost('/v2/leads', data));
    expect(second.data.id).not.toBe(first.data.id);
  });

  it('accepts an organization-only lead, a known status, source and custom fields', async () => {
    const res = await t.sellPost('/v2/leads', {
      data: { organization_name: 'Solo Org', status: 'Working', source_id: t.sb.state.sources[1]!.id, owner_id: fixtures.regularUser.id, custom_fields: { Budget: 1200, 'Preferred contact': 'Chat', Interests: ['Support'] } },
    });
    expect(res.status).toBe(200);
    expect((await body<SellSingle<SellLead>>(res)).data).toMatchObject({ status: 'Working', owner_id: fixtures.regularUser.id, custom_fields: { Budget: 1200 } });
  });

  it.each([
    ['no names at all', { email: 'x@y.io' }, ['blank@/last_name']],
    ['first name and organization without last name', { first_name: 'Ann', organization_name: 'Acme' }, ['blank@/last_name']],
    ['blank last name', { last_name: '   ' }, ['blank@/last_name']],
    ['an unknown attribute', { last_name: 'Lee', invalid_field: 1 }, ['unknown@/invalid_field']],
    ['a bad email', { last_name: 'Lee', email: 'not-an-email' }, ['incorrect_value@/email']],
    ['an unknown status', { last_name: 'Lee', status: 'Nope' }, ['incorrect_value@/status']],
    ['an unknown owner', { last_name: 'Lee', owner_id: 1 }, ['incorrect_value@/owner_id']],
    ['an inactive owner', { last_name: 'Lee', owner_id: fixtures.inactiveUser.id }, ['incorrect_value@/owner_id']],
    ['an unknown source', { last_name: 'Lee', source_id: 1 }, ['incorrect_value@/source_id']],
    ['a wrong type', { last_name: 42 }, ['invalid_type@/last_name', 'blank@/last_name']],
    ['an unknown custom field', { last_name: 'Lee', custom_fields: { Nope: 'x' } }, ['unknown@/custom_fields/Nope']],
    ['a value outside a list', { last_name: 'Lee', custom_fields: { 'Preferred contact': 'Fax' } }, ['incorrect_value@/custom_fields/Preferred contact']],
    ['several problems at once', { email: 'bad', status: 'Nope' }, ['blank@/last_name', 'incorrect_value@/email', 'incorrect_value@/status']],
  ])('rejects a lead with %s (422)', async (_name, data, codes) => {
    const res = await t.sellPost('/v2/leads', { data });
    expect(res.status).toBe(422);
    const error = await body<SellErrorBody>(res);
    expect(errorCodes(error).sort()).toEqual([...codes].sort());
    expect(error.errors.every((e) => e.error.resource === 'lead' && e.error.message !== '' && e.error.details !== '')).toBe(true);
    expect(error.meta).toMatchObject({ type: 'errors', http_status: '422 Unprocessable Entity', logref: res.headers.get('x-request-id') });
  });

  it('requires the data wrapper and valid JSON', async () => {
    const unwrapped = await t.sellPost('/v2/leads', { last_name: 'Lee' });
    expect(unwrapped.status).toBe(422);
    expect(errorCodes(await body<SellErrorBody>(unwrapped))).toEqual(['missing@/data']);
    const broken = await t.sell('/v2/leads', { method: 'POST', body: '{not json', headers: { 'Content-Type': 'application/json' } });
    expect(broken.status).toBe(400);
  });

  it('assigns leads owned by a distribution pool round-robin to its active members', async () => {
    const owners: (number | null)[] = [];
    for (let i = 0; i < 5; i += 1) {
      const res = await t.sellPost('/v2/leads', { data: { last_name: `Pool ${i}`, owner_id: fixtures.distribution.userId } });
      owners.push((await body<SellSingle<SellLead>>(res)).data.owner_id);
    }
    const [a, b] = fixtures.distribution.activeMemberIds;
    expect(owners).toEqual([a, b, a, b, a]);
  });

  it('keeps the pool pointer when a pooled lead is rejected', async () => {
    await t.sellPost('/v2/leads', { data: { owner_id: fixtures.distribution.userId } });
    const res = await t.sellPost('/v2/leads', { data: { last_name: 'After', owner_id: fixtures.distribution.userId } });
    expect((await body<SellSingle<SellLead>>(res)).data.owner_id).toBe(fixtures.distribution.activeMemberIds[0]);
  });

  it('creates a lead source once and rejects the same name again with already_exists', async () => {
    const name = fixtures.leadSources.missing;
    const before = await body<SellCollection<unknown>>(await t.sell(`/v2/lead_sources?name=${encodeURIComponent(name)}`));
    expect(before.items).toHaveLength(0);
    const created = await t.sellPost('/v2/lead_sources', { data: { name } });
    expect(created.status).toBe(200);
    expect((await body<SellSingle<{ name: string }>>(created)).meta.type).toBe('lead_source');
    const again = await t.sellPost('/v2/lead_sources', { data: { name: name.toUpperCase() } });
    expect(again.status).toBe(422);
    expect(errorCodes(await body<SellErrorBody>(again))).toEqual(['already_exists@/name']);
    const after = await body<SellCollection<unknown>>(await t.sell(`/v2/lead_sources?name=${encodeURIComponent(name)}`));
    expect(after.items).toHaveLength(1);
  });

  it.each([
    ['a blank name', { name: ' ' }, ['blank@/name']],
    ['no name', {}, ['blank@/name']],
    ['an unknown attribute', { name: 'X', colour: 'red' }, ['unknown@/colour']],
  ])('rejects a lead source with %s', async (_name, data, codes) => {
    const res = await t.sellPost('/v2/lead_sources', { data });
    expect(res.status).toBe(422);
    expect(errorCodes(await body<SellErrorBody>(res))).toEqual(codes);
  });

  it('adds a note to a lead and lists it by resource', async () => {
    const res = await t.sellPost('/v2/notes', { data: { resource_type: 'lead', resource_id: fixtures.leadOnly.id, content: 'Transcript…' } });
    expect(res.status).toBe(200);
    const note = await body<SellSingle<{ id: number; content: string }>>(res);
    expect(note.meta.type).toBe('note');
    const list = await body<SellCollection<{ id: number }>>(await t.sell(`/v2/notes?resource_type=lead&resource_id=${fixtures.leadOnly.id}`));
    expect(list.items.map((i) => i.data.id)).toEqual([note.data.id]);
  });

  it.each([
    ['a bad resource_type', { resource_type: 'ticket', resource_id: 1, content: 'x' }, ['incorrect_value@/resource_type']],
    ['a missing record', { resource_type: 'lead', resource_id: 1, content: 'x' }, ['incorrect_value@/resource_id']],
    ['no content', { resource_type: 'contact', resource_id: fixtures.company.id, content: '' }, ['blank@/content']],
  ])('rejects a note with %s', async (_name, data, codes) => {
    const res = await t.sellPost('/v2/notes', { data });
    expect(res.status).toBe(422);
    expect(errorCodes(await body<SellErrorBody>(res))).toEqual(codes);
  });
});

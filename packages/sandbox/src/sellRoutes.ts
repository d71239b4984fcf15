import type { SellResourceType } from '@sell-bridge/core';
import {
  addressFilter,
  applyFilters,
  applySort,
  boolFilter,
  caseInsensitiveFilter,
  exactFilter,
  idsFilter,
  intFilter,
  parsePaging,
  type FilterSpec,
} from './listQuery';
import { searchV3 } from './searchV3';
import type { SellContext } from './sellContext';
import { sellCollection, sellError, sellSingle } from './sellEnvelope';
import { createLead, createNote, createSource } from './sellWrites';

type Handler = (ctx: SellContext, params: string[]) => Response | Promise<Response>;

const STAMPS = ['created_at', 'updated_at'];

/** Filters, sort and paging over `items`, answered as a Sell collection. */
function list(ctx: SellContext, type: string, items: readonly object[], spec: FilterSpec, defaultSort: string, sortable: readonly string[]): Response {
  const params = ctx.url.searchParams;
  const paging = parsePaging(params);
  if (!('page' in paging)) return sellError(400, [paging], ctx.requestId);
  const filtered = applyFilters(items, params, { ids: idsFilter, ...spec });
  if (!Array.isArray(filtered)) return sellError(400, [filtered], ctx.requestId);
  const sorted = applySort(filtered, params.get('sort_by'), defaultSort, ['id', ...sortable, ...STAMPS]);
  if (!Array.isArray(sorted)) return sellError(400, [sorted], ctx.requestId);
  const start = (paging.page - 1) * paging.perPage;
  return sellCollection(type, { items: sorted.slice(start, start + paging.perPage), page: paging.page, perPage: paging.perPage, total: sorted.length }, ctx.url, ctx.requestId);
}

/** One record by id, or Sell's 404. */
function one(ctx: SellContext, type: string, items: readonly { id: number }[], rawId: string | undefined): Response {
  const id = Number(rawId);
  const found = items.find((item) => item.id === id);
  if (!found) return sellError(404, [{ code: 'not_found', details: `The requested '${type}' (id: ${rawId ?? ''}) was not found.` }], ctx.requestId);
  return sellSingle(type, found, ctx.requestId);
}

const USER_FILTERS: FilterSpec = { email: caseInsensitiveFilter('email'), name: exactFilter('name'), role: exactFilter('role'), status: exactFilter('status'), confirmed: boolFilter('confirmed') };
const LEAD_FILTERS: FilterSpec = {
  owner_id: intFilter('owner_id'),
  creator_id: intFilter('creator_id'),
  source_id: intFilter('source_id'),
  status: exactFilter('status'),
  email: caseInsensitiveFilter('email'),
  first_name: exactFilter('first_name'),
  last_name: exactFilter('last_name'),
  organization_name: exactFilter('organization_name'),
  'address[city]': addressFilter('city'),
  'address[postal_code]': addressFilter('postal_code'),
  'address[country]': addressFilter('country'),
};
const CONTACT_FILTERS: FilterSpec = {
  is_organization: boolFilter('is_organization'),
  contact_id: intFilter('contact_id'),
  owner_id: intFilter('owner_id'),
  creator_id: intFilter('creator_id'),
  email: caseInsensitiveFilter('email'),
  name: exactFilter('name'),
  first_name: exactFilter('first_name'),
  last_name: exactFilter('last_name'),
  'address[city]': addressFilter('city'),
  'address[postal_code]': addressFilter('postal_code'),
  'address[country]': addressFilter('country'),
};
const DEAL_FILTERS: FilterSpec = {
  contact_id: intFilter('contact_id'),
  organization_id: intFilter('organization_id'),
  owner_id: intFilter('owner_id'),
  creator_id: intFilter('creator_id'),
  source_id: intFilter('source_id'),
  stage_id: intFilter('stage_id'),
  hot: boolFilter('hot'),
  estimated_close_date: exactFilter('estimated_close_date'),
};
const noteContent: FilterSpec = {
  q: (value) => (item) => ((item as { content?: string }).content ?? '').toLowerCase().includes(value.toLowerCase()),
};

const ROUTES: [method: string, path: RegExp, handler: Handler][] = [
  ['GET', /^\/v2\/users$/, (c) => list(c, 'user', c.state.users, USER_FILTERS, 'id:asc', ['name', 'email', 'status', 'role'])],
  ['GET', /^\/v2\/users\/self$/, (c) => one(c, 'user', c.state.users, String(c.state.selfUserId))],
  ['GET', /^\/v2\/users\/(\d+)$/, (c, [id]) => one(c, 'user', c.state.users, id)],
  ['GET', /^\/v2\/accounts\/self$/, (c) => sellSingle('account', c.state.account, c.requestId)],
  ['GET', /^\/v2\/leads$/, (c) => list(c, 'lead', c.state.leads, LEAD_FILTERS, 'updated_at:asc', ['first_name', 'last_name', 'organization_name', 'email', 'status', 'owner_id'])],
  ['POST', /^\/v2\/leads$/, createLead],
  ['GET', /^\/v2\/leads\/(\d+)$/, (c, [id]) => one(c, 'lead', c.state.leads, id)],
  ['GET', /^\/v2\/contacts$/, (c) => list(c, 'contact', c.state.contacts, CONTACT_FILTERS, 'last_name:asc', ['name', 'first_name', 'last_name', 'email', 'owner_id'])],
  ['GET', /^\/v2\/contacts\/(\d+)$/, (c, [id]) => one(c, 'contact', c.state.contacts, id)],
  ['GET', /^\/v2\/deals$/, (c) => list(c, 'deal', c.state.deals, DEAL_FILTERS, 'id:asc', ['name', 'value', 'stage_id', 'owner_id', 'estimated_close_date'])],
  ['GET', /^\/v2\/deals\/(\d+)$/, (c, [id]) => one(c, 'deal', c.state.deals, id)],
  ['GET', /^\/v2\/lead_statuses$/, (c) => list(c, 'lead_status', c.state.statuses, { name: exactFilter('name') }, 'id:asc', ['name'])],
  ['GET', /^\/v2\/lead_sources$/, (c) => list(c, 'lead_source', c.state.sources, { name: exactFilter('name') }, 'id:asc', ['name'])],
  ['POST', /^\/v2\/lead_sources$/, createSource],
  ['GET', /^\/v2\/lead_sources\/(\d+)$/, (c, [id]) => one(c, 'lead_source', c.state.sources, id)],
  [
    'GET',
    /^\/v2\/(lead|contact|deal)\/custom_fields$/,
    (c, [resource]) => list(c, 'custom_field', c.state.customFields[resource as SellResourceType], { name: exactFilter('name') }, 'id:asc', ['name']),
  ],
  ['GET', /^\/v2\/pipelines$/, (c) => list(c, 'pipeline', c.state.pipelines, {}, 'id:asc', ['name'])],
  ['GET', /^\/v2\/stages$/, (c) => list(c, 'stage', c.state.stages, { pipeline_id: intFilter('pipeline_id') }, 'id:asc', ['name', 'position'])],
  [
    'GET',
    /^\/v2\/notes$/,
    (c) => list(c, 'note', c.state.notes, { resource_type: exactFilter('resource_type'), resource_id: intFilter('resource_id'), creator_id: intFilter('creator_id'), ...noteContent }, 'updated_at:asc', []),
  ],
  ['POST', /^\/v2\/notes$/, createNote],
  ['GET', /^\/v2\/notes\/(\d+)$/, (c, [id]) => one(c, 'note', c.state.notes, id)],
  ['POST', /^\/v3\/(leads|contacts)\/search$/, (c, [resource]) => searchV3(c, resource === 'leads' ? 'lead' : 'contact')],
];

/** Routes an authenticated Sell request; Sell's 404 `not_found` when nothing matches. */
export async function routeSell(ctx: SellContext): Promise<Response> {
  const path = ctx.url.pathname.replace(/\/+$/, '');
  for (const [method, pattern, handler] of ROUTES) {
    if (method !== ctx.request.method) continue;
    const match = pattern.exec(path);
    if (match) return handler(ctx, match.slice(1));
  }
  return sellError(404, [{ code: 'not_found' }], ctx.requestId);
}

import type { SellContact, SellLead } from '@sell-bridge/core';
import { nationalNumber } from './phone';
import { isObject, readJson, type SellContext } from './sellContext';
import { sellError, sellJson } from './sellEnvelope';

type Resource = 'lead' | 'contact';
type SearchRecord = SellLead | SellContact;
type Resolver = (record: SearchRecord, ctx: SellContext) => unknown;

const phones = (r: SearchRecord): string[] => [r.phone, r.mobile].filter((p): p is string => !!p);

// Attributes as the live `/v3/*/schema` names them (docs/platform/sell.md §Search API v3); contacts spell `is_organisation` the British way.
const COMMON: Record<string, Resolver> = {
  id: (r) => r.id,
  email: (r) => r.email?.toLowerCase() ?? null,
  first_name: (r) => r.first_name,
  last_name: (r) => r.last_name,
  'owner.id': (r) => r.owner_id,
  tags: (r) => r.tags,
  created_at: (r) => r.created_at,
  updated_at: (r) => r.updated_at,
  'phone_numbers.phone': (r) => r.phone,
  'phone_numbers.mobile': (r) => r.mobile,
  'normalized_phone_numbers.national_number': (r) => phones(r).map(nationalNumber),
};
const RESOLVERS: Record<Resource, Record<string, Resolver>> = {
  lead: {
    ...COMMON,
    name: (r) => [r.first_name, r.last_name].filter(Boolean).join(' ') || null,
    company_name: (r) => (r as SellLead).organization_name,
    'status.id': (r, ctx) => ctx.state.statuses.find((s) => s.name === (r as SellLead).status)?.id ?? null,
    'source.id': (r) => (r as SellLead).source_id,
  },
  contact: {
    ...COMMON,
    name: (r) => (r as SellContact).name,
    is_organisation: (r) => (r as SellContact).is_organization,
    'company.id': (r) => (r as SellContact).contact_id,
    company_id: (r) => (r as SellContact).contact_id,
    parent_company_id: (r) => (r as SellContact).parent_organization_id,
  },
};

type Predicate = (record: SearchRecord) => boolean;

const same = (attribute: string, actual: unknown, wanted: unknown): boolean => {
  const norm = (v: unknown): unknown => (attribute === 'email' && typeof v === 'string' ? v.toLowerCase() : v);
  return Array.isArray(actual) ? actual.some((a) => norm(a) === norm(wanted)) : norm(actual) === norm(wanted);
};

/** Compiles the filter grammar (`filter` leaves with eq/any/is_null/range, `and`, `or`, `not`); a string is an error. */
function compile(node: unknown, resource: Resource, ctx: SellContext): Predicate | string {
  if (!isObject(node)) return 'a filter must be an object';
  for (const key of ['and', 'or'] as const) {
    const parts = node[key];
    if (parts === undefined) continue;
    if (!Array.isArray(parts)) return `'${key}' must be an array`;
    const compiled = parts.map((p) => compile(p, resource, ctx));
    const bad = compiled.find((c) => typeof c === 'string');
    if (bad !== undefined) return bad;
    const predicates = compiled as Predicate[];
    return key === 'and' ? (r) => predicates.every((p) => p(r)) : (r) => predicates.some((p) => p(r));
  }
  if (node.not !== undefined) {
    const inner = compile(node.not, resource, ctx);
    return typeof inner === 'string' ? inner : (r) => !inner(r);
  }
  const leaf = node.filter;
  if (!isObject(leaf) || !isObject(leaf.attribute) || typeof leaf.attribute.name !== 'string' || !isObject(leaf.parameter)) {
    return "a filter needs 'attribute.name' and 'parameter'";
  }
  const attribute = leaf.attribute.name;
  const resolve = RESOLVERS[resource][attribute];
  if (!resolve) return `unknown attribute '${attribute}' for ${resource}s`;
  const p = leaf.parameter;
  const value = (r: SearchRecord): unknown => resolve(r, ctx);
  if ('eq' in p) return (r) => same(attribute, value(r), p.eq);
  if (Array.isArray(p.any)) return (r) => (p.any as unknown[]).some((w) => same(attribute, value(r), w));
  if (typeof p.is_null === 'boolean') return (r) => (value(r) === null || value(r) === undefined) === p.is_null;
  if (isObject(p.range)) {
    const range = p.range;
    return (r) => {
      const v = value(r) as string | number | null;
      if (v === null) return false;
      return (
        (range.gte === undefined || v >= (range.gte as typeof v)) &&
        (range.gt === undefined || v > (range.gt as typeof v)) &&
        (range.lte === undefined || v <= (range.lte as typeof v)) &&
        (range.lt === undefined || v < (range.lt as typeof v))
      );
    };
  }
  return `unsupported parameter for '${attribute}'`;
}

/** Only `id` and `version`, plus projected attributes (dotted names nest). */
function project(record: SearchRecord, names: string[], resource: Resource, ctx: SellContext): Record<string, unknown> {
  const out: Record<string, unknown> = { id: record.id, version: 1 };
  for (const name of names) {
    let value: unknown;
    if (name === 'phone_numbers') value = { phone: record.phone, mobile: record.mobile };
    else if (name === 'normalized_phone_numbers') value = phones(record).map((p) => ({ national_number: nationalNumber(p), raw: p }));
    else if (name === 'owner') value = { id: record.owner_id };
    else if (RESOLVERS[resource][name] && name !== 'email') value = RESOLVERS[resource][name](record, ctx);
    else if (name in record) value = (record as unknown as Record<string, unknown>)[name];
    else continue;
    const path = name.split('.');
    let target = out;
    for (const key of path.slice(0, -1)) {
      const next = target[key];
      target = isObject(next) ? next : (target[key] = {});
    }
    target[path.at(-1)!] = value;
  }
  return out;
}

// btoa/atob rather than Buffer: the sandbox also runs in browsers (msw worker).
const encodeCursor = (offset: number): string => btoa(JSON.stringify({ offset }));
const decodeCursor = (cursor: string): number | null => {
  try {
    const parsed = JSON.parse(atob(cursor)) as unknown;
    return isObject(parsed) && Number.isInteger(parsed.offset) ? (parsed.offset as number) : null;
  } catch {
    return null;
  }
};

/** POST /v3/{leads|contacts}/search: batched queries in `items`, cursor paging, projection. */
export async function searchV3(ctx: SellContext, resource: Resource): Promise<Response> {
  if (!ctx.state.searchApiEnabled) {
    return sellError(403, [{ code: 'forbidden', details: 'The Search API is not available on your plan.' }], ctx.requestId);
  }
  const body = await readJson(ctx.request);
  const bad = (details: string): Response => sellError(400, [{ code: 'invalid_payload', details }], ctx.requestId);
  if (!isObject(body) || !Array.isArray(body.items) || body.items.length === 0) return bad("The body must have a non-empty 'items' array.");
  const results: unknown[] = [];
  for (const item of body.items) {
    const data = isObject(item) ? item.data : undefined;
    if (!isObject(data) || !isObject(data.query)) return bad("Each item needs 'data.query'.");
    const { query } = data;
    const perPage = data.per_page === undefined ? 50 : data.per_page;
    if (!Number.isInteger(perPage) || (perPage as number) < 0 || (perPage as number) > 200) return bad("'per_page' must be between 0 and 200.");
    if (['page', 'cursor', 'offset'].filter((k) => data[k] !== undefined).length > 1) return bad("'page', 'cursor' and 'offset' are mutually exclusive.");
    let offset = 0;
    if (typeof data.cursor === 'string') offset = decodeCursor(data.cursor) ?? -1;
    else if (data.page !== undefined) offset = Number.isInteger(data.page) ? (data.page as number) * (perPage as number) : -1;
    else if (data.offset !== undefined) offset = Number.isInteger(data.offset) ? (data.offset as number) : -1;
    if (offset < 0) return bad("'page', 'cursor' or 'offset' is invalid.");
    const predicate = query.filter === undefined ? () => true : compile(query.filter, resource, ctx);
    if (typeof predicate === 'string') return bad(predicate);
    const names = Array.isArray(query.projection) ? query.projection.flatMap((p) => (isObject(p) && typeof p.name === 'string' ? [p.name] : [])) : [];
    const records: readonly SearchRecord[] = resource === 'lead' ? ctx.state.leads : ctx.state.contacts;
    const hits = records.filter(predicate);
    const sort: unknown = Array.isArray(query.sort) ? query.sort[0] : undefined;
    if (isObject(sort) && isObject(sort.attribute) && typeof sort.attribute.name === 'string') {
      const resolve = RESOLVERS[resource][sort.attribute.name];
      const sign = sort.order === 'descending' ? -1 : 1;
      const order = (a: unknown, b: unknown): number =>
        typeof a === 'number' && typeof b === 'number' ? a - b : JSON.stringify(a ?? null).localeCompare(JSON.stringify(b ?? null));
      if (resolve) hits.sort((a, b) => sign * order(resolve(a, ctx), resolve(b, ctx)));
    }
    const page = hits.slice(offset, offset + (perPage as number));
    const links: Record<string, string> = {};
    if (offset + page.length < hits.length && page.length > 0) links.next_page = encodeCursor(offset + page.length);
    results.push({
      items: page.map((r) => ({ data: project(r, names, resource, ctx), meta: { type: resource } })),
      successful: true,
      meta: { type: 'collection', count: page.length, total_count: hits.length, links },
    });
  }
  return sellJson(200, { items: results }, ctx.requestId);
}

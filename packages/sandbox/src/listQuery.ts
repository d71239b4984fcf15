import type { SellErrorSpec } from './sellEnvelope';

/** A filter built from one query parameter value, or the 400 it deserves. */
export type FilterBuilder = (value: string, param: string) => ((item: object) => boolean) | SellErrorSpec;

/** Filters by query parameter name. */
export type FilterSpec = Record<string, FilterBuilder>;

const field = (item: object, name: string): unknown => (item as Record<string, unknown>)[name];

const invalid = (param: string, details: string): SellErrorSpec => ({ code: 'invalid_param', details: `The '${param}' parameter ${details}` });

const parseInteger = (value: string): number | null => (/^-?\d+$/.test(value.trim()) ? Number(value.trim()) : null);

/** Exact match on an integer field. */
export const intFilter =
  (name: string): FilterBuilder =>
  (value, param) => {
    const n = parseInteger(value);
    if (n === null) return invalid(param, `must be an integer, given: ${value}`);
    return (item) => field(item, name) === n;
  };

/** `ids=1,2,3`. */
export const idsFilter: FilterBuilder = (value, param) => {
  const ids = value.split(',').filter((v) => v.trim() !== '').map(parseInteger);
  if (ids.length === 0 || ids.some((n) => n === null)) return invalid(param, `must be a comma-separated list of integers, given: ${value}`);
  const set = new Set(ids);
  return (item) => set.has(field(item, 'id') as number);
};

/** Exact, case-insensitive string match (email filters). */
export const caseInsensitiveFilter =
  (name: string): FilterBuilder =>
  (value) => {
    const wanted = value.trim().toLowerCase();
    return (item) => {
      const v = field(item, name);
      return typeof v === 'string' && v.toLowerCase() === wanted;
    };
  };

/** Strict (exact) string match. */
export const exactFilter =
  (name: string): FilterBuilder =>
  (value) =>
  (item) =>
    field(item, name) === value;

/** `true` / `false`. */
export const boolFilter =
  (name: string): FilterBuilder =>
  (value, param) => {
    if (value !== 'true' && value !== 'false') return invalid(param, `must be true or false, given: ${value}`);
    const wanted = value === 'true';
    return (item) => field(item, name) === wanted;
  };

/** `address[city]=...` style sub-field match. */
export const addressFilter =
  (key: string): FilterBuilder =>
  (value) =>
  (item) => {
    const address = field(item, 'address') as Record<string, unknown> | null;
    return address?.[key] === value;
  };

/** Applies the filters named in `params` (unknown parameters are ignored, as Sell does). */
export function applyFilters<T extends object>(items: readonly T[], params: URLSearchParams, spec: FilterSpec): T[] | SellErrorSpec {
  const predicates: ((item: object) => boolean)[] = [];
  for (const [param, value] of params) {
    const custom = /^custom_fields\[(.+)\]$/.exec(param);
    if (custom) {
      const name = custom[1]!;
      predicates.push((item) => {
        const v = (field(item, 'custom_fields') as Record<string, unknown>)[name];
        return Array.isArray(v) ? v.includes(value) : String(v) === value;
      });
      continue;
    }
    const build = spec[param];
    if (!build) continue;
    const predicate = build(value, param);
    if (typeof predicate !== 'function') return predicate;
    predicates.push(predicate);
  }
  return predicates.length === 0 ? items.slice() : items.filter((item) => predicates.every((p) => p(item)));
}

function compare(a: unknown, b: unknown): number {
  // Nulls sort last either way round, like a database NULLS LAST.
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = typeof a === 'string' ? a : JSON.stringify(a);
  const sb = typeof b === 'string' ? b : JSON.stringify(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Sorts by `sort_by=<field>[:asc|:desc]` (or `fallback`); 400 on unknown fields. Stable, id as tiebreaker. */
export function applySort<T extends object>(items: T[], sortBy: string | null, fallback: string, sortable: readonly string[]): T[] | SellErrorSpec {
  const [name = '', direction = 'asc'] = (sortBy ?? fallback).split(':');
  if (!sortable.includes(name) || (direction !== 'asc' && direction !== 'desc')) {
    return invalid('sort_by', `is not valid, given: ${sortBy ?? ''}`);
  }
  const sign = direction === 'desc' ? -1 : 1;
  const cmp = (a: T, b: T): number => {
    const c = compare(field(a, name), field(b, name));
    return c !== 0 ? (field(a, name) === null || field(b, name) === null ? c : sign * c) : compare(field(a, 'id'), field(b, 'id'));
  };
  // Big lists (scale preset) are often already in order; skip the sort then.
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i += 1) sorted = cmp(items[i - 1]!, items[i]!) <= 0;
  return sorted ? items : items.sort(cmp);
}

/** Reads `page` (1-based) and `per_page` (1..100, default 25). */
export function parsePaging(params: URLSearchParams): { page: number; perPage: number } | SellErrorSpec {
  const rawPage = params.get('page');
  const rawPerPage = params.get('per_page');
  const page = rawPage === null ? 1 : parseInteger(rawPage);
  const perPage = rawPerPage === null ? 25 : parseInteger(rawPerPage);
  if (page === null || page < 1) return invalid('page', `must be a positive integer, given: ${rawPage ?? ''}`);
  if (perPage === null || perPage < 1 || perPage > 100) return invalid('per_page', `must be between 1 and 100, given: ${rawPerPage ?? ''}`);
  return { page, perPage };
}

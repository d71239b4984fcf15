import type { FieldDef } from '@sell-bridge/core';

/** Inserts `key` at `index` (the end when omitted or out of range); a key already shown is moved there instead. */
export function addField(fields: readonly string[], key: string, index = fields.length): string[] {
  const rest = fields.filter((field) => field !== key);
  const at = Math.max(0, Math.min(index, rest.length));
  return [...rest.slice(0, at), key, ...rest.slice(at)];
}

/** The layout without `key`. */
export function removeField(fields: readonly string[], key: string): string[] {
  return fields.filter((field) => field !== key);
}

/** Moves the entry at `from` to `to` (both clamped); the same list when nothing moves. */
export function moveField(fields: readonly string[], from: number, to: number): string[] {
  const last = fields.length - 1;
  const source = Math.max(0, Math.min(from, last));
  const target = Math.max(0, Math.min(to, last));
  if (source === target || fields.length === 0) return [...fields];
  const next = [...fields];
  const [moved] = next.splice(source, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

/** Whether two layouts list the same keys in the same order. */
export function sameFields(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((field, index) => field === b[index]);
}

/** Catalog fields not in the layout whose (translated) label or key contains `query`, in catalog order. */
export function availableFields(
  catalog: readonly FieldDef[],
  fields: readonly string[],
  query: string,
  labelOf: (def: FieldDef) => string,
): FieldDef[] {
  const shown = new Set(fields);
  const needle = query.trim().toLocaleLowerCase();
  return catalog.filter((def) => {
    if (shown.has(def.key)) return false;
    if (needle === '') return true;
    return labelOf(def).toLocaleLowerCase().includes(needle) || def.key.toLocaleLowerCase().includes(needle);
  });
}

/**
 * Where the name behind an id comes from: a Map (`Map<id, SellUser>`), the list the API returned
 * (`SellStage[]`), or a function. All three so callers pass what they already hold.
 */
export type NameSource =
  | ReadonlyMap<number, { name: string | null }>
  | readonly { id: number; name: string | null }[]
  | ((id: number) => string | null | undefined);

/** The name for `id` in `source`, or null when it is unknown or blank. */
export function lookupName(source: NameSource | undefined, id: number): string | null {
  if (source === undefined) return null;
  let name: string | null | undefined;
  if (typeof source === 'function') name = source(id);
  else if (source instanceof Map) name = (source as ReadonlyMap<number, { name: string | null }>).get(id)?.name;
  else name = (source as readonly { id: number; name: string | null }[]).find((item) => item.id === id)?.name;
  return typeof name === 'string' && name.trim() !== '' ? name : null;
}

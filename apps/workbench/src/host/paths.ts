/** Resolves ZAF property paths (`ticket.requester.email`, `instances.<guid>`) against a surface's data tree. */
export function resolvePath(tree: unknown, path: string): { found: true; value: unknown } | { found: false } {
  let node: unknown = tree;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return { found: false };
    node = (node as Record<string, unknown>)[part];
  }
  return { found: true, value: node };
}

export interface Change {
  propertyName: string;
  oldValue: unknown;
  newValue: unknown;
}

/** Lists the leaf and branch paths whose value differs between two trees (for `<path>.changed` events). */
export function changedPaths(before: unknown, after: unknown, prefix = ''): Change[] {
  if (Object.is(before, after)) return [];
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(before) || !isObject(after)) {
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    return prefix ? [{ propertyName: prefix, oldValue: before, newValue: after }] : [];
  }
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const nested = [...keys].flatMap((key) => changedPaths(before[key], after[key], prefix ? `${prefix}.${key}` : key));
  if (nested.length > 0 && prefix) nested.push({ propertyName: prefix, oldValue: before, newValue: after });
  return nested;
}

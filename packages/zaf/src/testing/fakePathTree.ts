/*
 * The value tree behind `createFakeClient`: dotted paths (`ticket.requester.email`, `instances.<guid>`,
 * `ticket.customField:custom_field_1`) over plain objects. Values are copied in and out, as postMessage would.
 */

type Tree = Record<string, unknown>;

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A tree holding `values` (keys may be dotted paths). */
export function createTree(values: Readonly<Record<string, unknown>> = {}): Tree {
  const tree: Tree = {};
  for (const [path, value] of Object.entries(values)) storePath(tree, path, value);
  return tree;
}

/** `{found: true, value}` when every segment of `path` exists (a stored `undefined` counts as found). */
export function lookupPath(tree: Tree, path: string): { found: boolean; value: unknown } {
  let node: unknown = tree;
  for (const segment of path.split('.')) {
    if (!isTree(node) || !Object.hasOwn(node, segment)) return { found: false, value: undefined };
    node = node[segment];
  }
  return { found: true, value: structuredClone(node) };
}

/** Stores a copy of `value` at `path`, creating objects on the way; returns the previous value. */
export function storePath(tree: Tree, path: string, value: unknown): unknown {
  const segments = path.split('.');
  const last = segments.pop() ?? path;
  let node = tree;
  for (const segment of segments) {
    const next = node[segment];
    if (isTree(next)) {
      node = next;
    } else {
      const created: Tree = {};
      node[segment] = created;
      node = created;
    }
  }
  const previous = node[last];
  node[last] = structuredClone(value);
  return previous;
}

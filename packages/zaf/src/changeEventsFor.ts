/*
 * Which host events mean "the value at this path may have changed" (docs/platform/zaf.md §Events, change events and hooks).
 * The host fires `<path>.changed` for a property and `*.changed` for every property, both with
 * `{propertyName, oldValue, newValue}`. Reading `visitor` must also react to `visitor.email.changed`, and reading
 * `ticket.requester.email` to `ticket.requester.changed` (the parent object was replaced).
 */

/**
 * Child properties whose change events Zendesk documents (Chat `visitor.*`, docs/platform/zaf.md §Events, change events and hooks) or its samples use
 * (`ticket.requester.id`, docs/platform/zaf.md §Events, change events and hooks, unverified). Subscribed by name because `*.changed` is documented for Support only.
 */
const KNOWN_CHILD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  visitor: ['display_name', 'email', 'phone', 'notes'],
  'ticket.requester': ['id'],
};

/** `a.b.c` → `['a', 'a.b']`. */
function ancestorsOf(path: string): string[] {
  const parts = path.split('.');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('.'));
}

/**
 * The named events to subscribe to for `path`: its own `.changed`, each ancestor's `.changed`, and the documented
 * child events of the path or its ancestors' children under it. `*.changed` is handled apart (see `isRelatedChange`).
 */
export function changeEventsFor(path: string): string[] {
  const properties = [path, ...ancestorsOf(path)];
  for (const [parent, children] of Object.entries(KNOWN_CHILD_PROPERTIES)) {
    if (parent === path || parent.startsWith(`${path}.`)) {
      properties.push(...children.map((child) => `${parent}.${child}`));
    }
  }
  return [...new Set(properties)].map((property) => `${property}.changed`);
}

/** True when a change of `propertyName` can change the value read at `path`: same, ancestor or descendant. */
export function isRelatedChange(path: string, propertyName: string): boolean {
  return (
    propertyName === path || path.startsWith(`${propertyName}.`) || propertyName.startsWith(`${path}.`)
  );
}

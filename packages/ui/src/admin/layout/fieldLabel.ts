import type { FieldDef } from '@sell-bridge/core';

/** A field's label: the translation of a standard field, a custom field's own name, else its raw layout key. */
export function fieldLabel(def: FieldDef | undefined, key: string, t: (key: string) => string): string {
  if (!def) return key;
  if (def.labelKey) return t(def.labelKey);
  return def.label ?? key;
}

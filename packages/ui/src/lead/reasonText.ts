import type { Reason } from '@sell-bridge/core';
import type { Values } from '../i18n/translate';

type Translate = (key: string, values?: Values) => string;

/**
 * The text of a reason from core (owner, access): its key translated, and its `kind` value ("user" or "distribution",
 * as core writes it) translated too, so no English word ends up inside another language's sentence.
 */
export function reasonText(t: Translate, reason: Reason): string {
  const values: Record<string, string | number> = { ...reason.values };
  const kind = values.kind;
  if (kind === 'user' || kind === 'distribution') values.kind = t(`owner.kind.${kind}`);
  // Ids are names, not quantities: as text they are not grouped ("1,000,006").
  if (typeof values.id === 'number') values.id = String(values.id);
  return t(reason.key, values);
}

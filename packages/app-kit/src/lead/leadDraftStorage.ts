import { LEAD_FORM_FIELDS, type LeadFormField } from '@sell-bridge/ui';

/** Bumped when the stored shape changes; older drafts are dropped rather than misread. */
export const LEAD_DRAFT_VERSION = 1;

/** What the agent changed in the lead form (fields not listed keep their prefill), and the owner they picked. */
export interface StoredLeadDraft {
  values: Partial<Record<LeadFormField, string>>;
  ownerId: number | null;
}

/** Drafts of tickets and chats nobody came back to are forgotten after this long. */
export const LEAD_DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

const PREFIX = 'sell-bridge:lead-draft:';

/** The localStorage key of one installation's draft for one ticket or chat. */
export function leadDraftStorageKey(draftKey: string): string {
  return `${PREFIX}${draftKey}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a draft; anything unreadable, of another version or malformed counts as no draft. */
export function readLeadDraft(storage: Storage | null, draftKey: string): StoredLeadDraft | null {
  let parsed: unknown;
  try {
    const text = storage?.getItem(leadDraftStorageKey(draftKey));
    if (!text) return null;
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || parsed.version !== LEAD_DRAFT_VERSION || !isRecord(parsed.values)) return null;
  const values: Partial<Record<LeadFormField, string>> = {};
  for (const field of LEAD_FORM_FIELDS) {
    const value = parsed.values[field];
    if (typeof value === 'string') values[field] = value;
  }
  const ownerId = typeof parsed.ownerId === 'number' && Number.isInteger(parsed.ownerId) ? parsed.ownerId : null;
  return { values, ownerId };
}

/** Saves a draft with its version and time; a full or blocked storage is ignored (the form still works). */
export function writeLeadDraft(storage: Storage | null, draftKey: string, draft: StoredLeadDraft, now: number): void {
  try {
    storage?.setItem(leadDraftStorageKey(draftKey), JSON.stringify({ version: LEAD_DRAFT_VERSION, savedAt: now, ...draft }));
  } catch {
    // Quota exceeded or storage blocked: losing the draft beats breaking the form.
  }
}

/** Forgets a draft (after the lead was created, or when the agent starts over). */
export function removeLeadDraft(storage: Storage | null, draftKey: string): void {
  try {
    storage?.removeItem(leadDraftStorageKey(draftKey));
  } catch {
    // Nothing to do: a blocked storage holds no draft either.
  }
}

/**
 * Forgets every draft saved more than `maxAgeMs` before `now` (or unreadable), so drafts of long-closed tickets and
 * chats do not pile up in the agent's browser; run when a lead form opens.
 */
export function pruneLeadDrafts(storage: Storage | null, now: number, maxAgeMs = LEAD_DRAFT_MAX_AGE_MS): void {
  try {
    if (!storage) return;
    const stale: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      let savedAt: unknown;
      try {
        savedAt = (JSON.parse(storage.getItem(key) ?? 'null') as { savedAt?: unknown } | null)?.savedAt;
      } catch {
        savedAt = undefined;
      }
      if (typeof savedAt !== 'number' || now - savedAt > maxAgeMs) stale.push(key);
    }
    for (const key of stale) storage.removeItem(key);
  } catch {
    // A blocked storage holds no drafts.
  }
}

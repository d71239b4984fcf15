import { LEAD_FORM_FIELDS, type LeadFormField } from '@sell-bridge/ui';

/** Bumped when the stored shape changes; older drafts are dropped rather than misread. */
export const LEAD_DRAFT_VERSION = 1;

/** What the agent changed in the lead form (fields not listed keep their prefill), and the owner they picked. */
export interface StoredLeadDraft {
  values: Partial<Record<LeadFormField, string>>;
  ownerId: number | null;
}

/**
 * Drafts nobody came back to are forgotten after this long: a draft holds customer data on a computer that may be
 * shared, so days, not a month.
 */
export const LEAD_DRAFT_MAX_AGE_MS = 3 * 24 * 60 * 60 * 1000;

const PREFIX = 'sell-bridge:lead-draft:';

/** FNV-1a over UTF-16 code units from `seed`: 8 hex digits. Not for secrecy, only so keys never spell out identifiers. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The localStorage key of one agent's draft for one conversation (`scope`, e.g. `1002:ticket:42`). Keyed by agent, so
 * the next agent on a shared computer never sees it; hashed, so no ticket number, email or phone is readable in it.
 */
export function leadDraftStorageKey(agentId: number | string, scope: string): string {
  const text = `${String(agentId)}\n${scope}`;
  return `${PREFIX}${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01234567)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a draft; anything unreadable, of another version or malformed counts as no draft. */
export function readLeadDraft(storage: Storage | null, key: string): StoredLeadDraft | null {
  let parsed: unknown;
  try {
    const text = storage?.getItem(key);
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

/** Saves a draft with its version and time; false when the storage is full or blocked (the form still works). */
export function writeLeadDraft(storage: Storage | null, key: string, draft: StoredLeadDraft, now: number): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify({ version: LEAD_DRAFT_VERSION, savedAt: now, ...draft }));
    return true;
  } catch {
    // Quota exceeded or storage blocked: the caller tells the agent; losing the draft beats breaking the form.
    return false;
  }
}

/** Forgets a draft (after the lead was created, or when the agent starts over). */
export function removeLeadDraft(storage: Storage | null, key: string): void {
  try {
    storage?.removeItem(key);
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

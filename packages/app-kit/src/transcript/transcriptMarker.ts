/**
 * Once-per-chat markers for saved transcripts. Every sidebar of the same app in this browser shares them through
 * localStorage (same origin), and this window keeps them in memory too, for when storage is unavailable (private
 * mode, blocked third-party storage). The marker is set to `saving` BEFORE the note is posted, becomes `saved` with
 * the note's id, and is removed when the post fails, so a repeated `channel.chat.end` or a second sidebar never posts
 * a second note.
 *
 * A marker is a hint, never the truth: a sidebar closed during the POST leaves `saving` behind, so `saving` expires
 * after `SAVING_EXPIRES_MS`, and whoever claims the chat next asks Sell for the chat's note before posting (Sell's
 * notes are the shared truth). Markers older than `MARKER_MAX_AGE_MS` are pruned.
 */

import { browserStorage } from '../browserStorage';

const PREFIX = 'sell-bridge:transcript:';

/** A `saving` marker older than this is from a sidebar that went away mid-post. */
export const SAVING_EXPIRES_MS = 2 * 60 * 1000;
/** Markers are only needed around a chat's end; older ones are dropped. */
export const MARKER_MAX_AGE_MS = 2 * 24 * 60 * 60 * 1000;

type Marker = { state: 'saving'; at: number } | { state: 'saved'; at: number; noteId: number };

// A lock, not a cache: it must outlive any one sidebar component, and it holds nothing fetched.
const here = new Map<string, Marker>();

/** The storage key of a chat's marker, per installation (two installations may share a browser). */
export function transcriptMarkerKey(installationId: number | string, chatKey: string): string {
  return `${PREFIX}${String(installationId)}:${chatKey}`;
}

const storage = (): Storage | null => browserStorage('local');

function readStored(key: string): Marker | null {
  try {
    const parsed = JSON.parse(storage()?.getItem(key) ?? 'null') as Partial<Marker> | null;
    if (parsed?.state === 'saving' && typeof parsed.at === 'number') return { state: 'saving', at: parsed.at };
    if (parsed?.state === 'saved' && typeof parsed.at === 'number' && typeof parsed.noteId === 'number') {
      return { state: 'saved', at: parsed.at, noteId: parsed.noteId };
    }
  } catch {
    // Unreadable or blocked: no marker.
  }
  return null;
}

// Sidebars in this window waiting on a marker; other windows hear about it through the `storage` event.
const watchers = new Map<string, Set<() => void>>();

function changed(key: string): void {
  for (const watcher of [...(watchers.get(key) ?? [])]) watcher();
}

/**
 * Calls `onChange` when the chat's marker changes in this window or another sidebar of this browser, and once
 * `SAVING_EXPIRES_MS` has passed (a claim that never ends expires). Returns the unsubscribe.
 */
export function watchTranscript(key: string, onChange: () => void): () => void {
  const set = watchers.get(key) ?? new Set();
  set.add(onChange);
  watchers.set(key, set);
  const fromOtherWindow = (event: StorageEvent) => {
    if (event.key === key || event.key === null) onChange();
  };
  window.addEventListener('storage', fromOtherWindow);
  const expiry = setTimeout(onChange, SAVING_EXPIRES_MS);
  return () => {
    set.delete(onChange);
    window.removeEventListener('storage', fromOtherWindow);
    clearTimeout(expiry);
  };
}

function write(key: string, marker: Marker): void {
  here.set(key, marker);
  try {
    storage()?.setItem(key, JSON.stringify(marker));
  } catch {
    // Storage full or blocked: the in-memory marker still protects this window.
  }
  changed(key);
}

/**
 * What claiming a chat's transcript gave: `claimed` (post it, after checking Sell's notes), `busy` (a sidebar is
 * posting it right now; look again later) or `saved` (this window saved it).
 */
export type Claim = 'claimed' | 'busy' | 'saved';

/** Claims the chat's transcript unless this window saved it or a sidebar is saving it now. */
export function claimTranscript(key: string, now: () => number = Date.now): Claim {
  const mine = here.get(key);
  if (mine?.state === 'saved') return 'saved';
  if (mine?.state === 'saving') return 'busy';
  const stored = readStored(key);
  // Another sidebar's fresh claim; a stale one (its sidebar closed mid-post) is taken over.
  if (stored?.state === 'saving' && now() - stored.at < SAVING_EXPIRES_MS) return 'busy';
  write(key, { state: 'saving', at: now() });
  return 'claimed';
}

/** Records that the note exists. */
export function markTranscriptSaved(key: string, noteId: number, now: () => number = Date.now): void {
  write(key, { state: 'saved', noteId, at: now() });
}

/** Drops the claim after a failed post, so the agent's retry may post. */
export function releaseTranscript(key: string): void {
  here.delete(key);
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to undo.
  }
  changed(key);
}

/** Forgets markers older than `MARKER_MAX_AGE_MS` (and unreadable ones); run when a sidebar starts. */
export function pruneTranscriptMarkers(now: number = Date.now()): void {
  try {
    const store = storage();
    if (!store) return;
    const stale: string[] = [];
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const marker = readStored(key);
      if (!marker || now - marker.at > MARKER_MAX_AGE_MS) stale.push(key);
    }
    for (const key of stale) store.removeItem(key);
  } catch {
    // A blocked storage holds no markers.
  }
}

/** Tests only: forget every in-memory marker (localStorage is cleared by the test itself). */
export function resetTranscriptClaims(): void {
  here.clear();
  watchers.clear();
}

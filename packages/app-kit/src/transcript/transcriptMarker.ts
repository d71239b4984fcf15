/**
 * Once-per-chat markers for saved transcripts. Every sidebar of the same app in this browser shares them through
 * localStorage (same origin), and this window keeps them in memory too, for when storage is unavailable (private
 * mode, blocked third-party storage). The marker is set BEFORE the note is posted and cleared only when the post
 * fails, so a repeated `channel.chat.end` or a second sidebar never posts a second note.
 */

import { browserStorage } from '../browserStorage';

const PREFIX = 'sell-bridge:transcript:';

// A lock, not a cache: it must outlive any one sidebar component, and it holds nothing fetched.
const claimedHere = new Set<string>();

/** The storage key of a chat's marker, per installation (two installations may share a browser). */
export function transcriptMarkerKey(installationId: number | string, chatKey: string): string {
  return `${PREFIX}${String(installationId)}:${chatKey}`;
}

const storage = (): Storage | null => browserStorage('local');

/** Whether the chat's transcript was already claimed, here or by another sidebar. */
export function isTranscriptClaimed(key: string): boolean {
  if (claimedHere.has(key)) return true;
  try {
    return storage()?.getItem(key) != null;
  } catch {
    return false;
  }
}

/** Claims the chat's transcript; false when someone already did (then nothing may be posted). */
export function claimTranscript(key: string, now: () => number = Date.now): boolean {
  if (isTranscriptClaimed(key)) return false;
  claimedHere.add(key);
  try {
    storage()?.setItem(key, JSON.stringify({ state: 'saving', at: now() }));
  } catch {
    // Storage full or blocked: the in-memory claim still protects this window.
  }
  return true;
}

/** Records that the note exists. */
export function markTranscriptSaved(key: string, noteId: number, now: () => number = Date.now): void {
  try {
    storage()?.setItem(key, JSON.stringify({ state: 'saved', noteId, at: now() }));
  } catch {
    // The claim from before the post still stands.
  }
}

/** Drops the claim after a failed post, so the agent's retry may post. */
export function releaseTranscript(key: string): void {
  claimedHere.delete(key);
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to undo.
  }
}

/** Tests only: forget every in-memory claim (localStorage is cleared by the test itself). */
export function resetTranscriptClaims(): void {
  claimedHere.clear();
}

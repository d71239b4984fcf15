import { useCallback, useEffect, useRef, useState } from 'react';
import { browserStorage } from '../browserStorage';
import { pruneLeadDrafts, readLeadDraft, removeLeadDraft, writeLeadDraft, type StoredLeadDraft } from './leadDraftStorage';

/** How long typing pauses before the draft is written. */
const DRAFT_SAVE_DELAY_MS = 400;

/** A lead draft kept in localStorage: the one found on mount, and debounced save / clear. */
export interface LeadDraftStore {
  /** The draft stored when the form mounted (null: none). */
  restored: StoredLeadDraft | null;
  /** Saves after a pause in typing; pending saves are flushed on unmount and when the page is hidden. */
  save: (draft: StoredLeadDraft) => void;
  /** Drops the stored draft and any pending save. */
  clear: () => void;
  /** False once the browser refused a save (full or blocked storage); true again after a save that worked. */
  kept: boolean;
}

/**
 * Keeps what the agent types in the lead form, under `key` (`leadDraftStorageKey`: per agent and conversation),
 * across errors and reloads. A null key keeps nothing (a ticket not saved yet has no conversation to key it by).
 */
export function useLeadDraft(key: string | null, storage: Storage | null = browserStorage()): LeadDraftStore {
  const [restored] = useState(() => {
    pruneLeadDrafts(storage, Date.now());
    return key === null ? null : readLeadDraft(storage, key);
  });
  const [kept, setKept] = useState(true);
  const pending = useRef<StoredLeadDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current && key !== null) setKept(writeLeadDraft(storage, key, pending.current, Date.now()));
    pending.current = null;
  }, [storage, key]);

  const save = useCallback(
    (draft: StoredLeadDraft) => {
      pending.current = draft;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_SAVE_DELAY_MS);
    },
    [flush],
  );

  const clear = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
    if (key !== null) removeLeadDraft(storage, key);
  }, [storage, key]);

  useEffect(() => {
    // A sidebar reload or a closed tab must not lose the last keystrokes still waiting for the debounce.
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { restored, save, clear, kept };
}

import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { FieldLayout } from '@sell-bridge/core';
import { browserStorage } from '../browserStorage';
import { applyDraft, clearLayoutDraft, readLayoutDraft, writeLayoutDraft } from './layoutDraftStorage';
import { sameLayout, type InstallationSnapshot } from './settingsDiff';

/** Unpublished edits found when the view opened: when they were made, and whether the layout was published since. */
export interface RestoredDraft {
  savedAt: string;
  outdated: boolean;
}

/** What `useLayoutDraft` gives the editor. */
export interface LayoutDraftStore {
  /** The stored edits over a freshly read installation, or null when there are none (or they match it). */
  restore: (snapshot: InstallationSnapshot) => { layout: FieldLayout; restored: RestoredDraft } | null;
  clear: () => void;
}

/**
 * Keeps unpublished layout edits in localStorage, per installation, while they differ from the published layout, so
 * an admin who closes the modal (or reloads) finds them again. `installationId` null switches it off (Chat-in-Sell
 * has no layout).
 */
export function useLayoutDraft(installationId: number | null, snapshot: InstallationSnapshot | null, edited: FieldLayout | undefined): LayoutDraftStore {
  const storage = useMemo(() => browserStorage(), []);
  // The published layout the stored edits started from; kept across restores so "published since" stays true.
  const basedOn = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    if (installationId === null || !snapshot) return;
    const published = snapshot.parsed.settings.fieldLayout;
    if (!edited || sameLayout(edited, published)) {
      clearLayoutDraft(storage, installationId);
      basedOn.current = undefined;
      return;
    }
    if (basedOn.current === undefined) basedOn.current = published.updated_at;
    const { lead, person, company, deal } = edited;
    writeLayoutDraft(storage, installationId, { savedAt: new Date().toISOString(), basedOn: basedOn.current, widgets: { lead, person, company, deal } });
  }, [storage, installationId, snapshot, edited]);

  const restore = useCallback(
    (opened: InstallationSnapshot) => {
      if (installationId === null) return null;
      const draft = readLayoutDraft(storage, installationId);
      if (!draft) return null;
      const published = opened.parsed.settings.fieldLayout;
      const layout = applyDraft(published, draft);
      if (sameLayout(layout, published)) return null;
      basedOn.current = draft.basedOn;
      return { layout, restored: { savedAt: draft.savedAt, outdated: draft.basedOn !== published.updated_at } };
    },
    [storage, installationId],
  );

  const clear = useCallback(() => {
    if (installationId !== null) clearLayoutDraft(storage, installationId);
    basedOn.current = undefined;
  }, [storage, installationId]);

  return useMemo(() => ({ restore, clear }), [restore, clear]);
}

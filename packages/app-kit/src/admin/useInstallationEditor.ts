import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { PARAM_OF, type Settings } from '@sell-bridge/core';
import { isSellApiError, type InstallationProduct } from '@sell-bridge/sell-api';
import type { AdminApp, SaveStatus } from '@sell-bridge/ui';
import { useMetadata, useZafContext } from '@sell-bridge/zaf';
import { explainError } from '../states/explainError';
import { useServices } from '../services';
import { changedKeys, hasConflict, scopeKeys, settingsPayload, toSnapshot, type AdminScope, type InstallationSnapshot } from './settingsDiff';
import { useLayoutDraft, type RestoredDraft } from './useLayoutDraft';

/** Loading the installation: its settings, or why they cannot be shown. */
type EditorLoad =
  | { status: 'loading' }
  | { status: 'refused' }
  | { status: 'failed'; error: unknown; retry: () => void }
  | { status: 'ready'; snapshot: InstallationSnapshot };

/** What the admin view edits and how it saves. */
export interface InstallationEditor {
  load: EditorLoad;
  /** Saved values with the unsaved edits on top (defaults while loading). */
  values: Settings | null;
  edit: (patch: Partial<Settings>) => void;
  dirty: Record<AdminScope, boolean>;
  status: Record<AdminScope, SaveStatus>;
  save: (scope: AdminScope) => void;
  /** After a conflict: write ours anyway. */
  overwrite: (scope: AdminScope) => void;
  /** After a conflict: take the settings as they are now, dropping this scope's edits. */
  reload: (scope: AdminScope) => void;
  discard: (scope: AdminScope) => void;
  restored: RestoredDraft | null;
}

const IDLE: SaveStatus = { kind: 'idle' };

function withoutKeys(edits: Partial<Settings>, keys: readonly (keyof Settings)[]): Partial<Settings> {
  const next = { ...edits };
  for (const key of keys) delete next[key];
  return next;
}

/** Which `/api/<product>/apps/installations` path the installation answers on: the product the app runs in. */
function productOf(product: string): InstallationProduct {
  return product === 'chat' || product === 'sell' ? product : 'support';
}

/**
 * Reads the installation through Zendesk's installation API, keeps the admin's edits as a patch over it, and saves one
 * scope at a time, sending only the parameters that changed. Before writing it reads the installation again: if it
 * moved since it was read, the save stops as a conflict (reload theirs, or overwrite). Failures keep every edit.
 */
export function useInstallationEditor(app: AdminApp, adminName: string): InstallationEditor {
  const { support } = useServices();
  const metadata = useMetadata();
  const context = useZafContext();
  const installationId = Number(metadata.installationId);
  const product = productOf(context.product);

  const [load, setLoad] = useState<EditorLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [edits, setEdits] = useState<Partial<Settings>>({});
  const [status, setStatus] = useState<Record<AdminScope, SaveStatus>>({ settings: IDLE, layout: IDLE });
  const [restored, setRestored] = useState<RestoredDraft | null>(null);
  const latestSeen = useRef<Partial<Record<AdminScope, InstallationSnapshot>>>({});
  const snapshot = load.status === 'ready' ? load.snapshot : null;
  const layoutDraft = useLayoutDraft(app !== 'chat-in-sell' ? installationId : null, snapshot, edits.fieldLayout);
  const { restore } = layoutDraft;

  useEffect(() => {
    let active = true;
    support.getInstallation(installationId, product).then(
      (installation) => {
        if (!active) return;
        const opened = toSnapshot(installation);
        // Unpublished edits from an earlier visit come back on top of what is published now.
        const draft = restore(opened);
        if (draft) {
          setEdits((current) => ({ ...current, fieldLayout: draft.layout }));
          setRestored(draft.restored);
        }
        setLoad({ status: 'ready', snapshot: opened });
      },
      (error: unknown) => {
        if (!active) return;
        if (isSellApiError(error) && error.kind === 'forbidden') setLoad({ status: 'refused' });
        else {
          const retry = () => {
            setLoad({ status: 'loading' });
            setAttempt((n) => n + 1);
          };
          setLoad({ status: 'failed', error, retry });
        }
      },
    );
    return () => {
      active = false;
    };
  }, [support, installationId, product, attempt, restore]);

  const values = useMemo(() => (snapshot ? { ...snapshot.parsed.settings, ...edits } : null), [snapshot, edits]);

  // The save callbacks read the newest state through a ref: a click saves what is on screen at that moment.
  const stateRef = useRef({ snapshot, values });
  useLayoutEffect(() => {
    stateRef.current = { snapshot, values };
  });

  const setScope = (scope: AdminScope, next: SaveStatus) => setStatus((current) => ({ ...current, [scope]: next }));

  const run = useCallback(
    async (scope: AdminScope, force: boolean) => {
      const { snapshot: opened, values: current } = stateRef.current;
      if (!opened || !current) return;
      const keys = changedKeys(opened.parsed.settings, current, scopeKeys(app, scope));
      if (keys.length === 0) return;
      setScope(scope, { kind: 'saving' });
      try {
        if (!force) {
          const latest = toSnapshot(await support.getInstallation(installationId, product));
          if (hasConflict(opened, latest, keys.map((key) => PARAM_OF[key]))) {
            latestSeen.current[scope] = latest;
            setScope(scope, { kind: 'conflict' });
            return;
          }
        }
        const next: Settings =
          scope === 'layout'
            ? { ...current, fieldLayout: { ...current.fieldLayout, updated_at: new Date().toISOString(), updated_by: adminName } }
            : current;
        const saved = toSnapshot(await support.updateInstallation(installationId, product, settingsPayload(next, keys)));
        setLoad({ status: 'ready', snapshot: saved });
        setEdits((edited) => withoutKeys(edited, keys));
        if (scope === 'layout') {
          layoutDraft.clear();
          setRestored(null);
        }
        setScope(scope, { kind: 'saved' });
      } catch (error) {
        if (isSellApiError(error) && error.kind === 'forbidden') {
          setScope(scope, { kind: 'refused' });
        } else {
          const state = explainError(error, 'support');
          setScope(scope, { kind: 'failed', titleKey: state.titleKey, bodyKey: state.bodyKey, values: state.values });
        }
      }
    },
    [app, adminName, support, installationId, product, layoutDraft],
  );

  const reload = useCallback(
    (scope: AdminScope) => {
      const latest = latestSeen.current[scope];
      if (!latest) return;
      setLoad({ status: 'ready', snapshot: latest });
      setEdits((edited) => withoutKeys(edited, scopeKeys(app, scope)));
      if (scope === 'layout') {
        layoutDraft.clear();
        setRestored(null);
      }
      setScope(scope, IDLE);
    },
    [app, layoutDraft],
  );

  const discard = useCallback(
    (scope: AdminScope) => {
      setEdits((edited) => withoutKeys(edited, scopeKeys(app, scope)));
      if (scope === 'layout') {
        layoutDraft.clear();
        setRestored(null);
      }
      setScope(scope, IDLE);
    },
    [app, layoutDraft],
  );

  const edit = useCallback((patch: Partial<Settings>) => setEdits((current) => ({ ...current, ...patch })), []);

  const dirty = {
    settings: Boolean(snapshot && values && changedKeys(snapshot.parsed.settings, values, scopeKeys(app, 'settings')).length > 0),
    layout: Boolean(snapshot && values && changedKeys(snapshot.parsed.settings, values, scopeKeys(app, 'layout')).length > 0),
  };

  return {
    load,
    values,
    edit,
    dirty,
    status,
    save: (scope) => void run(scope, false),
    overwrite: (scope) => void run(scope, true),
    reload,
    discard,
    restored,
  };
}

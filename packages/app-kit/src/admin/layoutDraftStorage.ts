import type { FieldLayout, WidgetKind } from '@sell-bridge/core';

/** Unpublished layout edits, kept in the browser until published or discarded. */
export interface LayoutDraft {
  /** When the admin last edited (ISO). */
  savedAt: string;
  /** `updated_at` of the published layout the edits started from, to tell when it was published again since. */
  basedOn: string | null;
  widgets: Record<WidgetKind, string[]>;
}

const WIDGETS: readonly WidgetKind[] = ['lead', 'person', 'company', 'deal'];

/** One draft per installation: two installations of the app in one account must not share edits. */
export function layoutDraftKey(installationId: number | string): string {
  return `sell-bridge:admin-layout:${String(installationId)}`;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** The stored draft, or null when there is none or it is unreadable (storage blocked, or written by something else). */
export function readLayoutDraft(storage: Storage | null, installationId: number | string): LayoutDraft | null {
  try {
    const text = storage?.getItem(layoutDraftKey(installationId));
    if (!text) return null;
    const data = JSON.parse(text) as Partial<LayoutDraft> | null;
    const widgets = data?.widgets as Record<string, unknown> | undefined;
    if (!data || typeof data.savedAt !== 'string' || !widgets || !WIDGETS.every((widget) => isStringList(widgets[widget]))) return null;
    return { savedAt: data.savedAt, basedOn: typeof data.basedOn === 'string' ? data.basedOn : null, widgets: widgets as LayoutDraft['widgets'] };
  } catch {
    return null;
  }
}

/** Stores the draft; storage can be full or blocked (private mode), and losing a draft must not break editing. */
export function writeLayoutDraft(storage: Storage | null, installationId: number | string, draft: LayoutDraft): void {
  try {
    storage?.setItem(layoutDraftKey(installationId), JSON.stringify(draft));
  } catch {
    // Nothing to do: the edits are still on screen.
  }
}

/** Forgets the draft (published or discarded). */
export function clearLayoutDraft(storage: Storage | null, installationId: number | string): void {
  try {
    storage?.removeItem(layoutDraftKey(installationId));
  } catch {
    // Blocked storage holds nothing to clear.
  }
}

/** The draft's widgets over a published layout (whose stamps stay). */
export function applyDraft(published: FieldLayout, draft: LayoutDraft): FieldLayout {
  return { ...published, ...draft.widgets };
}


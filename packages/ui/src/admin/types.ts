import type { SellUser } from '@sell-bridge/core';

/** The three apps; each shows the settings its manifest declares (docs/architecture.md §4). */
export type AdminApp = 'sell-in-chat' | 'sell-in-support' | 'chat-in-sell';

/** Where a save stands. `failed` carries translation keys from app-kit's `explainError`; edits stay on screen. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; titleKey: string; bodyKey: string; values: Readonly<Record<string, string>> }
  /** The installation API answered 403: the signed-in user may not change the settings. */
  | { kind: 'refused' }
  /** Someone else saved since the view was opened: reload theirs or overwrite with ours. */
  | { kind: 'conflict' };

/**
 * The Sell users behind the owner and primary-admin pickers: `ready` once the chosen owners, the primary admin and the
 * active admins are known (by id and by role) and a first page of active users is loaded; more pages on request.
 */
export interface UsersLoad {
  status: 'loading' | 'ready' | 'failed';
  /** What is known so far: the chosen owners, the admins, the pages loaded and the users looked up. */
  users: readonly SellUser[];
  /** More active users exist beyond those loaded. */
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** Looks up an exact full name or email in Sell (its user filters are exact). */
  onLookUp: (text: string) => void;
  onRetry: () => void;
}

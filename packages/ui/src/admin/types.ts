import type { SellUser } from '@sell-bridge/core';

/** The three apps; each shows the settings its manifest declares (docs/architecture.md §4). */
export type AdminApp = 'sell-in-chat' | 'sell-in-support' | 'chat-in-sell';

/** Where a save stands. `failed` carries translation keys from app-kit's `errorState`; edits stay on screen. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; titleKey: string; bodyKey: string; values: Readonly<Record<string, string>> }
  /** The installation API answered 403: the signed-in user may not change the settings. */
  | { kind: 'refused' }
  /** Someone else saved since the view was opened: reload theirs or overwrite with ours. */
  | { kind: 'conflict' };

/** The Sell users behind the owner and primary-admin pickers, loaded page by page in the background. */
export interface UsersLoad {
  status: 'loading' | 'ready' | 'failed';
  /** What is known so far (every user once `ready`). */
  users: readonly SellUser[];
  /** Users loaded so far, and pages fetched, for the progress bar. */
  loaded: number;
  pages: number;
  onRetry: () => void;
}

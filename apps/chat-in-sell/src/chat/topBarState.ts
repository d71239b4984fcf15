import type { ChatEvent, StatusReason } from '@sell-bridge/sell-api';

/**
 * What the top bar remembers beside the connection's own data: which chat is open, unread visitor lines per chat,
 * and why it fell back to recent chats. `version` changes on every connection event so the lists re-render.
 */
export interface TopBarState {
  /** When the top bar started: in recent mode, older lines were read from history and are not "unread". */
  since: number;
  mode: 'live' | 'recent';
  fallback: StatusReason | undefined;
  openId: string | null;
  unread: Readonly<Record<string, number>>;
  version: number;
}

export type TopBarAction = { type: 'event'; event: ChatEvent } | { type: 'open'; chatId: string } | { type: 'close' };

/** The state of a top bar that starts now. */
export function initialTopBarState(now: number): TopBarState {
  return { since: now, mode: 'live', fallback: undefined, openId: null, unread: {}, version: 0 };
}

/**
 * A visitor line counts as unread unless its chat is open; in recent mode only when it was written after the top
 * bar started (the first poll brings a day of history). Opening a chat reads it.
 */
export function topBarReducer(state: TopBarState, action: TopBarAction): TopBarState {
  if (action.type === 'open') return { ...state, openId: action.chatId, unread: { ...state.unread, [action.chatId]: 0 } };
  if (action.type === 'close') return { ...state, openId: null };
  const { event } = action;
  const next = { ...state, version: state.version + 1 };
  if (event.type === 'mode') return { ...next, mode: event.mode, fallback: event.mode === 'recent' ? event.reason : undefined };
  if (event.type !== 'message') return next;
  const { message } = event;
  const fresh = state.mode === 'live' || Date.parse(message.at) >= state.since;
  if (message.author !== 'visitor' || message.chatId === state.openId || !fresh) return next;
  return { ...next, unread: { ...state.unread, [message.chatId]: (state.unread[message.chatId] ?? 0) + 1 } };
}

/**
 * What the top bar's widgets show. Plain data shaped like sell-api's `ChatConnection` output (ui never imports
 * sell-api), so the app passes connection state and chats straight through.
 */

/** The connection's state. */
export type ChatViewStatus = 'idle' | 'connecting' | 'online' | 'reconnecting' | 'error';

/** Why the connection failed, reconnects, or fell back to recent chats. */
export type ChatViewReason = 'unauthorized' | 'plan' | 'concurrent-session' | 'network' | 'unsupported';

/** The connection as the status bar shows it. */
export interface ChatConnectionView {
  status: ChatViewStatus;
  reason?: ChatViewReason | undefined;
  /** `recent`: read-only chats from Chat REST. */
  mode: 'live' | 'recent';
  /** Why the top bar shows recent chats instead of live ones. */
  fallback?: ChatViewReason | undefined;
  /** The Chat agent replies go out as (live). */
  agentName?: string | undefined;
}

/** One chat in the lists. */
export interface ChatListItem {
  id: string;
  visitorName: string;
  visitorEmail?: string | undefined;
  state: 'waiting' | 'active' | 'ended';
  lastActivityAt: string;
  preview?: string | undefined;
  /** Visitor lines the rep has not seen yet. */
  unread: number;
  agentNames: readonly string[];
  servedByMe: boolean;
}

/** One line of the open chat. */
export interface ChatLineItem {
  id: string;
  author: 'visitor' | 'agent' | 'system';
  authorName: string;
  text: string;
  at: string;
  /** Written by this rep (shown on the other side). */
  mine: boolean;
}

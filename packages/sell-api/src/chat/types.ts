/**
 * The seam between Chat-in-Sell's top bar and Zendesk Chat (docs/decisions/0006): one interface, two
 * implementations — `live` (Chat Conversations API: a real-time agent session) and `recent` (Chat REST polling) —
 * chosen per account by `createChatConnection`. The UI depends only on this file and hides what a connection
 * cannot do (its `capabilities`).
 */

/** Which implementation serves the top bar. */
export type ChatMode = 'live' | 'recent';

/** The visitor of a chat, as Chat reports them. */
export interface ChatVisitor {
  name: string;
  email?: string;
}

/** One chat in the top bar's lists. Times are ISO strings. */
export interface ChatSummary {
  id: string;
  visitor: ChatVisitor;
  /** `waiting`: nobody serves it yet (incoming); `active`: an agent joined; `ended`: over. */
  state: 'waiting' | 'active' | 'ended';
  startedAt: string;
  lastActivityAt: string;
  /** The last line, for the list. */
  preview?: string;
  department?: string;
  /** The connection's own agent has joined it (live only). */
  servedByMe: boolean;
  /** Names of the agents who joined. */
  agentNames: string[];
  /** Where a rep replies when the connection cannot (recent mode), an `https:` URL. */
  openInChatUrl?: string;
}

/** One line of a chat. `clientId` is the id the sender chose, to match an echo with what was sent. */
export interface ChatMessage {
  id: string;
  chatId: string;
  author: 'visitor' | 'agent' | 'system';
  authorName: string;
  text: string;
  at: string;
  clientId?: string;
}

/** What a connection can do; each optional method exists exactly when its capability is true. */
export type ChatCapabilities = Record<'realtime' | 'presence' | 'reply' | 'typing' | 'end' | 'transfer', boolean>;

/** The connection's state, as the top bar shows it. */
export type ConnectionStatus = 'idle' | 'connecting' | 'online' | 'reconnecting' | 'error';

/**
 * Why a connection is in error or reconnecting, or why `createChatConnection` fell back to `recent`:
 * `unauthorized` the Chat token was rejected; `plan` the account has no Conversations API; `concurrent-session`
 * another top bar (or process) holds the agent; `network` Chat cannot be reached; `unsupported` the browser has no
 * WebSocket.
 */
export type StatusReason = 'unauthorized' | 'plan' | 'concurrent-session' | 'network' | 'unsupported';

/** Everything a connection tells its listeners. */
export type ChatEvent =
  | { type: 'status'; status: ConnectionStatus; reason?: StatusReason }
  /** `createChatConnection` switched implementation; `reason` says why it left `live`. */
  | { type: 'mode'; mode: ChatMode; reason?: StatusReason }
  /** Upsert; `ended` moves a chat out of the open lists. */
  | { type: 'chat'; chat: ChatSummary }
  /** Dedupe by `id`, then by `clientId`. */
  | { type: 'message'; message: ChatMessage };

/** The top bar's link to Chat. Failures of `connect` arrive as `status` events, never as rejections. */
export interface ChatConnection {
  readonly mode: ChatMode;
  readonly capabilities: ChatCapabilities;
  readonly status: ConnectionStatus;
  readonly reason: StatusReason | undefined;
  /** The Chat agent the connection answers as (live), once online. */
  readonly agentName: string | undefined;
  /** Idempotent. */
  connect(): Promise<void>;
  /** Stops everything (timers, socket, polls); chats already known stay readable. */
  disconnect(): Promise<void>;
  /** Starts over from scratch (a new session; live first): after a token was fixed, or to take a session over. */
  reconnect(): Promise<void>;
  /** The top bar is shown or hidden: polling connections pause while hidden. */
  setVisible(visible: boolean): void;
  /**
   * The browser went offline or came back (`offline` / `online` events): the connection says "reconnecting" at once
   * instead of when a reply fails, and tries again as soon as the network is back.
   */
  setNetwork(online: boolean): void;
  subscribe(listener: (event: ChatEvent) => void): () => void;
  /** Open and recent chats, newest activity first. */
  listChats(): ChatSummary[];
  /** The lines of a chat the connection knows, oldest first. */
  messages(chatId: string): ChatMessage[];
  /** Rejects with a `ChatActionError`. */
  send?(chatId: string, text: string, clientId: string): Promise<void>;
  /** Leaves the chat (the agent's "end chat"); rejects with a `ChatActionError`. */
  end?(chatId: string): Promise<void>;
}

/** Why `send` or `end` failed: another agent serves the chat, the connection is down, or Chat said no. */
export type ChatActionErrorKind = 'served-by-other' | 'offline' | 'timeout' | 'rejected';

/** The error `send` and `end` reject with. */
export class ChatActionError extends Error {
  override readonly name = 'ChatActionError';
  readonly kind: ChatActionErrorKind;

  constructor(kind: ChatActionErrorKind, message: string) {
    super(message);
    this.kind = kind;
  }
}

/** Narrows a caught value to `ChatActionError` (by shape, so it works across bundles). */
export function isChatActionError(error: unknown): error is ChatActionError {
  return error instanceof Error && error.name === 'ChatActionError' && typeof (error as Partial<ChatActionError>).kind === 'string';
}

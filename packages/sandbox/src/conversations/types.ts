/**
 * Live chats as the sandbox simulates them: the chats the workbench's visitor simulator starts, and the agent
 * sessions of the simulated Chat Conversations API (docs/decisions/0006) that serve them.
 */

/** The visitor of a live chat, as the Chat dashboard's visitor panel edits it. */
export interface LiveVisitor {
  id: string;
  display_name: string;
  email: string;
  phone: string;
}

/** Who wrote a line of a live chat. */
export type LiveAuthor = 'visitor' | 'agent';

/** One message of a live chat. `at` is epoch milliseconds. */
export interface LiveMessage {
  id: string;
  chatId: string;
  author: LiveAuthor;
  /** The visitor's or the agent's display name. */
  name: string;
  text: string;
  at: number;
}

/** A live chat (a Chat "channel"). */
export interface LiveChat {
  /** The channel id; also the id of the chat's Chat REST record. */
  id: string;
  visitor: LiveVisitor;
  department: string | null;
  status: 'active' | 'ended';
  startedAt: number;
  endedAt: number | null;
  /** Display names of the agents who joined, in order. */
  agents: string[];
  messages: LiveMessage[];
}

/** What changed, for listeners (the workbench's event stream, the agent sessions). */
export type LiveChange =
  | { kind: 'started'; chat: LiveChat }
  | { kind: 'message'; chat: LiveChat; message: LiveMessage }
  | { kind: 'joined'; chat: LiveChat; agent: string }
  | { kind: 'visitor'; chat: LiveChat }
  | { kind: 'ended'; chat: LiveChat; by: 'visitor' | 'agent'; agent?: string }
  | { kind: 'reset' };

/** Who says something in `say`. */
export type LiveSpeaker = { author: 'visitor' } | { author: 'agent'; name: string; msgId?: string };

/** What starts a chat: the visitor and their first message. */
export interface LiveChatStart {
  visitor: Partial<Omit<LiveVisitor, 'id'>> & { id?: string };
  text?: string;
  department?: string | null;
  /** Prefix of the generated channel id (the workbench uses the visitor seed's id). */
  idPrefix?: string;
  /** A fixed channel id instead (the workbench's opening chats); must not be taken. */
  id?: string;
}

/** The live chats of the sandbox and the agent sessions of its simulated Conversations API. */
export interface Conversations {
  /** Display name of the Chat agent the sandbox's Chat token belongs to: the top bar answers as this agent. */
  readonly apiAgentName: string;
  /** false: `startAgentSession` is refused as on Chat plans without the Conversations API. */
  liveAccess: boolean;
  /** Every chat, oldest first (copies). */
  list(): LiveChat[];
  get(id: string): LiveChat | undefined;
  start(input: LiveChatStart): LiveChat;
  /**
   * Starts an ended chat again under the same id, with only `text` from the visitor (the workbench restarts its
   * opening chats on each page load, as it did when chats lived in the page). Real Chat never reuses a channel.
   */
  reopen(chatId: string, text?: string): LiveChat;
  /** Adds a message; throws for an unknown or ended chat. */
  say(chatId: string, speaker: LiveSpeaker, text: string): LiveMessage;
  updateVisitor(chatId: string, patch: Partial<Omit<LiveVisitor, 'id'>>): LiveChat;
  /** Ends the chat; `agent` names the agent who left (the visitor otherwise). Ending twice does nothing. */
  end(chatId: string, agent?: string): LiveChat;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: (change: LiveChange) => void): () => void;
  /** Drops every chat and ends every agent session. */
  reset(): void;
}

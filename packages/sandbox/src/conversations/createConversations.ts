import type { Conversations, LiveChange, LiveChat, LiveChatStart, LiveMessage, LiveSpeaker, LiveVisitor } from './types';

/** What the live chat store needs from the sandbox. */
export interface ConversationsOptions {
  now: () => number;
  /** Called with every chat that changed, to keep its Chat REST record current. */
  mirror?: (chat: LiveChat) => void;
  /** Display name of the agent behind the sandbox's Chat token. */
  apiAgentName?: string;
}

/** The agent the sandbox's Chat OAuth token belongs to (one installation token = one Chat agent, decision 0006). */
export const API_AGENT_NAME = 'Sales chat (API)';

const copy = (chat: LiveChat): LiveChat => structuredClone(chat);

/** Creates an empty live chat store. Listeners get copies, so nothing outside can change a chat behind its back. */
export function createConversations(options: ConversationsOptions): Conversations {
  const { now } = options;
  const chats = new Map<string, LiveChat>();
  const listeners = new Set<(change: LiveChange) => void>();
  let counter = 0;

  function emit(change: LiveChange): void {
    if (change.kind !== 'reset') options.mirror?.(change.chat);
    for (const listener of [...listeners]) listener(change);
  }

  function live(id: string): LiveChat {
    const chat = chats.get(id);
    if (!chat) throw new Error(`no live chat ${id}`);
    return chat;
  }

  function nextId(prefix: string): string {
    counter += 1;
    // The clock part keeps ids unique across workbench restarts, whose REST mirror records persist.
    return `${prefix}-${now().toString(36)}-${counter}`;
  }

  function addMessage(chat: LiveChat, author: LiveMessage['author'], name: string, text: string, id?: string): LiveMessage {
    const message: LiveMessage = { id: id ?? nextId('msg'), chatId: chat.id, author, name, text, at: now() };
    chat.messages.push(message);
    return message;
  }

  const conversations: Conversations = {
    apiAgentName: options.apiAgentName ?? API_AGENT_NAME,
    liveAccess: true,
    list: () => [...chats.values()].map(copy),
    get: (id) => {
      const chat = chats.get(id);
      return chat ? copy(chat) : undefined;
    },
    start(input: LiveChatStart) {
      if (input.id !== undefined && chats.has(input.id)) throw new Error(`live chat ${input.id} exists`);
      const id = input.id ?? nextId(input.idPrefix ?? 'chat');
      const visitor: LiveVisitor = {
        id: input.visitor.id ?? `visitor-${id}`,
        display_name: input.visitor.display_name ?? '',
        email: input.visitor.email ?? '',
        phone: input.visitor.phone ?? '',
      };
      const chat: LiveChat = { id, visitor, department: input.department ?? null, status: 'active', startedAt: now(), endedAt: null, agents: [], messages: [] };
      chats.set(id, chat);
      const text = input.text?.trim();
      if (text) addMessage(chat, 'visitor', visitor.display_name, text);
      emit({ kind: 'started', chat: copy(chat) });
      return copy(chat);
    },
    reopen(chatId, text) {
      const chat = live(chatId);
      Object.assign(chat, { status: 'active', startedAt: now(), endedAt: null, agents: [], messages: [] });
      const line = text?.trim();
      if (line) addMessage(chat, 'visitor', chat.visitor.display_name, line);
      emit({ kind: 'started', chat: copy(chat) });
      return copy(chat);
    },
    say(chatId, speaker: LiveSpeaker, text) {
      const chat = live(chatId);
      if (chat.status === 'ended') throw new Error(`live chat ${chatId} has ended`);
      if (speaker.author === 'agent' && !chat.agents.includes(speaker.name)) {
        chat.agents.push(speaker.name);
        emit({ kind: 'joined', chat: copy(chat), agent: speaker.name });
      }
      const message =
        speaker.author === 'visitor'
          ? addMessage(chat, 'visitor', chat.visitor.display_name, text)
          : addMessage(chat, 'agent', speaker.name, text, speaker.msgId);
      emit({ kind: 'message', chat: copy(chat), message: { ...message } });
      return { ...message };
    },
    updateVisitor(chatId, patch) {
      const chat = live(chatId);
      chat.visitor = { ...chat.visitor, ...patch, id: chat.visitor.id };
      emit({ kind: 'visitor', chat: copy(chat) });
      return copy(chat);
    },
    end(chatId, agent) {
      const chat = live(chatId);
      if (chat.status === 'ended') return copy(chat);
      chat.status = 'ended';
      chat.endedAt = now();
      emit(agent === undefined ? { kind: 'ended', chat: copy(chat), by: 'visitor' } : { kind: 'ended', chat: copy(chat), by: 'agent', agent });
      return copy(chat);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      chats.clear();
      conversations.liveAccess = true;
      emit({ kind: 'reset' });
    },
  };
  return conversations;
}

import type { ChatEvent, ChatMessage, ChatSummary } from './types';

/** The chats and lines a connection knows, kept deduplicated; every real change is announced once. */
export interface ChatBook {
  /** Merges `chat` into the known one (or adds it); announces it when anything changed. */
  upsert(chat: Partial<ChatSummary> & Pick<ChatSummary, 'id'>, fallback?: () => ChatSummary): ChatSummary | undefined;
  get(id: string): ChatSummary | undefined;
  /** Adds a line unless it is known by `id`, or is the echo of a line sent with the same `clientId`/text. */
  addMessage(message: ChatMessage): boolean;
  list(): ChatSummary[];
  messages(chatId: string): ChatMessage[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Creates an empty book announcing changes through `emit`. */
export function createChatBook(emit: (event: ChatEvent) => void): ChatBook {
  const chats = new Map<string, ChatSummary>();
  const lines = new Map<string, ChatMessage[]>();
  const echoed = new Set<string>();

  return {
    upsert(patch, fallback) {
      const known = chats.get(patch.id) ?? fallback?.();
      if (!known) return undefined;
      const next: ChatSummary = { ...known, ...patch, visitor: { ...known.visitor, ...patch.visitor } };
      // A chat never comes back from `ended` by a late or repeated event.
      if (known.state === 'ended' && chats.has(patch.id)) next.state = 'ended';
      if (chats.has(patch.id) && same(known, next)) return known;
      chats.set(next.id, next);
      emit({ type: 'chat', chat: next });
      return next;
    },
    get: (id) => chats.get(id),
    addMessage(message) {
      const list = lines.get(message.chatId) ?? [];
      const known = list.find((m) => m.id === message.id);
      if (known) {
        if (known.clientId !== undefined && message.clientId === undefined) echoed.add(known.clientId);
        return false;
      }
      // The server's echo of our own line may carry its own id: match it by clientId, else by text, once.
      if (message.author === 'agent' && message.clientId === undefined) {
        const sent = list.find((m) => m.clientId !== undefined && !echoed.has(m.clientId) && (m.clientId === message.id || m.text === message.text));
        if (sent?.clientId !== undefined) {
          echoed.add(sent.clientId);
          return false;
        }
      }
      list.push(message);
      lines.set(message.chatId, list);
      emit({ type: 'message', message });
      return true;
    },
    list: () => [...chats.values()].sort((a, b) => Date.parse(b.lastActivityAt) - Date.parse(a.lastActivityAt)),
    messages: (chatId) => [...(lines.get(chatId) ?? [])],
  };
}

/** A set of listeners with error isolation: one failing listener never stops the others. */
export function createListeners<E>(): { add(listener: (event: E) => void): () => void; emit(event: E): void } {
  const listeners = new Set<(event: E) => void>();
  return {
    add(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          console.error('[chat] listener failed', error);
        }
      }
    },
  };
}

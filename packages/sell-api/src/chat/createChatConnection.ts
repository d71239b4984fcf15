import type { Transport } from '../transport';
import { createListeners } from './chatBook';
import { createLiveConnection, type LiveConnectionOptions } from './createLiveConnection';
import { createRecentConnection, type RecentConnectionOptions } from './createRecentConnection';
import type { ChatConnection, ChatEvent, StatusReason } from './types';

/** Options of the connection the top bar uses; `live`/`recent` tune (or, in tests, replace) each implementation. */
export interface ChatConnectionOptions {
  transport: Transport;
  openInChatUrl?: (chatId: string) => string | undefined;
  live?: Partial<LiveConnectionOptions>;
  recent?: Partial<RecentConnectionOptions>;
  /** Tests: build the implementations themselves. */
  createLive?: () => ChatConnection;
  createRecent?: () => ChatConnection;
}

/** Live refusals after which `recent` can still serve the account (a rejected token would fail there too). */
const FALLBACK: readonly StatusReason[] = ['plan', 'concurrent-session', 'unsupported'];

/**
 * The connection chosen per account: `live` first; when the account's plan has no Conversations API, another top
 * bar holds the agent, or the browser cannot open the stream, it falls back to `recent` and says why with a `mode`
 * event. `reconnect()` tries `live` again (for instance to take the session over).
 */
export function createChatConnection(options: ChatConnectionOptions): ChatConnection {
  const listeners = createListeners<ChatEvent>();
  const shared = options.openInChatUrl ? { openInChatUrl: options.openInChatUrl } : {};
  const live = options.createLive?.() ?? createLiveConnection({ transport: options.transport, ...shared, ...options.live });
  let recent: ChatConnection | null = null;
  let active: ChatConnection = live;

  function recentConnection(): ChatConnection {
    if (!recent) {
      recent = options.createRecent?.() ?? createRecentConnection({ transport: options.transport, ...shared, ...options.recent });
      const own = recent;
      own.subscribe((event) => {
        if (active === own) listeners.emit(event);
      });
    }
    return recent;
  }

  live.subscribe((event) => {
    if (active !== live) return;
    if (event.type === 'status' && event.status === 'error' && event.reason && FALLBACK.includes(event.reason)) {
      const fallback = recentConnection();
      active = fallback;
      listeners.emit({ type: 'mode', mode: 'recent', reason: event.reason });
      void fallback.connect();
      return;
    }
    listeners.emit(event);
  });

  return {
    get mode() {
      return active.mode;
    },
    get capabilities() {
      return active.capabilities;
    },
    get status() {
      return active.status;
    },
    get reason() {
      return active.reason;
    },
    get agentName() {
      return active.agentName;
    },
    connect: () => active.connect(),
    disconnect: () => active.disconnect(),
    async reconnect() {
      if (active !== live) {
        await active.disconnect();
        active = live;
        listeners.emit({ type: 'mode', mode: 'live' });
      }
      await live.reconnect();
    },
    setNetwork(online) {
      active.setNetwork(online);
    },
    setVisible(visible) {
      live.setVisible(visible);
      recent?.setVisible(visible);
    },
    subscribe: (listener) => listeners.add(listener),
    listChats: () => active.listChats(),
    messages: (chatId) => active.messages(chatId),
    get send() {
      return active.send?.bind(active);
    },
    get end() {
      return active.end?.bind(active);
    },
  };
}

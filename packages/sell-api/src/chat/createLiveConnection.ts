import type { Transport } from '../transport';
import { isAllowedUrl } from '../transport';
import { createChatBook, createListeners } from './chatBook';
import { defaultSocketFactory, UnsupportedSocketError, type ChatSocket, type ChatSocketFactory, type PollOptions } from './chatSocket';
import * as gql from './conversationsProtocol';
import { applyActivity, applyChannels, applyMessage, type LiveContext } from './liveEvents';
import { startAgentSession } from './startAgentSession';
import { ChatActionError, type ChatConnection, type ChatEvent, type ConnectionStatus, type StatusReason } from './types';

/** Options of the live (Conversations API) connection. Timings are injectable so tests run on fake timers. */
export interface LiveConnectionOptions {
  transport: Transport;
  /** Default: WebSocket for `wss:` session URLs, long-polling over `transport` for `https:` ones (the sandbox). */
  openSocket?: ChatSocketFactory;
  poll?: PollOptions;
  graphqlUrl?: string;
  /** Hosts a session URL may point at (ZAF `domainWhitelist` form); default: Chat's own, `*.zopim.com`. */
  sessionHosts?: readonly string[];
  /** The secure setting holding the Chat OAuth token. */
  tokenSetting?: string;
  pingIntervalMs?: number;
  requestTimeoutMs?: number;
  /** Reconnect backoff: first delay, doubling up to `reconnectMaxMs`, with jitter. */
  reconnectBaseMs?: number;
  reconnectMaxMs?: number;
  random?: () => number;
  now?: () => number;
  openInChatUrl?: (chatId: string) => string | undefined;
}

type Subscription = 'message' | 'activity';

/**
 * The `live` connection: a Chat agent session over the Conversations API (decision 0006). Connects with
 * `startAgentSession`, goes online, subscribes to messages and member activity, and lists the open channels.
 * Token, plan and concurrent-session refusals end in `error` with that reason (no retry: retrying cannot help and
 * would fight the other session); network trouble and other EOS reasons reconnect with backoff, first reopening the
 * same stream once, then with a new session. `stopAgentSession` is never called: it would end every session of
 * the agent, other reps' included.
 */
export function createLiveConnection(options: LiveConnectionOptions): ChatConnection {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const openSocket = options.openSocket ?? defaultSocketFactory(options.transport, options.poll);
  const listeners = createListeners<ChatEvent>();
  const book = createChatBook((event) => listeners.emit(event));
  const ctx: LiveContext = { book, me: undefined, now, openInChatUrl: options.openInChatUrl };
  const pending = new Map<string, { resolve: (data: Record<string, unknown>) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> }>();
  const subscriptions = new Map<string, Subscription>();
  let status: ConnectionStatus = 'idle';
  let reason: StatusReason | undefined;
  let generation = 0;
  let failures = 0;
  let requestIds = 0;
  let sessionUrl: string | null = null;
  let reopened = false;
  let socket: ChatSocket | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let pingTimer: ReturnType<typeof setInterval> | undefined;

  function setStatus(next: ConnectionStatus, why?: StatusReason): void {
    if (next === status && why === reason) return;
    status = next;
    reason = why;
    listeners.emit({ type: 'status', status, ...(why ? { reason: why } : {}) });
  }

  function teardown(): void {
    clearInterval(pingTimer);
    clearTimeout(retryTimer);
    socket?.close();
    socket = null;
    subscriptions.clear();
    for (const [id, request] of pending) {
      clearTimeout(request.timer);
      request.reject(new ChatActionError('offline', 'The Chat connection closed'));
      pending.delete(id);
    }
  }

  function fail(why: StatusReason): void {
    teardown();
    sessionUrl = null;
    setStatus('error', why);
  }

  function scheduleRetry(afterMs?: number): void {
    teardown();
    failures += 1;
    const step = Math.min(options.reconnectMaxMs ?? 60_000, (options.reconnectBaseMs ?? 1_000) * 2 ** (failures - 1));
    const delay = afterMs ?? Math.round(step / 2 + (step / 2) * random());
    setStatus('reconnecting', 'network');
    const gen = generation;
    retryTimer = setTimeout(() => void attempt(gen), delay);
  }

  function request(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const open = socket;
    if (!open) return Promise.reject(new ChatActionError('offline', 'Not connected to Chat'));
    requestIds += 1;
    const id = String(requestIds);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new ChatActionError('timeout', 'Chat did not answer in time'));
      }, options.requestTimeoutMs ?? 10_000);
      pending.set(id, { resolve, reject, timer });
      open.send(JSON.stringify({ type: 'request', id, payload: { query, variables } }));
    });
  }

  function onFrame(raw: unknown): void {
    const frame = gql.parseFrame(raw);
    if (frame.kind === 'reply') {
      const waiting = pending.get(frame.id);
      if (!waiting) return;
      pending.delete(frame.id);
      clearTimeout(waiting.timer);
      if (frame.errors.length > 0 || !frame.data) waiting.reject(new ChatActionError('rejected', frame.errors.join('; ') || 'Chat refused the request'));
      else waiting.resolve(frame.data);
    } else if (frame.kind === 'data') {
      const kind = subscriptions.get(frame.subscriptionId);
      if (kind === 'message') applyMessage(ctx, frame.data);
      else if (kind === 'activity') applyActivity(ctx, frame.data);
    } else if (frame.kind === 'eos') {
      if (/concurrent session/i.test(frame.reason)) fail('concurrent-session');
      else {
        sessionUrl = null;
        scheduleRetry();
      }
    }
  }

  async function goOnline(gen: number): Promise<void> {
    clearInterval(pingTimer);
    pingTimer = setInterval(() => socket?.send(JSON.stringify({ sig: 'PING', payload: now() })), options.pingIntervalMs ?? 20_000);
    try {
      const presence = await request(gql.GO_ONLINE);
      const node = gql.isRecord(presence.updateAgentStatus) && gql.isRecord(presence.updateAgentStatus.node) ? presence.updateAgentStatus.node : {};
      ctx.me = typeof node.display_name === 'string' ? node.display_name : undefined;
      for (const [query, kind] of [[gql.SUBSCRIBE_MESSAGES, 'message'], [gql.SUBSCRIBE_ACTIVITY, 'activity']] as const) {
        const answer = await request(query);
        if (typeof answer.subscription_id !== 'string') throw new ChatActionError('rejected', 'no subscription id');
        subscriptions.set(answer.subscription_id, kind);
      }
      if (gen !== generation) return;
      failures = 0;
      reopened = false;
      setStatus('online');
      applyChannels(ctx, await request(gql.LIST_CHANNELS).catch(() => ({})));
    } catch (error) {
      if (gen !== generation || status === 'error') return;
      // Chat answered but refused our operations: this account's API differs from what was researched.
      if (error instanceof ChatActionError && error.kind === 'rejected') fail('unsupported');
      else scheduleRetry();
    }
  }

  function open(gen: number, url: string): void {
    try {
      socket = openSocket(url, {
        onOpen: () => void (gen === generation && goOnline(gen)),
        onMessage: (frame) => gen === generation && onFrame(frame),
        onClose: (code) => {
          if (gen !== generation) return;
          socket = null;
          // A plain drop may leave the session alive: reopen its stream once before starting a new session.
          if (!reopened && code < 4000) reopened = true;
          else sessionUrl = null;
          scheduleRetry();
        },
      });
    } catch (error) {
      if (error instanceof UnsupportedSocketError) fail('unsupported');
      else scheduleRetry();
    }
  }

  async function attempt(gen: number): Promise<void> {
    if (gen !== generation) return;
    if (status !== 'reconnecting') setStatus('connecting');
    if (sessionUrl) return open(gen, sessionUrl);
    const started = await startAgentSession(options.transport, options.graphqlUrl ?? gql.CONVERSATIONS_GRAPHQL_URL, options.tokenSetting ?? 'chat_access_token');
    if (gen !== generation) return;
    if (started.kind === 'refused') return fail(started.reason);
    if (started.kind === 'retry') return scheduleRetry(started.retryAfterMs);
    // The answer names where to connect: only a Chat host, never one a forged or tampered answer chose.
    if (!isAllowedUrl(started.session.websocket_url, ['wss:', 'https:'], options.sessionHosts ?? ['*.zopim.com'])) return fail('unsupported');
    sessionUrl = started.session.websocket_url;
    open(gen, sessionUrl);
  }

  const connection: ChatConnection = {
    mode: 'live',
    capabilities: { realtime: true, presence: true, reply: true, typing: false, end: true, transfer: false },
    get status() {
      return status;
    },
    get reason() {
      return reason;
    },
    get agentName() {
      return ctx.me;
    },
    async connect() {
      if (status === 'online' || status === 'connecting') return;
      clearTimeout(retryTimer);
      await attempt(generation);
    },
    disconnect() {
      generation += 1;
      teardown();
      // Closing the stream may end the session (the polling twin deletes it): the next connect starts a new one.
      sessionUrl = null;
      setStatus('idle');
      return Promise.resolve();
    },
    async reconnect() {
      await connection.disconnect();
      failures = 0;
      sessionUrl = null;
      reopened = false;
      await connection.connect();
    },
    setVisible: () => undefined,
    setNetwork(online) {
      if (status === 'idle' || status === 'error') return;
      if (!online) {
        // The stream is as good as gone: say so now, and keep retrying with backoff until the network is back.
        if (status !== 'reconnecting') scheduleRetry();
        return;
      }
      if (status === 'reconnecting') {
        clearTimeout(retryTimer);
        failures = 0;
        void attempt(generation);
      }
    },
    subscribe: (listener) => listeners.add(listener),
    listChats: () => book.list(),
    messages: (chatId) => book.messages(chatId),
    async send(chatId, text, clientId) {
      if (status !== 'online') throw new ChatActionError('offline', 'Not connected to Chat');
      const answer = await request(gql.SEND_MESSAGE, { channel_id: chatId, msg: text, msg_id: clientId });
      const result = gql.isRecord(answer.sendMessage) ? answer.sendMessage : {};
      if (result.success !== true) throw new ChatActionError('served-by-other', 'Another agent serves this chat');
      const at = new Date(now()).toISOString();
      book.addMessage({ id: clientId, clientId, chatId, author: 'agent', authorName: ctx.me ?? '', text, at });
      const known = book.get(chatId);
      book.upsert({ id: chatId, state: 'active', servedByMe: true, lastActivityAt: at, preview: text, agentNames: [...new Set([...(known?.agentNames ?? []), ...(ctx.me ? [ctx.me] : [])])] });
    },
    async end(chatId) {
      if (status !== 'online') throw new ChatActionError('offline', 'Not connected to Chat');
      await request(gql.LEAVE_CHANNEL, { channel_id: chatId });
      book.upsert({ id: chatId, state: 'ended', servedByMe: false, lastActivityAt: new Date(now()).toISOString() });
    },
  };
  return connection;
}

import type { ChatRecord } from '@sell-bridge/core';
import { buildUrl } from '../buildUrl';
import { chatRateLimit, createRateLimiter } from '../createRateLimiter';
import { createRequester, type ClientOptions } from '../createRequester';
import { isSellApiError } from '../sellApiError';
import { settingPlaceholder } from '../transport';
import { createChatBook, createListeners } from './chatBook';
import { isRecord } from './conversationsProtocol';
import { toChatMessages, toChatSummary } from './recentChats';
import { joinSharedPoll, type PollPeers, type SharedPollMember } from './sharedPoll';
import type { ChatConnection, ChatEvent, ConnectionStatus, StatusReason } from './types';

/** Options of the `recent` (Chat REST polling) connection. */
export interface RecentConnectionOptions extends ClientOptions {
  /** Defaults to `https://www.zopim.com`. */
  baseUrl?: string;
  /** Between two polls while the top bar is visible (default 30 s). */
  intervalMs?: number;
  /** How far back the first poll reads (default 24 h). */
  windowMs?: number;
  openInChatUrl?: (chatId: string) => string | undefined;
  /**
   * Shares the poll with the other top bars of this installation in the browser (decision 0011); `pollName` names it
   * (e.g. per installation). Without them each top bar polls alone.
   */
  peers?: PollPeers | null;
  pollName?: string;
}

/** The chats a top bar keeps to hand to a top bar that starts while it polls. */
const KNOWN_LIMIT = 300;

/** Incremental export only accepts a start time this far in the past; every poll re-reads from here (deduplicated). */
const EXPORT_DELAY_S = 6 * 60;
const PAGE = 100;
const MAX_PAGES = 3;

/**
 * The `recent` connection: Chat REST polled politely (decision 0006). Each poll reads the incremental export from
 * the last cursor (never later than 6 minutes ago, Chat's lower bound) and refreshes the known chats still going on
 * in one bulk request: about two requests per 30 s per open top bar while chats go on, and fewer and fewer (down to
 * one per 2 minutes) while nothing happens, inside the token's 200 requests/minute, which every top bar shares. Polling
 * stops while the top bar is hidden, and a 429 waits out `Retry-After`. With `peers`, the top bars of one browser share
 * a single poll (decision 0011). Nothing can be sent: each chat links to Chat instead.
 */
export function createRecentConnection(options: RecentConnectionOptions): ChatConnection {
  const now = options.now ?? Date.now;
  const base = options.baseUrl ?? 'https://www.zopim.com';
  const interval = options.intervalMs ?? 30_000;
  const requester = createRequester({
    ...options,
    service: 'chat',
    headers: { Accept: 'application/json', Authorization: `Bearer ${settingPlaceholder('chat_access_token')}` },
    limiter: options.limiter ?? createRateLimiter({ ...chatRateLimit, now }),
    // The poll loop is the retry: a failed poll waits for the next one instead of hammering.
    retry: { maxAttempts: 1 },
  });
  const listeners = createListeners<ChatEvent>();
  // Counts what the polls bring, so a quiet top bar can poll less often.
  let changes = 0;
  const book = createChatBook((event) => {
    changes += 1;
    listeners.emit(event);
  });
  let idleMs = interval;
  let status: ConnectionStatus = 'idle';
  let reason: StatusReason | undefined;
  let visible = true;
  let running = false;
  let generation = 0;
  let failures = 0;
  let cursor: number | null = null;
  let lastPollAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The chats as last read, newest last, to tell a top bar that starts while this one polls.
  const known = new Map<string, ChatRecord>();
  let member: SharedPollMember | null = null;
  const peers = options.peers ?? null;

  function setStatus(next: ConnectionStatus, why?: StatusReason): void {
    if (next === status && why === reason) return;
    status = next;
    reason = why;
    listeners.emit({ type: 'status', status, ...(why ? { reason: why } : {}) });
  }

  function absorb(chats: readonly ChatRecord[]): void {
    for (const chat of chats) {
      known.delete(chat.id);
      known.set(chat.id, chat);
      if (known.size > KNOWN_LIMIT) known.delete(known.keys().next().value!);
      const summary = toChatSummary(chat, options.openInChatUrl?.(chat.id));
      book.upsert(summary, () => summary);
      for (const message of toChatMessages(chat)) book.addMessage(message);
    }
  }

  async function readExport(read: ChatRecord[]): Promise<void> {
    const nowS = Math.floor(now() / 1000);
    const from = Math.min(cursor ?? nowS - Math.round((options.windowMs ?? 86_400_000) / 1000), nowS - EXPORT_DELAY_S);
    let url: string | null = buildUrl(base, '/api/v2/incremental/chats', { start_time: String(from), limit: String(PAGE) });
    for (let page = 0; url && page < MAX_PAGES; page += 1) {
      const body: unknown = (await requester.send({ method: 'GET', url, retryable: true })).data;
      const chats: ChatRecord[] = isRecord(body) && Array.isArray(body.chats) ? (body.chats.filter(isRecord) as unknown as ChatRecord[]) : [];
      absorb(chats);
      read.push(...chats);
      if (isRecord(body) && typeof body.end_time === 'number') cursor = body.end_time;
      const next: string | null = isRecord(body) && typeof body.next_page === 'string' ? body.next_page : null;
      // Only follow a next page on Chat's own host: the request carries the token placeholder.
      url = chats.length === PAGE && next && new URL(next).origin === new URL(base).origin ? next : null;
    }
  }

  async function refreshOpen(read: ChatRecord[]): Promise<void> {
    const open = book.list().filter((chat) => chat.state !== 'ended').map((chat) => chat.id).slice(0, 50);
    if (open.length === 0) return;
    const body = (await requester.send({ method: 'GET', url: buildUrl(base, '/api/v2/chats', { ids: open.join(',') }), retryable: true })).data;
    const docs = isRecord(body) && isRecord(body.docs) ? body.docs : {};
    const chats = Object.values(docs).filter(isRecord) as unknown as ChatRecord[];
    absorb(chats);
    read.push(...chats);
  }

  // Sharing: only a shown, running top bar takes part; the poller is the one holding the lock.
  function share(): void {
    if (!peers || member || !running || !visible) return;
    const own = joinSharedPoll(peers, options.pollName ?? 'sell-bridge:chat-poll', {
      absorb: (chats) => {
        if (member !== own) return;
        absorb(chats);
        failures = 0;
        setStatus('online');
      },
      known: () => [...known.values()],
    });
    member = own;
    own.join(() => {
      if (member !== own) return;
      clearTimeout(timer);
      void poll(generation);
    });
  }

  function unshare(): void {
    member?.leave();
    member = null;
  }

  /** Whether this top bar polls: always without sharing, else only while it holds the browser's poll. */
  const polls = () => !peers || member?.leading === true;

  function schedule(ms: number): void {
    clearTimeout(timer);
    const gen = generation;
    if (visible && polls()) timer = setTimeout(() => void poll(gen), ms);
  }

  async function poll(gen: number): Promise<void> {
    if (gen !== generation || !running || !polls()) return;
    try {
      lastPollAt = now();
      const before = changes;
      const read: ChatRecord[] = [];
      await readExport(read);
      await refreshOpen(read);
      if (gen !== generation) return;
      member?.publish(read);
      failures = 0;
      setStatus('online');
      // Adaptive: while nothing arrives and no chat is going on, each quiet poll doubles the wait, up to 4× the
      // interval; anything new (or a chat still open) brings it back. A team's top bars then share Chat's limit.
      const active = changes !== before || book.list().some((chat) => chat.state !== 'ended');
      idleMs = active ? interval : Math.min(idleMs * 2, interval * 4);
      schedule(idleMs);
    } catch (error) {
      if (gen !== generation) return;
      const kind = isSellApiError(error) ? error.kind : 'network';
      if (kind === 'unauthorized' || kind === 'forbidden') {
        running = false;
        clearTimeout(timer);
        unshare();
        setStatus('error', kind === 'unauthorized' ? 'unauthorized' : 'plan');
        return;
      }
      if (kind === 'rate_limited') return schedule(Math.max(interval, isSellApiError(error) ? (error.retryAfterMs ?? 0) : 0));
      failures += 1;
      setStatus('reconnecting', 'network');
      schedule(Math.min(interval, 1_000 * 2 ** (failures - 1)));
    }
  }

  const connection: ChatConnection = {
    mode: 'recent',
    capabilities: { realtime: false, presence: false, reply: false, typing: false, end: false, transfer: false },
    get status() {
      return status;
    },
    get reason() {
      return reason;
    },
    agentName: undefined,
    async connect() {
      if (running && status !== 'error') return;
      running = true;
      setStatus('connecting');
      share();
      await poll(generation);
    },
    disconnect() {
      generation += 1;
      running = false;
      clearTimeout(timer);
      unshare();
      setStatus('idle');
      return Promise.resolve();
    },
    async reconnect() {
      await connection.disconnect();
      failures = 0;
      await connection.connect();
    },
    setVisible(next) {
      if (next === visible) return;
      visible = next;
      clearTimeout(timer);
      // A hidden top bar hands the poll to a shown one (and polls nothing); shown again, it queues for it.
      if (!visible) return unshare();
      if (!running) return;
      share();
      // Back in view: poll at once if the last poll is stale, else when it falls due.
      schedule(Math.max(0, lastPollAt + interval - now()));
    },
    setNetwork(online) {
      if (!running) return;
      if (!online) {
        clearTimeout(timer);
        setStatus('reconnecting', 'network');
        return;
      }
      // Back online: poll now (the poller; a follower waits for the poller's next post).
      if (status === 'reconnecting') schedule(0);
    },
    subscribe: (listener) => listeners.add(listener),
    listChats: () => book.list(),
    messages: (chatId) => book.messages(chatId),
  };
  return connection;
}

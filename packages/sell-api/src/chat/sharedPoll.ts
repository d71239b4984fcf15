import type { ChatRecord } from '@sell-bridge/core';

/**
 * One Chat poll per browser (decision 0011): every top bar of an installation open in this browser (several Sell tabs
 * or windows) shares the poll. The top bar holding an exclusive Web Lock polls and posts what it read on a
 * BroadcastChannel; the others absorb those posts and poll nothing, and one of them takes the lock (and the poll)
 * when the holder closes. A browser without Web Locks or BroadcastChannel polls per top bar, as before.
 */
export interface PollPeers {
  /**
   * Waits for the browser-wide lock `name`, then holds it until the promise `held` returns settles; an abort while
   * waiting gives up the place in the queue (the returned promise then rejects).
   */
  lock(name: string, held: () => Promise<void>, signal: AbortSignal): Promise<void>;
  /** A channel to the other top bars of this installation in this browser. */
  channel(name: string): PollChannel;
}

/** The part of BroadcastChannel the poll uses. */
export interface PollChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** What one top bar says to the others. */
export type PollMessage =
  /** The poller's chats: everything it knows on a `hello`, else what its last poll read. */
  | { type: 'chats'; chats: ChatRecord[] }
  /** A top bar that just started asks the poller for what it knows. */
  | { type: 'hello' };

function isPollMessage(value: unknown): value is PollMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  const { type } = value;
  if (type === 'hello') return true;
  return type === 'chats' && Array.isArray((value as { chats?: unknown }).chats);
}

/** The browser's own Web Locks and BroadcastChannel, or null where either is missing (then each top bar polls). */
export function browserPollPeers(scope: typeof globalThis = globalThis): PollPeers | null {
  const locks = (scope.navigator as (Navigator & { locks?: LockManager }) | undefined)?.locks;
  const Channel = scope.BroadcastChannel as typeof BroadcastChannel | undefined;
  if (!locks || typeof locks.request !== 'function' || typeof Channel !== 'function') return null;
  return {
    lock: (name, held, signal) => locks.request(name, { mode: 'exclusive', signal }, held),
    channel: (name) => new Channel(name),
  };
}

/**
 * The poll-sharing side of one top bar while it is shown, as the recent connection drives it: a hidden top bar leaves,
 * so the poller is always a top bar someone can see, and nobody polls when every top bar is hidden.
 */
export interface SharedPollMember {
  /** Starts waiting for the lock; `onLead` runs when this top bar becomes the poller. */
  join(onLead: () => void): void;
  /** The poller tells the others what a poll read. */
  publish(chats: readonly ChatRecord[]): void;
  /** Releases the lock (another top bar takes over) and closes the channel. */
  leave(): void;
  readonly leading: boolean;
}

/**
 * One top bar's membership. `absorb` takes chats another top bar read; `known` gives everything this one knows, sent
 * to a top bar that says hello while this one polls.
 */
export function joinSharedPoll(
  peers: PollPeers,
  name: string,
  handlers: { absorb: (chats: readonly ChatRecord[]) => void; known: () => ChatRecord[] },
): SharedPollMember {
  let leading = false;
  let release: (() => void) | null = null;
  let channel: PollChannel | null = null;
  let left = false;
  const queue = new AbortController();

  const member: SharedPollMember = {
    get leading() {
      return leading;
    },
    join(onLead) {
      if (channel || left) return;
      const own = peers.channel(name);
      channel = own;
      own.addEventListener('message', ({ data }) => {
        if (!isPollMessage(data) || left) return;
        if (data.type === 'hello') {
          if (leading) own.postMessage({ type: 'chats', chats: handlers.known() } satisfies PollMessage);
        } else if (!leading) {
          handlers.absorb(data.chats);
        }
      });
      own.postMessage({ type: 'hello' } satisfies PollMessage);
      void peers
        .lock(
          name,
          () =>
            new Promise<void>((resolve) => {
              if (left) return resolve();
              release = resolve;
              leading = true;
              onLead();
            }),
          queue.signal,
        )
        .catch(() => undefined);
    },
    publish(chats) {
      if (leading && chats.length > 0) channel?.postMessage({ type: 'chats', chats: [...chats] } satisfies PollMessage);
    },
    leave() {
      left = true;
      leading = false;
      queue.abort();
      release?.();
      release = null;
      channel?.close();
      channel = null;
    },
  };
  return member;
}

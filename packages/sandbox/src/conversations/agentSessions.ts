import { handleOperation, type Subscription } from './operations';
import type { Conversations, LiveChange } from './types';
import { activityNode, messageNode } from './nodes';

/** A frame the server sends on the stream (the Conversations API envelope, decision 0006). */
export type ServerFrame =
  | { id: string; payload: { data: unknown } | { errors: { message: string }[] } }
  | { sig: 'DATA'; subscription_id: string; payload: { data: unknown } }
  | { sig: 'EOS'; reason: string };

/** One agent session of the simulated Conversations API. */
export interface AgentSession {
  readonly key: string;
  frames: { seq: number; frame: ServerFrame }[];
  seq: number;
  waiters: Set<() => void>;
  subscriptions: Map<string, Subscription>;
  lastSeen: number;
  /** Set once EOS is queued: the session answers nothing more and disappears when EOS is read. */
  ending: boolean;
}

/** The agent sessions of the simulated Conversations API. */
export interface AgentSessions {
  /** `startAgentSession`: a new session; older ones get EOS `concurrent session limit reached`. */
  start(): { session_id: string; client_id: string; key: string };
  find(key: string): AgentSession | undefined;
  /** A client frame (`request` or `PING`). */
  receive(session: AgentSession, frame: unknown): void;
  /** Frames after `after`, waiting up to `waitMs` for one to arrive. */
  poll(session: AgentSession, after: number, waitMs: number, signal: AbortSignal): Promise<{ frames: ServerFrame[]; next: number }>;
  /** The client closed its stream (no EOS). */
  close(session: AgentSession): void;
  /** Ends every session with EOS `reason` (a fault switch, a reset). */
  endAll(reason: string): void;
}

/** A session nobody polled for this long is gone, as an idle socket would be. */
const STALE_MS = 60_000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Creates the session table and feeds it every change of the live chats. */
export function createAgentSessions(conversations: Conversations, now: () => number, random: () => string): AgentSessions {
  const sessions = new Map<string, AgentSession>();
  let subscriptionCount = 0;

  function wake(session: AgentSession): void {
    for (const waiter of [...session.waiters]) waiter();
    session.waiters.clear();
  }

  function push(session: AgentSession, frame: ServerFrame): void {
    if (session.ending) return;
    session.seq += 1;
    session.frames.push({ seq: session.seq, frame });
    if ('sig' in frame && frame.sig === 'EOS') session.ending = true;
    wake(session);
  }

  function drop(session: AgentSession): void {
    sessions.delete(session.key);
    session.ending = true;
    wake(session);
  }

  function sweep(): void {
    for (const session of sessions.values()) if (now() - session.lastSeen > STALE_MS) drop(session);
  }

  function publish(session: AgentSession, kind: Subscription, data: unknown): void {
    for (const [id, subscription] of session.subscriptions) {
      if (subscription === kind) push(session, { sig: 'DATA', subscription_id: id, payload: { data } });
    }
  }

  function onChange(change: LiveChange): void {
    if (change.kind === 'reset') {
      sessions.forEach((session) => push(session, { sig: 'EOS', reason: 'reset' }));
      return;
    }
    const { chat } = change;
    for (const session of sessions.values()) {
      if (change.kind === 'started') {
        publish(session, 'chatActivity', { chatActivity: { node: activityNode('MemberJoinLog', chat, { visitor: true }, now()) } });
        for (const message of chat.messages) publish(session, 'message', { message: { node: messageNode(chat, message) } });
      } else if (change.kind === 'message') {
        publish(session, 'message', { message: { node: messageNode(chat, change.message) } });
      } else if (change.kind === 'joined') {
        publish(session, 'chatActivity', { chatActivity: { node: activityNode('MemberJoinLog', chat, { agent: change.agent }, now()) } });
      } else if (change.kind === 'ended') {
        if (change.agent !== undefined) {
          publish(session, 'chatActivity', { chatActivity: { node: activityNode('MemberLeaveLog', chat, { agent: change.agent }, now()) } });
        }
        // The chat is over for everyone once the visitor's side is closed.
        publish(session, 'chatActivity', { chatActivity: { node: activityNode('MemberLeaveLog', chat, { visitor: true }, now()) } });
      }
    }
  }
  conversations.subscribe(onChange);

  return {
    start() {
      sweep();
      for (const session of sessions.values()) push(session, { sig: 'EOS', reason: 'concurrent session limit reached' });
      const session_id = random();
      const client_id = random();
      const key = `${session_id}:${client_id}`;
      sessions.set(key, { key, frames: [], seq: 0, waiters: new Set(), subscriptions: new Map(), lastSeen: now(), ending: false });
      return { session_id, client_id, key };
    },
    find(key) {
      sweep();
      return sessions.get(key);
    },
    receive(session, frame) {
      session.lastSeen = now();
      if (!isRecord(frame) || session.ending) return;
      if (frame.sig === 'PING') return;
      if (frame.type !== 'request' || typeof frame.id !== 'string' || !isRecord(frame.payload)) return;
      const { query, variables } = frame.payload;
      const result = handleOperation(conversations, typeof query === 'string' ? query : '', isRecord(variables) ? variables : {}, () => {
        subscriptionCount += 1;
        return `sub-${subscriptionCount}`;
      });
      if (result.subscribe) session.subscriptions.set(result.subscribe.id, result.subscribe.kind);
      push(session, { id: frame.id, payload: result.payload });
    },
    async poll(session, after, waitMs, signal) {
      session.lastSeen = now();
      session.frames = session.frames.filter((f) => f.seq > after);
      if (session.frames.length === 0 && !session.ending && waitMs > 0) {
        await new Promise<void>((resolve) => {
          const done = (): void => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            session.waiters.delete(done);
            resolve();
          };
          const timer = setTimeout(done, waitMs);
          signal.addEventListener('abort', done, { once: true });
          session.waiters.add(done);
        });
      }
      session.lastSeen = now();
      const frames = session.frames.map((f) => f.frame);
      if (frames.some((f) => 'sig' in f && f.sig === 'EOS')) sessions.delete(session.key);
      return { frames, next: session.frames.at(-1)?.seq ?? after };
    },
    close(session) {
      drop(session);
    },
    endAll(reason) {
      for (const session of sessions.values()) push(session, { sig: 'EOS', reason });
    },
  };
}

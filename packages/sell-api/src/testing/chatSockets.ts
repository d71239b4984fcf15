// Fake Chat sockets and event recorders for the chat connections' unit tests.
import type { ChatSocket, ChatSocketFactory, ChatSocketHandlers } from '../chat/chatSocket';
import type { ChatEvent, ChatConnection } from '../chat/types';

/** A stream the test plays the server of: what the client sent, and ways to answer. */
export interface FakeSocket extends ChatSocket {
  url: string;
  handlers: ChatSocketHandlers;
  /** Client frames, parsed. */
  sent: Record<string, unknown>[];
  closed: boolean;
  /** Delivers a server frame to the client. */
  deliver(frame: unknown): void;
}

/** Answers a client `request` frame: the `data` of the reply, or `{ errors }`. */
export type Responder = (query: string, variables: Record<string, unknown>) => Record<string, unknown> | { errors: string[] } | undefined;

/** The agent session the fake server hands out. */
export const AGENT = 'Sales chat (API)';

/** The default fake server: online as `AGENT`, subscriptions `sub-message` and `sub-activity`, no channels, sends succeed. */
export const defaultResponder: Responder = (query) => {
  if (query.includes('updateAgentStatus')) return { updateAgentStatus: { node: { id: 'a1', display_name: AGENT } } };
  if (query.includes('subscription { message')) return { subscription_id: 'sub-message' };
  if (query.includes('subscription { chatActivity')) return { subscription_id: 'sub-activity' };
  if (query.includes('channels')) return { channels: { edges: [] } };
  if (query.includes('sendMessage')) return { sendMessage: { success: true } };
  if (query.includes('leaveChannel')) return { leaveChannel: { success: true } };
  return { errors: ['unknown operation'] };
};

/** A socket factory whose sockets open on the next tick and answer requests with `responder` (asynchronously). */
export function fakeSockets(responder: Responder = defaultResponder): { factory: ChatSocketFactory; opened: FakeSocket[]; last(): FakeSocket } {
  const opened: FakeSocket[] = [];
  const factory: ChatSocketFactory = (url, handlers) => {
    const socket: FakeSocket = {
      url,
      handlers,
      sent: [],
      closed: false,
      deliver(frame) {
        if (!socket.closed) handlers.onMessage(JSON.stringify(frame));
      },
      send(frame) {
        const parsed = JSON.parse(frame) as Record<string, unknown>;
        socket.sent.push(parsed);
        if (parsed.type !== 'request') return;
        const payload = parsed.payload as { query: string; variables?: Record<string, unknown> };
        const answer = responder(payload.query, payload.variables ?? {});
        if (answer === undefined) return;
        const errors: unknown = 'errors' in answer ? answer.errors : undefined;
        const body = Array.isArray(errors) ? { errors: errors.map((message: unknown) => ({ message: String(message) })) } : { data: answer };
        queueMicrotask(() => socket.deliver({ id: parsed.id, payload: body }));
      },
      close() {
        socket.closed = true;
      },
    };
    opened.push(socket);
    setTimeout(() => {
      if (!socket.closed) handlers.onOpen();
    }, 0);
    return socket;
  };
  return { factory, opened, last: () => opened.at(-1)! };
}

/** A `message` subscription event. */
export function messageEvent(channelId: string, id: string, text: string, from: { visitor: string; email?: string } | { agent: string }, timestamp = 1_767_225_600_000) {
  const visitorName = 'visitor' in from ? from.visitor : 'Ana';
  return {
    sig: 'DATA',
    subscription_id: 'sub-message',
    payload: {
      data: {
        message: {
          node: {
            id,
            content: text,
            timestamp,
            channel: { id: channelId, visitor: { display_name: visitorName, email: 'visitor' in from ? (from.email ?? null) : null } },
            from: 'visitor' in from ? { __typename: 'Visitor', display_name: from.visitor } : { __typename: 'Agent', display_name: from.agent },
          },
        },
      },
    },
  };
}

/** A `chatActivity` subscription event. */
export function activityEvent(channelId: string, type: 'MemberJoinLog' | 'MemberLeaveLog', user: { visitor: string } | { agent: string }) {
  const isVisitor = 'visitor' in user;
  return {
    sig: 'DATA',
    subscription_id: 'sub-activity',
    payload: {
      data: {
        chatActivity: {
          node: {
            __typename: type,
            id: `${type}-${channelId}`,
            timestamp: 1_767_225_600_000,
            user_name: isVisitor ? user.visitor : user.agent,
            user: { __typename: isVisitor ? 'Visitor' : 'Agent', id: 'u1', display_name: isVisitor ? user.visitor : user.agent },
            channel: { id: channelId },
          },
        },
      },
    },
  };
}

/** Every event a connection emits, in order. */
export function recordEvents(connection: ChatConnection): ChatEvent[] {
  const events: ChatEvent[] = [];
  connection.subscribe((event) => events.push(event));
  return events;
}

/** The statuses among `events`, as `status` or `status:reason`. */
export function statuses(events: readonly ChatEvent[]): string[] {
  return events.flatMap((e) => (e.type === 'status' ? [e.reason ? `${e.status}:${e.reason}` : e.status] : []));
}

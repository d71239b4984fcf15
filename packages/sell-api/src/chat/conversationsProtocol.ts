/**
 * The Chat Conversations API as decision 0006 found it: GraphQL documents, the stream envelope, and the parsing of
 * what comes back. Only fields seen in public samples are selected (an unknown field fails a whole operation);
 * `__typename` and `channel { id }` on activity nodes are the exceptions, marked unverified in the record.
 */
import type { StatusReason } from './types';

/** Where `startAgentSession` is called (HTTPS; the only operation not sent on the stream). */
export const CONVERSATIONS_GRAPHQL_URL = 'https://chat-api.zopim.com/graphql/request';

export const START_AGENT_SESSION =
  'mutation ($access_token: String!) { startAgentSession(access_token: $access_token) { websocket_url session_id client_id } }';
export const GO_ONLINE = 'mutation { updateAgentStatus(status: ONLINE) { node { id display_name } } }';
export const SUBSCRIBE_MESSAGES =
  'subscription { message { node { id content timestamp channel { id ... on VisitorChannel { visitor { display_name email } } } from { __typename display_name } } } }';
export const SUBSCRIBE_ACTIVITY =
  'subscription { chatActivity(filter: { chat_activity_types: [MEMBER_JOIN, MEMBER_LEAVE] }) { node { __typename ... on MemberJoinLog { id timestamp user_name user { __typename id display_name } channel { id } } ... on MemberLeaveLog { id timestamp user_name user { __typename id display_name } channel { id } } } } }';
export const LIST_CHANNELS =
  'query { channels { edges { node { id ... on VisitorChannel { visitor { display_name email } } agents { id display_name } } } } }';
export const SEND_MESSAGE =
  'mutation ($channel_id: ID!, $msg: String!, $msg_id: String!) { sendMessage(channel_id: $channel_id, msg: $msg, msg_id: $msg_id, backoff: true) { success } }';
export const LEAVE_CHANNEL = 'mutation ($channel_id: ID!) { leaveChannel(channel_id: $channel_id) { success } }';

/** What `startAgentSession` returns. `websocket_url` is a session credential: memory only, never logged. */
export interface AgentSession {
  websocket_url: string;
  session_id: string;
  client_id: string;
}

/** A frame from the server, as far as the client cares. */
export type ServerFrame =
  | { kind: 'reply'; id: string; data: Record<string, unknown> | null; errors: string[] }
  | { kind: 'data'; subscriptionId: string; data: Record<string, unknown> }
  | { kind: 'eos'; reason: string }
  | { kind: 'other' };

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** GraphQL `errors[].message` texts. */
export function errorMessages(value: unknown): string[] {
  return Array.isArray(value) ? value.map((e) => (isRecord(e) ? (text(e.message) ?? '') : String(e))) : [];
}

/** Parses one stream message (a JSON string; anything else is `other`). */
export function parseFrame(raw: unknown): ServerFrame {
  let value: unknown;
  try {
    value = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    return { kind: 'other' };
  }
  if (!isRecord(value)) return { kind: 'other' };
  if (value.sig === 'EOS') return { kind: 'eos', reason: text(value.reason) ?? '' };
  const payload = isRecord(value.payload) ? value.payload : {};
  if (value.sig === 'DATA' && typeof value.subscription_id === 'string' && isRecord(payload.data)) {
    return { kind: 'data', subscriptionId: value.subscription_id, data: payload.data };
  }
  if (typeof value.id === 'string' || typeof value.id === 'number') {
    return { kind: 'reply', id: String(value.id), data: isRecord(payload.data) ? payload.data : null, errors: errorMessages(payload.errors) };
  }
  return { kind: 'other' };
}

/** Why Chat refused a session, from GraphQL error texts (their wording is unverified, so this reads loosely). */
export function classifyRefusal(messages: readonly string[]): StatusReason | null {
  const all = messages.join(' ').toLowerCase();
  if (/concurrent session/.test(all)) return 'concurrent-session';
  if (/unauthori[sz]ed|invalid[_ ]token|access token|authenticat|expired/.test(all)) return 'unauthorized';
  if (/plan|not (?:available|enabled|allowed)|forbidden|permission|subscription/.test(all)) return 'plan';
  return null;
}

/** A timestamp as Chat sends it (epoch ms, epoch s or ISO) → ISO; `fallback` when unreadable. */
export function toIso(value: unknown, fallback: number): string {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value < 1e12 ? value * 1000 : value).toISOString();
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  return new Date(fallback).toISOString();
}

/** A `message` node, read defensively. */
export interface MessageNode {
  id: string;
  text: string;
  at: unknown;
  channelId: string;
  visitor: { name?: string; email?: string };
  fromVisitor: boolean;
  fromName: string;
}

/** Reads `data.message.node`; null when the node lacks an id, channel or content. */
export function readMessageNode(data: Record<string, unknown>): MessageNode | null {
  const node = isRecord(data.message) && isRecord(data.message.node) ? data.message.node : null;
  if (!node || !isRecord(node.channel)) return null;
  const id = text(node.id) ?? (typeof node.id === 'number' ? String(node.id) : undefined);
  const channelId = text(node.channel.id);
  const content = text(node.content);
  if (!id || !channelId || content === undefined) return null;
  const visitor = isRecord(node.channel.visitor) ? node.channel.visitor : {};
  const from = isRecord(node.from) ? node.from : {};
  return {
    id,
    text: content,
    at: node.timestamp,
    channelId,
    visitor: { ...(text(visitor.display_name) ? { name: text(visitor.display_name) } : {}), ...(text(visitor.email) ? { email: text(visitor.email) } : {}) },
    fromVisitor: from.__typename === 'Visitor',
    fromName: text(from.display_name) ?? '',
  };
}

/** A `chatActivity` node: who joined or left which chat. */
export interface ActivityNode {
  joined: boolean;
  channelId: string;
  visitor: boolean;
  name: string;
  at: unknown;
}

/** Reads `data.chatActivity.node`; null for other activity or a node without a channel. */
export function readActivityNode(data: Record<string, unknown>): ActivityNode | null {
  const node = isRecord(data.chatActivity) && isRecord(data.chatActivity.node) ? data.chatActivity.node : null;
  if (!node || (node.__typename !== 'MemberJoinLog' && node.__typename !== 'MemberLeaveLog')) return null;
  const channelId = isRecord(node.channel) ? text(node.channel.id) : undefined;
  if (!channelId) return null;
  const user = isRecord(node.user) ? node.user : {};
  return {
    joined: node.__typename === 'MemberJoinLog',
    channelId,
    visitor: user.__typename === 'Visitor',
    name: text(user.display_name) ?? text(node.user_name) ?? '',
    at: node.timestamp,
  };
}

/** A channel of `channels { edges { node } }`: its visitor and the agents in it (list or connection). */
export function readChannels(data: Record<string, unknown>): { id: string; visitor: { name?: string; email?: string }; agents: string[] }[] {
  const edges = isRecord(data.channels) && Array.isArray(data.channels.edges) ? data.channels.edges : [];
  return edges.flatMap((edge) => {
    const node = isRecord(edge) && isRecord(edge.node) ? edge.node : null;
    const id = node ? text(node.id) : undefined;
    if (!node || !id) return [];
    const visitor = isRecord(node.visitor) ? node.visitor : {};
    const rawAgents: unknown[] = Array.isArray(node.agents)
      ? node.agents
      : isRecord(node.agents) && Array.isArray(node.agents.edges)
        ? node.agents.edges.map((e) => (isRecord(e) ? e.node : null))
        : [];
    const agents = rawAgents.flatMap((a) => (isRecord(a) && typeof a.display_name === 'string' ? [a.display_name] : []));
    return [{ id, visitor: { ...(text(visitor.display_name) ? { name: text(visitor.display_name) } : {}), ...(text(visitor.email) ? { email: text(visitor.email) } : {}) }, agents }];
  });
}

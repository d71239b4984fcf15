import { channelNode } from './nodes';
import type { Conversations } from './types';

/** The subscriptions the simulated API knows. */
export type Subscription = 'message' | 'chatActivity';

/** What one `request` frame produces: the reply payload, and a subscription to register. */
export interface OperationResult {
  payload: { data: unknown } | { errors: { message: string }[] };
  subscribe?: { id: string; kind: Subscription };
}

/** The operation type and first root field of a GraphQL document (`mutation ($x: ID!) { sendMessage(...` → sendMessage). */
export function rootField(query: string): { operation: 'query' | 'mutation' | 'subscription'; field: string } | null {
  const source = query.replace(/#[^\n]*/g, '');
  const match = /^\s*(?:(query|mutation|subscription)\b)?[^{]*\{\s*(\w+)/.exec(source);
  if (!match?.[2]) return null;
  return { operation: (match[1] ?? 'query') as 'query' | 'mutation' | 'subscription', field: match[2] };
}

const error = (message: string): OperationResult => ({ payload: { errors: [{ message }] } });
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Answers one operation sent on an agent session's stream: presence, the two subscriptions, the channel list,
 * sending a message (refused with `success: false` when `backoff` is set and another agent serves the chat, as
 * documented) and leaving a channel (which ends the chat in the sandbox).
 */
export function handleOperation(
  conversations: Conversations,
  query: string,
  variables: Record<string, unknown>,
  newSubscriptionId: () => string,
): OperationResult {
  const root = rootField(query);
  if (!root) return error('Syntax Error: expected an operation');
  const agent = conversations.apiAgentName;
  if (root.operation === 'subscription') {
    if (root.field !== 'message' && root.field !== 'chatActivity') return error(`Cannot query field "${root.field}" on type "Subscription".`);
    const id = newSubscriptionId();
    return { payload: { data: { subscription_id: id } }, subscribe: { id, kind: root.field } };
  }
  switch (root.field) {
    case 'updateAgentStatus':
      return { payload: { data: { updateAgentStatus: { node: { id: `agent:${agent}`, display_name: agent } } } } };
    case 'channels': {
      const edges = conversations
        .list()
        .filter((chat) => chat.status === 'active')
        .map((chat) => ({ node: channelNode(chat) }));
      return { payload: { data: { channels: { edges } } } };
    }
    case 'sendMessage': {
      const chat = conversations.get(text(variables.channel_id));
      if (!chat || chat.status === 'ended') return error('Channel not found');
      const servedByOther = chat.agents.some((name) => name !== agent);
      if (servedByOther && variables.backoff !== false) return { payload: { data: { sendMessage: { success: false } } } };
      const msgId = text(variables.msg_id);
      conversations.say(chat.id, { author: 'agent', name: agent, ...(msgId ? { msgId } : {}) }, text(variables.msg));
      return { payload: { data: { sendMessage: { success: true } } } };
    }
    case 'leaveChannel': {
      const chat = conversations.get(text(variables.channel_id));
      if (!chat) return error('Channel not found');
      conversations.end(chat.id, agent);
      return { payload: { data: { leaveChannel: { success: true } } } };
    }
    default:
      return error(`Cannot query field "${root.field}" on type "${root.operation === 'query' ? 'Query' : 'Mutation'}".`);
  }
}

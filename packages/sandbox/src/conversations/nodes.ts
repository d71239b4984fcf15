/**
 * GraphQL nodes as the simulated Conversations API answers them. Field names follow decision 0006 (`message`,
 * `chatActivity` with `MemberJoinLog`/`MemberLeaveLog`, `VisitorChannel.visitor`); the sandbox does not validate
 * the fields a query selects, it always answers this shape.
 */
import type { LiveChat, LiveMessage } from './types';

/** The channel a node belongs to, with its visitor. */
export function channelNode(chat: LiveChat) {
  return {
    __typename: 'VisitorChannel',
    id: chat.id,
    visitor: { display_name: chat.visitor.display_name, email: chat.visitor.email || null },
    agents: chat.agents.map((name) => ({ id: agentId(name), display_name: name })),
  };
}

/** A stable agent id for a display name (the sandbox knows agents by name only). */
function agentId(name: string): string {
  return `agent:${name}`;
}

/** A `message` subscription node. */
export function messageNode(chat: LiveChat, message: LiveMessage) {
  return {
    id: message.id,
    content: message.text,
    timestamp: message.at,
    channel: channelNode(chat),
    from: message.author === 'visitor' ? { __typename: 'Visitor', display_name: message.name } : { __typename: 'Agent', id: agentId(message.name), display_name: message.name },
  };
}

/** A `chatActivity` node: the visitor or an agent joining or leaving the chat. */
export function activityNode(type: 'MemberJoinLog' | 'MemberLeaveLog', chat: LiveChat, who: { visitor: true } | { agent: string }, at: number) {
  const user =
    'agent' in who
      ? { __typename: 'Agent', id: agentId(who.agent), display_name: who.agent }
      : { __typename: 'Visitor', id: chat.visitor.id, display_name: chat.visitor.display_name };
  return {
    __typename: type,
    id: `${type}-${chat.id}-${user.id}-${at}`,
    timestamp: at,
    user_name: user.display_name,
    user,
    channel: { id: chat.id },
  };
}

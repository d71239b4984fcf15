import type { ChatRecord } from '@sell-bridge/core';
import type { ChatMessage, ChatSummary } from './types';

/** Where a line's time comes from: the item's own, else the chat's. */
const lineTime = (chat: ChatRecord, timestamp: string | undefined): string => new Date(timestamp ?? chat.timestamp).toISOString();

/**
 * A Chat REST chat as the top bar lists it. A chat without `end_timestamp` is still going on (served once an agent
 * joined, incoming before); whether Chat REST returns chats in progress at all is unverified (decision 0006).
 */
export function toChatSummary(chat: ChatRecord, openInChatUrl?: string): ChatSummary {
  const lines = chat.history.filter((item) => item.type === 'chat.msg' && typeof item.msg === 'string');
  const last = lines.at(-1);
  const ended = chat.type === 'offline_msg' || chat.end_timestamp !== null;
  const lastActivity = chat.end_timestamp ?? last?.timestamp ?? chat.timestamp;
  const preview = last?.msg ?? chat.message;
  return {
    id: chat.id,
    visitor: { name: chat.visitor.name ?? '', ...(chat.visitor.email ? { email: chat.visitor.email } : {}) },
    state: ended ? 'ended' : chat.agent_names.length > 0 ? 'active' : 'waiting',
    startedAt: new Date(chat.timestamp).toISOString(),
    lastActivityAt: new Date(lastActivity).toISOString(),
    ...(preview ? { preview: preview.slice(0, 140) } : {}),
    ...(chat.department_name ? { department: chat.department_name } : {}),
    servedByMe: false,
    agentNames: [...chat.agent_names],
    ...(openInChatUrl ? { openInChatUrl } : {}),
  };
}

/** The transcript lines of a Chat REST chat (plus an offline message), oldest first, with ids stable across polls. */
export function toChatMessages(chat: ChatRecord): ChatMessage[] {
  const messages: ChatMessage[] = chat.history.flatMap((item, index) => {
    if (item.type !== 'chat.msg' || typeof item.msg !== 'string') return [];
    const visitor = (item.sender_type ?? '').toLowerCase() === 'visitor' || (!item.agent_id && item.name === chat.visitor.name);
    return [{ id: `${chat.id}#${index}`, chatId: chat.id, author: visitor ? ('visitor' as const) : ('agent' as const), authorName: item.name, text: item.msg, at: lineTime(chat, item.timestamp) }];
  });
  if (chat.type === 'offline_msg' && chat.message) {
    messages.push({ id: `${chat.id}#offline`, chatId: chat.id, author: 'visitor', authorName: chat.visitor.name ?? '', text: chat.message, at: lineTime(chat, undefined) });
  }
  return messages;
}

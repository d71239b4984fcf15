import { isoSeconds } from '../random';
import type { SandboxChat, SandboxChatHistoryItem, SandboxState } from '../types';
import type { LiveChat } from './types';

/**
 * The Chat REST record of a live chat, so Chat REST (the `recent` top bar, card histories) sees what the live
 * simulator did. Whether real Chat REST lists chats that are still going on is unverified (decision 0006); the
 * sandbox lists them, with `end_timestamp: null` until they end.
 */
export function toRestChat(chat: LiveChat): SandboxChat {
  const start = isoSeconds(chat.startedAt);
  const end = chat.endedAt === null ? null : isoSeconds(chat.endedAt);
  const history: SandboxChatHistoryItem[] = chat.messages.map((m, index) => ({
    index,
    type: 'chat.msg',
    name: m.name,
    msg: m.text,
    msg_id: m.id,
    timestamp: isoSeconds(m.at),
    channel: chat.id,
    sender_type: m.author === 'visitor' ? 'Visitor' : 'Agent',
    ...(m.author === 'agent' ? { agent_id: `agent:${m.name}` } : {}),
    department_name: chat.department,
  }));
  const visitorCount = chat.messages.filter((m) => m.author === 'visitor').length;
  const agentCount = chat.messages.length - visitorCount;
  const lastAt = chat.endedAt ?? chat.messages.at(-1)?.at ?? chat.startedAt;
  return {
    id: chat.id,
    type: 'chat',
    visitor: {
      id: chat.visitor.id,
      name: chat.visitor.display_name || null,
      email: chat.visitor.email || null,
      phone: chat.visitor.phone || null,
      notes: null,
    },
    started_by: 'visitor',
    session: {
      id: `live.${chat.id}`,
      start_date: start,
      end_date: end,
      ip: '198.51.100.7',
      city: 'Lisbon',
      region: 'Lisbon',
      country_code: 'PT',
      country_name: 'Portugal',
      platform: 'Linux',
      browser: 'Chromium',
      user_agent: 'Mozilla/5.0 (X11; Linux x86_64) Chromium (workbench visitor simulator)',
    },
    timestamp: start,
    end_timestamp: end,
    duration: end === null ? null : Math.round((lastAt - chat.startedAt) / 1000),
    count: { visitor: visitorCount, agent: agentCount, total: chat.messages.length },
    response_time: null,
    department_id: null,
    department_name: chat.department,
    agent_ids: chat.agents.map((name) => `agent:${name}`),
    agent_names: [...chat.agents],
    triggered: false,
    triggered_response: null,
    unread: false,
    missed: false,
    tags: ['workbench-live'],
    history,
    rating: null,
    comment: null,
    webpath: [],
    conversions: [],
    zendesk_ticket_id: null,
  };
}

/** Inserts or replaces the REST record of `chat` in the state. */
export function mirrorChat(state: SandboxState, chat: LiveChat): void {
  const record = toRestChat(chat);
  const index = state.chats.findIndex((c) => c.id === chat.id);
  if (index === -1) state.chats.push(record);
  else state.chats[index] = record;
}

import type { ChatRecord } from '@sell-bridge/core';
import type { RateLimiter } from '../createRateLimiter';
import { fakeTransport, jsonResponse, type FakeAnswer } from '../testing';
import type { TransportRequest } from '../transport';
import { createRecentConnection } from './createRecentConnection';
import { recordEvents, statuses } from './testing';

const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);
const noLimit: RateLimiter = { acquire: () => Promise.resolve() };

function chat(id: string, overrides: Partial<ChatRecord> = {}): ChatRecord {
  return {
    id,
    type: 'chat',
    visitor: { id: `v-${id}`, name: 'Ana', email: 'ana@example.com', phone: null },
    timestamp: new Date(NOW - 600_000).toISOString(),
    end_timestamp: null,
    duration: null,
    department_id: null,
    department_name: 'Sales',
    agent_ids: [],
    agent_names: [],
    unread: false,
    missed: false,
    tags: [],
    history: [{ type: 'chat.msg', name: 'Ana', msg: 'Hi there', timestamp: new Date(NOW - 590_000).toISOString(), sender_type: 'Visitor' }],
    zendesk_ticket_id: null,
    ...overrides,
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(answer: (req: TransportRequest, index: number) => FakeAnswer) {
  const transport = fakeTransport(answer);
  const connection = createRecentConnection({ transport, limiter: noLimit, openInChatUrl: (id) => `https://acme.zendesk.com/chat/agent#${id}` });
  return { transport, connection, events: recordEvents(connection) };
}

const exportOf = (chats: ChatRecord[]) => jsonResponse(200, { chats, count: chats.length, end_time: Math.floor(NOW / 1000) - 400, next_page: null });
const incrementalCalls = (requests: readonly TransportRequest[]) => requests.filter((r) => r.url.includes('/incremental/chats'));

it('lists the chats of the last day with a link to Chat, and offers no way to reply', async () => {
  const { connection, transport, events } = setup(() => exportOf([chat('c1'), chat('c2', { end_timestamp: new Date(NOW - 60_000).toISOString(), agent_names: ['Dana'] })]));
  await connection.connect();

  const start = Number(new URL(transport.requests[0]!.url).searchParams.get('start_time'));
  expect(start).toBe(Math.floor(NOW / 1000) - 86_400);
  expect(transport.requests[0]?.headers.Authorization).toBe('Bearer {{setting.chat_access_token}}');
  expect(connection.listChats().map((c) => [c.id, c.state])).toEqual([
    ['c2', 'ended'],
    ['c1', 'waiting'],
  ]);
  expect(connection.listChats()[0]?.openInChatUrl).toBe('https://acme.zendesk.com/chat/agent#c2');
  expect(connection.messages('c1').map((m) => [m.author, m.text])).toEqual([['visitor', 'Hi there']]);
  expect(connection.capabilities.reply).toBe(false);
  expect(connection.send).toBeUndefined();
  expect(statuses(events)).toEqual(['connecting', 'online']);
});

it('polls every 30 seconds, from a start time Chat accepts, refreshing the chats still going on in one request', async () => {
  const { connection, transport } = setup((req) => (req.url.includes('ids=') ? jsonResponse(200, { docs: { c1: chat('c1') } }) : exportOf([chat('c1')])));
  await connection.connect();
  await vi.advanceTimersByTimeAsync(30_000);

  const polls = incrementalCalls(transport.requests);
  expect(polls).toHaveLength(2);
  const second = Number(new URL(polls[1]!.url).searchParams.get('start_time'));
  expect(second).toBeLessThanOrEqual(Math.floor((NOW + 30_000) / 1000) - 360);
  expect(transport.requests.filter((r) => r.url.includes('ids=c1'))).toHaveLength(2);
});

it('pauses while the top bar is hidden and catches up when it shows again', async () => {
  const { connection, transport } = setup(() => exportOf([]));
  await connection.connect();
  connection.setVisible(false);
  await vi.advanceTimersByTimeAsync(120_000);
  expect(incrementalCalls(transport.requests)).toHaveLength(1);

  connection.setVisible(true);
  await vi.advanceTimersByTimeAsync(1);
  expect(incrementalCalls(transport.requests)).toHaveLength(2);
});

it('waits out Retry-After when Chat says it is busy', async () => {
  const { connection, transport } = setup((_req, i) => (i === 1 ? jsonResponse(429, { error: 'Too Many Requests' }, { 'retry-after': '90' }) : exportOf([])));
  await connection.connect();
  // A quiet first poll: the next one comes after 60 s (adaptive polling), and meets the 429.
  await vi.advanceTimersByTimeAsync(60_000);
  expect(transport.requests).toHaveLength(2);
  await vi.advanceTimersByTimeAsync(89_000);
  expect(transport.requests).toHaveLength(2);
  await vi.advanceTimersByTimeAsync(1_001);
  expect(transport.requests).toHaveLength(3);
});

it('stops polling when the token is rejected', async () => {
  const { connection, transport, events } = setup(() => jsonResponse(401, { error: 'Unauthorized', description: 'nope' }));
  await connection.connect();
  await vi.advanceTimersByTimeAsync(300_000);
  expect(statuses(events)).toEqual(['connecting', 'error:unauthorized']);
  expect(transport.requests).toHaveLength(1);
});

it('says it is reconnecting while Chat cannot be reached, and recovers', async () => {
  const { connection, events } = setup((_req, i) => (i === 0 ? new Error('offline') : exportOf([])));
  await connection.connect();
  expect(statuses(events).at(-1)).toBe('reconnecting:network');
  await vi.advanceTimersByTimeAsync(1_000);
  expect(statuses(events).at(-1)).toBe('online');
});

it('stops on disconnect', async () => {
  const { connection, transport } = setup(() => exportOf([]));
  await connection.connect();
  await connection.disconnect();
  await vi.advanceTimersByTimeAsync(300_000);
  expect(transport.requests).toHaveLength(1);
  expect(connection.status).toBe('idle');
});

it('polls less often while nothing happens, and every 30 seconds again once a chat arrives', async () => {
  let chats: ChatRecord[] = [];
  const { connection, transport } = setup(() => exportOf(chats));
  await connection.connect();
  const pollTimes = () => incrementalCalls(transport.requests).length;

  // Quiet: waits of 60 s, 120 s, then 120 s (capped at 4× the interval) instead of a poll every 30 s.
  await vi.advanceTimersByTimeAsync(59_000);
  expect(pollTimes()).toBe(1);
  await vi.advanceTimersByTimeAsync(1_000);
  expect(pollTimes()).toBe(2);
  await vi.advanceTimersByTimeAsync(120_000);
  expect(pollTimes()).toBe(3);
  await vi.advanceTimersByTimeAsync(120_000);
  expect(pollTimes()).toBe(4);

  chats = [chat('c9')];
  await vi.advanceTimersByTimeAsync(120_000);
  expect(pollTimes()).toBe(5);
  await vi.advanceTimersByTimeAsync(30_000);
  expect(pollTimes()).toBe(6);
});

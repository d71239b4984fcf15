import type { ChatRecord } from '@sell-bridge/core';
import type { RateLimiter } from '../createRateLimiter';
import type { TransportRequest } from '../transport';
import { createRecentConnection } from './createRecentConnection';
import type { PollPeers } from './sharedPoll';
import { fakeTransport, jsonResponse, recordEvents, statuses, type FakeAnswer } from '../testing';

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

/** Web Locks and BroadcastChannel as one browser has them, in memory: a FIFO lock per name, a bus per name. */
function fakePeers(): PollPeers {
  const holders = new Map<string, boolean>();
  const queues = new Map<string, { grant: () => void; signal: AbortSignal }[]>();
  const buses = new Map<string, Set<(data: unknown) => void>>();
  const grantNext = (name: string) => {
    const next = queues.get(name)?.shift();
    if (next) next.grant();
    else holders.set(name, false);
  };
  return {
    lock(name, held, signal) {
      return new Promise<void>((resolve, reject) => {
        const grant = () => {
          holders.set(name, true);
          void held().then(() => {
            resolve();
            grantNext(name);
          });
        };
        if (!holders.get(name)) return queueMicrotask(grant);
        const entry = { grant, signal };
        (queues.get(name) ?? queues.set(name, []).get(name)!).push(entry);
        signal.addEventListener('abort', () => {
          const queue = queues.get(name) ?? [];
          if (queue.includes(entry)) queue.splice(queue.indexOf(entry), 1);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    },
    channel(name) {
      const bus = buses.get(name) ?? buses.set(name, new Set()).get(name)!;
      let own: ((data: unknown) => void) | null = null;
      return {
        postMessage: (message) => {
          const data = structuredClone(message);
          for (const listener of bus) if (listener !== own) queueMicrotask(() => listener(data));
        },
        addEventListener: (_type, listener) => {
          own = (data) => listener({ data });
          bus.add(own);
        },
        close: () => {
          if (own) bus.delete(own);
        },
      };
    },
  };
}

describe('one poll per browser', () => {
  function tab(peers: PollPeers, chats: () => ChatRecord[]) {
    const transport = fakeTransport((req) =>
      req.url.includes('ids=') ? jsonResponse(200, { docs: Object.fromEntries(chats().map((c) => [c.id, c])) }) : exportOf(chats()),
    );
    const connection = createRecentConnection({ transport, limiter: noLimit, peers, pollName: 'poll:1002' });
    return { transport, connection, polls: () => incrementalCalls(transport.requests).length };
  }

  it('lets one top bar poll for every top bar of the installation, and hands the poll over when it closes or hides', async () => {
    const peers = fakePeers();
    let chats = [chat('c1')];
    const tabs = [tab(peers, () => chats), tab(peers, () => chats), tab(peers, () => chats)];
    for (const { connection } of tabs) await connection.connect();
    await vi.advanceTimersByTimeAsync(1);
    // The first polls; the others learn its chats without a request.
    expect(tabs.map((t) => t.polls())).toEqual([1, 0, 0]);
    expect(tabs.map((t) => t.connection.listChats().map((c) => c.id))).toEqual([['c1'], ['c1'], ['c1']]);
    expect(tabs.map((t) => t.connection.status)).toEqual(['online', 'online', 'online']);

    chats = [chat('c1'), chat('c2')];
    await vi.advanceTimersByTimeAsync(30_000);
    expect(tabs.map((t) => t.polls())).toEqual([2, 0, 0]);
    expect(tabs[2]!.connection.listChats().map((c) => c.id).sort()).toEqual(['c1', 'c2']);

    // The poller closes: the next top bar takes the poll at once.
    await tabs[0]!.connection.disconnect();
    await vi.advanceTimersByTimeAsync(1);
    expect(tabs.map((t) => t.polls())).toEqual([2, 1, 0]);

    // The new poller is hidden (its Sell panel closed): the last shown top bar polls, the hidden one does not.
    tabs[1]!.connection.setVisible(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(tabs.map((t) => t.polls())).toEqual([2, 1, 1]);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(tabs[1]!.polls()).toBe(1);
    expect(tabs[2]!.polls()).toBeGreaterThan(1);
  });

  it('gives a top bar that opens later what the poller already knows', async () => {
    const peers = fakePeers();
    const first = tab(peers, () => [chat('c1')]);
    await first.connection.connect();
    const late = tab(peers, () => [chat('c1')]);
    await late.connection.connect();
    await vi.advanceTimersByTimeAsync(1);
    expect(late.polls()).toBe(0);
    expect(late.connection.listChats().map((c) => c.id)).toEqual(['c1']);
    expect(late.connection.messages('c1').map((m) => m.text)).toEqual(['Hi there']);
  });
});

it('says it is reconnecting the moment the browser goes offline, polls nothing until it is back, then polls at once', async () => {
  const { connection, transport, events } = setup(() => exportOf([]));
  await connection.connect();
  connection.setNetwork(false);
  expect(statuses(events).at(-1)).toBe('reconnecting:network');
  await vi.advanceTimersByTimeAsync(120_000);
  expect(incrementalCalls(transport.requests)).toHaveLength(1);

  connection.setNetwork(true);
  await vi.advanceTimersByTimeAsync(1);
  expect(incrementalCalls(transport.requests)).toHaveLength(2);
  expect(statuses(events).at(-1)).toBe('online');
});

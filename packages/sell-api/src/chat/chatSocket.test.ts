import { fakeTransport, jsonResponse, type FakeAnswer } from '../testing';
import type { TransportRequest } from '../transport';
import { defaultSocketFactory, openPollingSocket, type ChatSocketHandlers } from './chatSocket';

const URL_ = 'https://chat-api.zopim.com/stream/0.1/poll/s1:c1';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function recorder() {
  const log: string[] = [];
  const frames: unknown[] = [];
  const handlers: ChatSocketHandlers = {
    onOpen: () => log.push('open'),
    onMessage: (frame) => frames.push(frame),
    onClose: (code) => log.push(`close:${code}`),
  };
  return { log, frames, handlers };
}

/** Polls answer from `polls` in order, then hang until aborted; POST/DELETE answer 202/204. */
function server(polls: FakeAnswer[]) {
  let index = 0;
  return fakeTransport((req: TransportRequest) => {
    if (req.method !== 'GET') return { status: req.method === 'POST' ? 202 : 204, headers: {}, text: '' };
    const answer = polls[index];
    index += 1;
    if (answer) return answer;
    return new Promise<FakeAnswer>((_resolve, reject) => req.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  });
}

it('opens, delivers polled frames in order, and asks only for frames it has not seen', async () => {
  const transport = server([jsonResponse(200, { frames: [{ id: '1' }, { id: '2' }], next: 2 }), jsonResponse(200, { frames: [{ id: '3' }], next: 3 })]);
  const { log, frames, handlers } = recorder();
  const socket = openPollingSocket(transport, URL_, handlers);
  await vi.advanceTimersByTimeAsync(1);

  expect(log).toEqual(['open']);
  expect(frames).toEqual([{ id: '1' }, { id: '2' }, { id: '3' }]);
  const afters = transport.requests.filter((r) => r.method === 'GET').map((r) => new URL(r.url).searchParams.get('after'));
  expect(afters).toEqual(['0', '2', '3']);
  socket.close();
});

it('sends frames as POSTs and closes with a DELETE, after which nothing is reported', async () => {
  const transport = server([]);
  const { log, handlers } = recorder();
  const socket = openPollingSocket(transport, URL_, handlers);
  await vi.advanceTimersByTimeAsync(1);
  socket.send('{"sig":"PING","payload":1}');
  socket.close();
  await vi.advanceTimersByTimeAsync(60_000);

  expect(transport.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'DELETE']);
  expect(transport.requests[1]?.body).toBe('{"sig":"PING","payload":1}');
  expect(log).toEqual(['open']);
});

it.each([
  [404, 'close:4404'],
  [401, 'close:4401'],
])('closes when a poll answers %s', async (status, expected) => {
  const { log, handlers } = recorder();
  openPollingSocket(server([jsonResponse(status, {})]), URL_, handlers);
  await vi.advanceTimersByTimeAsync(1);
  expect(log).toEqual(['open', expected]);
});

it('retries failed polls with backoff and closes as a network drop after three', async () => {
  const transport = fakeTransport((req) => (req.method === 'GET' ? new Error('offline') : jsonResponse(202, {})));
  const { log, handlers } = recorder();
  openPollingSocket(transport, URL_, handlers, { retryMs: 1_000 });
  await vi.advanceTimersByTimeAsync(1);
  expect(log).toEqual(['open']);
  await vi.advanceTimersByTimeAsync(3_000);
  expect(log).toEqual(['open', 'close:1006']);
  expect(transport.requests).toHaveLength(3);
});

it('picks WebSocket for wss URLs and long-polling for https ones, refusing anything else', () => {
  const factory = defaultSocketFactory(server([]));
  const { handlers } = recorder();
  expect(() => factory('ftp://example.com/x', handlers)).toThrow('unknown stream URL scheme');
  const polling = factory(URL_, handlers);
  polling.close();
});

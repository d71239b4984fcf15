import { UnsupportedSocketError } from './chatSocket';
import { createLiveConnection } from './createLiveConnection';
import {
  AGENT,
  activityEvent,
  defaultResponder,
  fakeSockets,
  fakeTransport,
  jsonResponse,
  messageEvent,
  recordEvents,
  statuses,
  type FakeAnswer,
  type Responder,
} from '../testing';
import { isChatActionError } from './types';

const SESSION = { websocket_url: 'wss://chat-api.zopim.com/stream/0.1/graphql/s1:c1', session_id: 's1', client_id: 'c1' };
const started = (): FakeAnswer => jsonResponse(200, { data: { startAgentSession: SESSION } });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(answers: (index: number) => FakeAnswer = started, responder?: Responder) {
  const transport = fakeTransport((_req, index) => answers(index));
  const sockets = fakeSockets(responder);
  const connection = createLiveConnection({ transport, openSocket: sockets.factory, random: () => 0.5, reconnectBaseMs: 1_000 });
  const events = recordEvents(connection);
  return { transport, sockets, connection, events };
}

async function online(answers?: (index: number) => FakeAnswer, responder?: Responder) {
  const run = setup(answers, responder);
  await run.connection.connect();
  await vi.advanceTimersByTimeAsync(1);
  return run;
}

it('starts a session through the proxy with the token placeholder in the body, never a token, and goes online', async () => {
  const { transport, connection, events, sockets } = await online();
  const [start] = transport.requests;
  expect(start?.url).toBe('https://chat-api.zopim.com/graphql/request');
  expect(JSON.parse(start?.body ?? '{}')).toMatchObject({ variables: { access_token: '{{setting.chat_access_token}}' } });
  expect(start?.bodySecret).toBe('chat_access_token');
  expect(sockets.last().url).toBe(SESSION.websocket_url);
  expect(statuses(events)).toEqual(['connecting', 'online']);
  expect(connection.agentName).toBe(AGENT);
  expect(connection.capabilities).toMatchObject({ realtime: true, reply: true, end: true });
});

it('shows a new chat as incoming with its visitor and first line', async () => {
  const { connection, sockets, events } = await online();
  sockets.last().deliver(activityEvent('ch1', 'MemberJoinLog', { visitor: 'Ana' }));
  sockets.last().deliver(messageEvent('ch1', 'm1', 'Hello!', { visitor: 'Ana', email: 'ana@example.com' }));

  expect(connection.listChats()).toEqual([expect.objectContaining({ id: 'ch1', state: 'waiting', visitor: { name: 'Ana', email: 'ana@example.com' }, preview: 'Hello!' })]);
  expect(connection.messages('ch1')).toEqual([expect.objectContaining({ author: 'visitor', text: 'Hello!' })]);
  expect(events.filter((e) => e.type === 'message')).toHaveLength(1);
});

it('sends a reply with the caller’s id, serves the chat, and ignores the echo of its own line', async () => {
  const { connection, sockets } = await online();
  sockets.last().deliver(messageEvent('ch1', 'm1', 'Hello!', { visitor: 'Ana' }));
  await connection.send!('ch1', 'How can I help?', 'client-1');

  const request = sockets.last().sent.find((f) => JSON.stringify(f).includes('sendMessage'));
  expect(request).toMatchObject({ payload: { variables: { channel_id: 'ch1', msg: 'How can I help?', msg_id: 'client-1' } } });
  sockets.last().deliver(messageEvent('ch1', 'server-9', 'How can I help?', { agent: AGENT }));
  expect(connection.messages('ch1').map((m) => m.text)).toEqual(['Hello!', 'How can I help?']);
  expect(connection.listChats()[0]).toMatchObject({ state: 'active', servedByMe: true });
});

it('refuses to reply in a chat another agent serves', async () => {
  const responder: Responder = (query, variables) => (query.includes('sendMessage') ? { sendMessage: { success: false } } : defaultResponder(query, variables));
  const { connection } = await online(undefined, responder);
  const error = await connection.send!('ch1', 'Hi', 'c1').catch((e: unknown) => e);
  expect(isChatActionError(error) && error.kind).toBe('served-by-other');
});

it('ends a chat by leaving its channel', async () => {
  const { connection, sockets } = await online();
  sockets.last().deliver(messageEvent('ch1', 'm1', 'Hello!', { visitor: 'Ana' }));
  await connection.end!('ch1');
  expect(sockets.last().sent.some((f) => JSON.stringify(f).includes('leaveChannel'))).toBe(true);
  expect(connection.listChats()[0]?.state).toBe('ended');
});

it('marks a chat ended when the visitor leaves, and served when another agent joins', async () => {
  const { connection, sockets } = await online();
  sockets.last().deliver(messageEvent('ch1', 'm1', 'Hi', { visitor: 'Ana' }));
  sockets.last().deliver(messageEvent('ch2', 'm2', 'Hi', { visitor: 'Bo' }));
  sockets.last().deliver(activityEvent('ch1', 'MemberJoinLog', { agent: 'Dana' }));
  sockets.last().deliver(activityEvent('ch2', 'MemberLeaveLog', { visitor: 'Bo' }));
  const byId = Object.fromEntries(connection.listChats().map((c) => [c.id, c]));
  expect(byId.ch1).toMatchObject({ state: 'active', servedByMe: false, agentNames: ['Dana'] });
  expect(byId.ch2?.state).toBe('ended');
});

it.each<[string, () => FakeAnswer, string]>([
  ['a rejected token', () => jsonResponse(401, { error: 'Unauthorized' }), 'unauthorized'],
  ['a plan without the API', () => jsonResponse(403, { error: 'Forbidden' }), 'plan'],
  ['another session holding the agent', () => jsonResponse(200, { errors: [{ message: 'concurrent session limit reached' }] }), 'concurrent-session'],
  ['an answer without a session', () => jsonResponse(200, { data: {} }), 'unsupported'],
  ...['wss://evil.example/stream', 'wss://chat-api.zopim.com.evil.example/s', 'ws://chat-api.zopim.com/s', 'javascript:alert(1)'].map(
    (websocket_url) => [`a session on ${websocket_url}`, () => jsonResponse(200, { data: { startAgentSession: { ...SESSION, websocket_url } } }), 'unsupported'] as [string, () => FakeAnswer, string],
  ),
])('stops with an error for %s, without retrying', async (_name, answer, reason) => {
  const { events, transport } = await online(answer);
  await vi.advanceTimersByTimeAsync(120_000);
  expect(statuses(events)).toEqual(['connecting', `error:${reason}`]);
  expect(transport.requests).toHaveLength(1);
});

it('retries a failed start with backoff, honouring Retry-After', async () => {
  const answers = [jsonResponse(503, {}), jsonResponse(429, {}, { 'retry-after': '30' }), started()];
  const { events, transport } = await online((i) => answers[i] ?? started());
  expect(statuses(events)).toEqual(['connecting', 'reconnecting:network']);
  await vi.advanceTimersByTimeAsync(1_000);
  expect(transport.requests).toHaveLength(2);
  await vi.advanceTimersByTimeAsync(29_000);
  expect(transport.requests).toHaveLength(2);
  await vi.advanceTimersByTimeAsync(1_001);
  expect(transport.requests).toHaveLength(3);
  expect(statuses(events).at(-1)).toBe('online');
});

it('stays on error after EOS for a concurrent session, and starts a new session after any other EOS', async () => {
  const first = await online();
  first.sockets.last().deliver({ sig: 'EOS', reason: 'concurrent session limit reached' });
  await vi.advanceTimersByTimeAsync(60_000);
  expect(statuses(first.events).at(-1)).toBe('error:concurrent-session');
  expect(first.transport.requests).toHaveLength(1);

  const second = await online();
  second.sockets.last().deliver({ sig: 'EOS', reason: 'session expired' });
  expect(statuses(second.events).at(-1)).toBe('reconnecting:network');
  await vi.advanceTimersByTimeAsync(2_000);
  expect(second.transport.requests).toHaveLength(2);
  expect(statuses(second.events).at(-1)).toBe('online');
});

it('reopens the same stream after a drop, and starts a new session when the stream says the session is gone', async () => {
  const { sockets, transport, events } = await online();
  sockets.last().handlers.onClose(1006, '');
  await vi.advanceTimersByTimeAsync(2_000);
  expect(sockets.opened).toHaveLength(2);
  expect(transport.requests).toHaveLength(1);
  expect(statuses(events).slice(-2)).toEqual(['reconnecting:network', 'online']);

  sockets.last().handlers.onClose(4404, 'session gone');
  await vi.advanceTimersByTimeAsync(2_000);
  expect(transport.requests).toHaveLength(2);
  expect(statuses(events).at(-1)).toBe('online');
});

it('keeps the session alive with pings', async () => {
  const { sockets } = await online();
  await vi.advanceTimersByTimeAsync(40_000);
  expect(sockets.last().sent.filter((f) => f.sig === 'PING')).toHaveLength(2);
});

it('stops everything on disconnect: the socket closes and no retry fires', async () => {
  const { connection, sockets, transport, events } = await online();
  await connection.disconnect();
  sockets.last().handlers.onClose(1006, '');
  await vi.advanceTimersByTimeAsync(120_000);
  expect(sockets.last().closed).toBe(true);
  expect(transport.requests).toHaveLength(1);
  expect(statuses(events).at(-1)).toBe('idle');
});

it('reports a browser that cannot open the stream as unsupported', async () => {
  const connection = createLiveConnection({
    transport: fakeTransport(() => started()),
    openSocket: () => {
      throw new UnsupportedSocketError('WebSocket is not available');
    },
  });
  const events = recordEvents(connection);
  await connection.connect();
  expect(statuses(events)).toEqual(['connecting', 'error:unsupported']);
});

it('says it is reconnecting the moment the browser goes offline, and reconnects as soon as it is back', async () => {
  const { connection, events, sockets } = await online();
  const opened = sockets.opened.length;
  connection.setNetwork(false);
  // At once, not when the next reply fails.
  expect(statuses(events).at(-1)).toBe('reconnecting:network');

  connection.setNetwork(true);
  await vi.advanceTimersByTimeAsync(1);
  expect(statuses(events).at(-1)).toBe('online');
  expect(sockets.opened.length).toBeGreaterThan(opened);
});

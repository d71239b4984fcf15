import { createListeners } from './chatBook';
import { createChatConnection } from './createChatConnection';
import { recordEvents } from '../testing';
import type { ChatConnection, ChatEvent, ConnectionStatus, StatusReason } from './types';

/** A connection the test drives: `emit` a status, see how often it was asked to connect. */
function stub(mode: 'live' | 'recent') {
  const listeners = createListeners<ChatEvent>();
  let status: ConnectionStatus = 'idle';
  let reason: StatusReason | undefined;
  const calls = { connect: 0, disconnect: 0, reconnect: 0 };
  const connection: ChatConnection = {
    mode,
    capabilities: { realtime: mode === 'live', presence: false, reply: mode === 'live', typing: false, end: mode === 'live', transfer: false },
    get status() {
      return status;
    },
    get reason() {
      return reason;
    },
    agentName: undefined,
    connect: () => {
      calls.connect += 1;
      return Promise.resolve();
    },
    disconnect: () => {
      calls.disconnect += 1;
      return Promise.resolve();
    },
    reconnect: () => {
      calls.reconnect += 1;
      return Promise.resolve();
    },
    setVisible: () => undefined,
    setNetwork: () => undefined,
    subscribe: (listener) => listeners.add(listener),
    listChats: () => [],
    messages: () => [],
    ...(mode === 'live' ? { send: () => Promise.resolve() } : {}),
  };
  const emit = (next: ConnectionStatus, why?: StatusReason) => {
    status = next;
    reason = why;
    listeners.emit({ type: 'status', status: next, ...(why ? { reason: why } : {}) });
  };
  return { connection, emit, calls };
}

function setup() {
  const live = stub('live');
  const recent = stub('recent');
  const connection = createChatConnection({ transport: { send: () => Promise.reject(new Error('unused')) }, createLive: () => live.connection, createRecent: () => recent.connection });
  return { live, recent, connection, events: recordEvents(connection) };
}

it.each<StatusReason>(['plan', 'concurrent-session', 'unsupported'])('falls back to recent chats when live is refused for %s', async (reason) => {
  const { live, recent, connection, events } = setup();
  await connection.connect();
  live.emit('error', reason);

  expect(events).toContainEqual({ type: 'mode', mode: 'recent', reason });
  expect(recent.calls.connect).toBe(1);
  expect(connection.mode).toBe('recent');
  expect(connection.send).toBeUndefined();
});

it('stays on live and reports a rejected token, since recent chats would be refused too', async () => {
  const { live, recent, connection, events } = setup();
  await connection.connect();
  live.emit('error', 'unauthorized');
  expect(events).toEqual([{ type: 'status', status: 'error', reason: 'unauthorized' }]);
  expect(recent.calls.connect).toBe(0);
  expect(connection.mode).toBe('live');
});

it('only passes on the events of the connection in use', async () => {
  const { live, recent, connection, events } = setup();
  await connection.connect();
  live.emit('error', 'plan');
  live.emit('online');
  recent.emit('online');
  expect(events.filter((e) => e.type === 'status')).toEqual([{ type: 'status', status: 'online' }]);
});

it('tries live again on reconnect, leaving the recent view', async () => {
  const { live, recent, connection, events } = setup();
  await connection.connect();
  live.emit('error', 'concurrent-session');
  await connection.reconnect();
  expect(recent.calls.disconnect).toBe(1);
  expect(live.calls.reconnect).toBe(1);
  expect(events.at(-1)).toEqual({ type: 'mode', mode: 'live' });
  expect(connection.mode).toBe('live');
});

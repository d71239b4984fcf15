// Integration: the real connections against the sandbox's simulated Conversations API and Chat REST (msw).
import { API_AGENT_NAME, createSandbox } from '@sell-bridge/sandbox';
import { sandboxHandlers } from '@sell-bridge/sandbox/msw';
import { setupServer } from 'msw/node';
import type { RateLimiter } from '../createRateLimiter';
import { createFetchTransport } from '../createFetchTransport';
import { createChatConnection } from './createChatConnection';
import { createLiveConnection } from './createLiveConnection';
import type { ChatConnection } from './types';

const sandbox = createSandbox({ seed: 5 });
const server = setupServer(...sandboxHandlers(sandbox));
const noLimit: RateLimiter = { acquire: () => Promise.resolve() };
const connections: ChatConnection[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.disconnect()));
  sandbox.reset();
});
afterAll(() => server.close());

function transport(token = sandbox.tokens.chat) {
  return createFetchTransport({ secrets: { chat_access_token: token } });
}

function live(token?: string): ChatConnection {
  const connection = createLiveConnection({ transport: transport(token), poll: { waitMs: 100 }, requestTimeoutMs: 2_000 });
  connections.push(connection);
  return connection;
}

it('serves a chat the visitor starts: it arrives live, the reply reaches the visitor, and the rep ends it', async () => {
  const connection = live();
  await connection.connect();
  await vi.waitFor(() => expect(connection.status).toBe('online'));
  expect(connection.agentName).toBe(API_AGENT_NAME);

  const chat = sandbox.conversations.start({ visitor: { display_name: 'Ana', email: 'ana@example.com' }, text: 'Is anyone there?' });
  await vi.waitFor(() => expect(connection.listChats()).toEqual([expect.objectContaining({ id: chat.id, state: 'waiting' })]));
  expect(connection.messages(chat.id).map((m) => m.text)).toEqual(['Is anyone there?']);

  await connection.send!(chat.id, 'Yes, how can I help?', 'reply-1');
  expect(sandbox.conversations.get(chat.id)?.messages.at(-1)).toMatchObject({ author: 'agent', name: API_AGENT_NAME, text: 'Yes, how can I help?' });
  sandbox.conversations.say(chat.id, { author: 'visitor' }, 'Great');
  await vi.waitFor(() => expect(connection.messages(chat.id).map((m) => m.text)).toEqual(['Is anyone there?', 'Yes, how can I help?', 'Great']));

  await connection.end!(chat.id);
  expect(sandbox.conversations.get(chat.id)?.status).toBe('ended');
});

it('lists the chats already open when it connects', async () => {
  const chat = sandbox.conversations.start({ visitor: { display_name: 'Bo' }, text: 'Hello' });
  const connection = live();
  await connection.connect();
  await vi.waitFor(() => expect(connection.listChats().map((c) => c.id)).toEqual([chat.id]));
});

it('reports a rejected Chat token', async () => {
  const connection = live('revoked');
  await connection.connect();
  expect(connection.status).toBe('error');
  expect(connection.reason).toBe('unauthorized');
});

it('falls back to recent chats from Chat REST when the plan has no live access', async () => {
  sandbox.conversations.liveAccess = false;
  const chat = sandbox.conversations.start({ visitor: { display_name: 'Cy', email: 'cy@example.com' }, text: 'Quote please' });
  const connection = createChatConnection({ transport: transport(), recent: { limiter: noLimit } });
  connections.push(connection);
  await connection.connect();
  await vi.waitFor(() => expect(connection.mode).toBe('recent'));
  await vi.waitFor(() => expect(connection.listChats().map((c) => c.id)).toContain(chat.id));
  expect(connection.messages(chat.id).map((m) => m.text)).toEqual(['Quote please']);
});

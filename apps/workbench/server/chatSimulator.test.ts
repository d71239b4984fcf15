// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox, type Sandbox } from '@sell-bridge/sandbox';
import { createChatSimulator, type ChatSnapshot } from './chatSimulator';

let sandbox: Sandbox;
let server: Server;
let base: string;
const persist = vi.fn();

beforeEach(async () => {
  sandbox = createSandbox();
  persist.mockClear();
  const handle = createChatSimulator(sandbox, persist);
  server = createServer((req, res) => {
    void handle(req, res, new URL(req.url ?? '/', 'http://localhost')).then((handled) => {
      if (!handled) res.writeHead(418).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const call = async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> => {
  const response = await fetch(`${base}/__wb/chat/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as T };
};

it('starts a chat the sandbox’s Conversations API and Chat REST both see, and persists it', async () => {
  const { status, json: chat } = await call<{ id: string }>('POST', 'chats', { visitor: { display_name: 'Ana', email: 'ana@example.com' }, text: 'Hi!' });
  expect(status).toBe(201);
  expect(sandbox.conversations.get(chat.id)?.messages.map((m) => m.text)).toEqual(['Hi!']);
  expect(sandbox.state.chats.some((c) => c.id === chat.id)).toBe(true);
  expect(persist).toHaveBeenCalled();
});

it('takes visitor and agent lines, edits the visitor, and ends the chat, refusing lines afterwards', async () => {
  const { json: chat } = await call<{ id: string }>('POST', 'chats', { visitor: { display_name: 'Ana' }, text: 'Hi!' });
  await call('POST', `chats/${chat.id}/messages`, { from: 'visitor', text: 'Anyone?' });
  await call('POST', `chats/${chat.id}/messages`, { from: 'agent', name: 'Amelia', text: 'Hello Ana' });
  await call('PATCH', `chats/${chat.id}/visitor`, { email: 'ana@example.com' });
  await call('POST', `chats/${chat.id}/end`);

  const live = sandbox.conversations.get(chat.id);
  expect(live?.messages.map((m) => [m.author, m.text])).toEqual([['visitor', 'Hi!'], ['visitor', 'Anyone?'], ['agent', 'Hello Ana']]);
  expect(live).toMatchObject({ status: 'ended', visitor: { email: 'ana@example.com' } });
  expect((await call('POST', `chats/${chat.id}/messages`, { from: 'visitor', text: 'Wait' })).status).toBe(409);
});

it('opens one chat per opening visitor, keeps it while it goes on, and keeps it in the history once ended', async () => {
  const visitors = [{ id: 'v-ana', display_name: 'Ana', email: '', phone: '', greeting: 'Hi' }];
  await call('POST', 'seed', { visitors });
  await call('POST', 'chats/v-ana/messages', { from: 'visitor', text: 'Still there?' });
  expect((await call<ChatSnapshot>('POST', 'seed', { visitors })).json.chats.map((c) => c.messages.length)).toEqual([2]);

  await call('POST', 'chats/v-ana/end');
  const { json } = await call<ChatSnapshot>('POST', 'seed', { visitors });
  // The ended chat keeps its lines; the visitor is back in a new chat of their own.
  expect(json.chats.map((c) => [c.id === 'v-ana' ? 'first' : c.id.replace(/^v-ana-.+$/, 'new'), c.status, c.messages.map((m) => m.text)])).toEqual([
    ['first', 'ended', ['Hi', 'Still there?']],
    ['new', 'active', ['Hi']],
  ]);
  // A further reload does not pile up chats while the new one goes on.
  expect((await call<ChatSnapshot>('POST', 'seed', { visitors })).json.chats).toHaveLength(2);
});

it('switches live access off and on', async () => {
  expect((await call<ChatSnapshot>('PUT', 'live-access', { enabled: false })).json.liveAccess).toBe(false);
  expect(sandbox.conversations.liveAccess).toBe(false);
  expect((await call<ChatSnapshot>('PUT', 'live-access', { enabled: true })).json.liveAccess).toBe(true);
});

it('streams the chats to the Chat surface: a snapshot at once, then one per change', async () => {
  const controller = new AbortController();
  const response = await fetch(`${base}/__wb/chat/events`, { signal: controller.signal });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const until = async (needle: string) => {
    while (!text.includes(needle)) text += decoder.decode((await reader.read()).value);
  };
  await until('"chats":[]');
  sandbox.conversations.start({ visitor: { display_name: 'Streamed visitor' }, text: 'Hi' });
  await until('Streamed visitor');
  controller.abort();
});

it('answers 404 for an unknown chat and leaves other paths alone', async () => {
  expect((await call('POST', 'chats/nope/end')).status).toBe(404);
  expect((await fetch(`${base}/__wb/other`)).status).toBe(418);
});

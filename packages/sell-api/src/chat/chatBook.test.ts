import { createChatBook } from './chatBook';
import type { ChatEvent, ChatMessage, ChatSummary } from './types';

const chat = (id: string, patch: Partial<ChatSummary> = {}): ChatSummary => ({
  id,
  visitor: { name: 'Ana' },
  state: 'waiting',
  startedAt: '2026-01-01T10:00:00.000Z',
  lastActivityAt: '2026-01-01T10:00:00.000Z',
  servedByMe: false,
  agentNames: [],
  ...patch,
});

const line = (id: string, patch: Partial<ChatMessage> = {}): ChatMessage => ({
  id,
  chatId: 'c1',
  author: 'agent',
  authorName: 'Me',
  text: 'Hello',
  at: '2026-01-01T10:00:00.000Z',
  ...patch,
});

function setup() {
  const events: ChatEvent[] = [];
  return { events, book: createChatBook((e) => events.push(e)) };
}

it('announces a chat once, and again only when something changed', () => {
  const { book, events } = setup();
  book.upsert(chat('c1'), () => chat('c1'));
  book.upsert({ id: 'c1', state: 'waiting' });
  book.upsert({ id: 'c1', state: 'active' });
  expect(events.map((e) => e.type === 'chat' && e.chat.state)).toEqual(['waiting', 'active']);
});

it('never brings an ended chat back from a late event', () => {
  const { book } = setup();
  book.upsert(chat('c1', { state: 'ended' }), () => chat('c1', { state: 'ended' }));
  book.upsert({ id: 'c1', state: 'active' });
  expect(book.get('c1')?.state).toBe('ended');
});

it('ignores updates for chats it never saw unless told how to start one', () => {
  const { book } = setup();
  expect(book.upsert({ id: 'ghost', state: 'active' })).toBeUndefined();
  expect(book.list()).toEqual([]);
});

it.each([
  ['the same id', line('client-1', { clientId: undefined })],
  ['its client id as the server id', line('client-1')],
  ['another id but the same text', line('server-42')],
])('treats a server line with %s as the echo of a sent line', (_name, echo) => {
  const { book } = setup();
  book.addMessage(line('client-1', { clientId: 'client-1' }));
  book.addMessage({ ...echo, clientId: undefined });
  expect(book.messages('c1')).toHaveLength(1);
});

it('keeps two sent lines with the same text, and a third identical server line after both echoes', () => {
  const { book } = setup();
  book.addMessage(line('a', { clientId: 'a' }));
  book.addMessage(line('b', { clientId: 'b' }));
  book.addMessage(line('s1'));
  book.addMessage(line('s2'));
  book.addMessage(line('s3'));
  expect(book.messages('c1').map((m) => m.id)).toEqual(['a', 'b', 's3']);
});

it('lists chats by latest activity first', () => {
  const { book } = setup();
  book.upsert(chat('old'), () => chat('old'));
  book.upsert(chat('new', { lastActivityAt: '2026-01-02T00:00:00.000Z' }), () => chat('new', { lastActivityAt: '2026-01-02T00:00:00.000Z' }));
  expect(book.list().map((c) => c.id)).toEqual(['new', 'old']);
});

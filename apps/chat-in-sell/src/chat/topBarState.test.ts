import type { ChatMessage } from '@sell-bridge/sell-api';
import { initialTopBarState, topBarReducer, type TopBarState } from './topBarState';

const START = Date.parse('2026-03-02T12:00:00Z');
const line = (chatId: string, author: ChatMessage['author'], at: string): ChatMessage => ({ id: `${chatId}-${at}`, chatId, author, authorName: 'x', text: 'hi', at });
const receive = (state: TopBarState, message: ChatMessage) => topBarReducer(state, { type: 'event', event: { type: 'message', message } });

it('counts visitor lines of closed chats as unread, and opening a chat reads it', () => {
  let state = initialTopBarState(START);
  state = receive(state, line('a', 'visitor', '2026-03-02T12:01:00Z'));
  state = receive(state, line('a', 'visitor', '2026-03-02T12:02:00Z'));
  state = receive(state, line('a', 'agent', '2026-03-02T12:03:00Z'));
  expect(state.unread.a).toBe(2);
  state = topBarReducer(state, { type: 'open', chatId: 'a' });
  state = receive(state, line('a', 'visitor', '2026-03-02T12:04:00Z'));
  expect(state.unread.a).toBe(0);
});

it('does not count a day of history as unread once it fell back to recent chats', () => {
  let state = topBarReducer(initialTopBarState(START), { type: 'event', event: { type: 'mode', mode: 'recent', reason: 'plan' } });
  state = receive(state, line('old', 'visitor', '2026-03-02T08:00:00Z'));
  state = receive(state, line('new', 'visitor', '2026-03-02T12:00:30Z'));
  expect(state.unread).toEqual({ new: 1 });
  expect(state.fallback).toBe('plan');
});

it('forgets why it fell back once live again', () => {
  let state = topBarReducer(initialTopBarState(START), { type: 'event', event: { type: 'mode', mode: 'recent', reason: 'concurrent-session' } });
  state = topBarReducer(state, { type: 'event', event: { type: 'mode', mode: 'live' } });
  expect(state).toMatchObject({ mode: 'live', fallback: undefined });
});

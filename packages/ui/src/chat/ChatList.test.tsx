import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChatList } from './ChatList';
import { chatItem, english, Providers } from '../testing';
import type { ChatListItem } from './types';

const NOW = Date.parse('2026-03-02T12:00:00Z');

function show(chats: ChatListItem[], mode: 'live' | 'recent' = 'live') {
  const onOpen = vi.fn();
  render(<ChatList chats={chats} onOpen={onOpen} timeZone="UTC" now={NOW} mode={mode} />, { wrapper: Providers });
  return onOpen;
}

it('groups chats into incoming, active and ended sections', () => {
  show([chatItem({ id: 'a', visitorName: 'Ana' }), chatItem({ id: 'b', visitorName: 'Bo', state: 'active', servedByMe: true }), chatItem({ id: 'c', visitorName: 'Cy', state: 'ended' })]);
  const section = (key: 'topbar.incoming' | 'topbar.active' | 'topbar.ended_chats') => screen.getByRole('region', { name: new RegExp(english(key)) });
  expect(within(section('topbar.incoming')).getByRole('button', { name: /Ana/ })).toBeInTheDocument();
  expect(within(section('topbar.active')).getByRole('button', { name: /Bo/ })).toHaveAccessibleName(new RegExp(english('topbar.served_by_you')));
  expect(within(section('topbar.ended_chats')).getByRole('button', { name: /Cy/ })).toBeInTheDocument();
});

it('shows the unread count of a chat and names it for screen readers', () => {
  show([chatItem({ unread: 3 })]);
  expect(screen.getByTestId('unread-count')).toHaveTextContent('3');
  expect(screen.getByRole('button')).toHaveAccessibleName(new RegExp(english('topbar.unread.other', { count: 3 })));
});

it('opens the chat that was clicked', async () => {
  const user = userEvent.setup();
  const onOpen = show([chatItem({ id: 'first', visitorName: 'Ana' }), chatItem({ id: 'second', visitorName: 'Bo' })]);
  await user.click(screen.getByRole('button', { name: /Bo/ }));
  expect(onOpen).toHaveBeenCalledWith('second');
});

it('names who serves a chat another agent took', () => {
  show([chatItem({ state: 'active', agentNames: ['Dana'] })]);
  expect(screen.getByRole('button')).toHaveAccessibleName(new RegExp(english('topbar.served_by', { names: 'Dana' })));
});

it.each([
  ['live', 'topbar.empty.body'],
  ['recent', 'topbar.empty.recent_body'],
] as const)('says there are no chats in %s mode', (mode, key) => {
  show([], mode);
  expect(screen.getByText(english(key))).toBeInTheDocument();
});

it('renders a hostile visitor name as text', () => {
  show([chatItem({ visitorName: '<img src=x onerror=alert(1)>', preview: '<b>hi</b>' })]);
  expect(document.querySelector('img')).toBeNull();
  expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
});

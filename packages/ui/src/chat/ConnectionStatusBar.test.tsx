import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MessageKey } from '../i18n/messages/en';
import { ConnectionStatusBar } from './ConnectionStatusBar';
import { english, Providers } from '../testing';
import type { ChatConnectionView } from './types';

function show(view: ChatConnectionView) {
  const onConnect = vi.fn();
  const onReconnect = vi.fn();
  render(<ConnectionStatusBar view={view} onConnect={onConnect} onReconnect={onReconnect} />, { wrapper: Providers });
  return { onConnect, onReconnect };
}

it.each<[string, ChatConnectionView, MessageKey, MessageKey | null, 'onConnect' | 'onReconnect' | null]>([
  ['not connected', { status: 'idle', mode: 'live' }, 'topbar.idle.title', 'topbar.connect', 'onConnect'],
  ['reconnecting', { status: 'reconnecting', reason: 'network', mode: 'live' }, 'topbar.reconnecting.title', 'topbar.try_now', 'onConnect'],
  ['on recent chats because of the plan', { status: 'online', mode: 'recent', fallback: 'plan' }, 'topbar.recent.plan', null, null],
  ['on recent chats because another window holds the agent', { status: 'online', mode: 'recent', fallback: 'concurrent-session' }, 'topbar.recent.concurrent', 'topbar.connect_here', 'onReconnect'],
  ['on recent chats because the browser has no WebSocket', { status: 'online', mode: 'recent', fallback: 'unsupported' }, 'topbar.recent.unsupported', null, null],
  ['unable to keep a connection', { status: 'error', reason: 'network', mode: 'live' }, 'topbar.error.title', 'topbar.reconnect', 'onReconnect'],
])('explains the top bar %s and offers the matching action', async (_name, view, textKey, buttonKey, action) => {
  const user = userEvent.setup();
  const calls = show(view);
  expect(screen.getByText(english(textKey, { service: 'Chat' }))).toBeInTheDocument();
  if (buttonKey === null || action === null) {
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    return;
  }
  await user.click(screen.getByRole('button', { name: english(buttonKey) }));
  expect(calls[action]).toHaveBeenCalledTimes(1);
});

it('names Chat as the service that rejected the token and offers to reconnect once fixed', () => {
  show({ status: 'error', reason: 'unauthorized', mode: 'live' });
  expect(screen.getByRole('alert')).toHaveTextContent(english('state.unauthorized.title', { service: 'Chat' }));
  expect(screen.getByText(english('topbar.unauthorized.body'))).toBeInTheDocument();
  expect(screen.getByRole('button', { name: english('topbar.reconnect') })).toBeInTheDocument();
});

it('says as which Chat agent replies go out once online', () => {
  show({ status: 'online', mode: 'live', agentName: 'Sales chat (API)' });
  expect(screen.getByRole('status')).toHaveTextContent(english('topbar.online_as', { name: 'Sales chat (API)' }));
});

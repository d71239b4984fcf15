import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChatConversation, type ChatConversationProps } from './ChatConversation';
import { chatItem, english, Providers } from '../testing';

const lines: ChatConversationProps['lines'] = [
  { id: 'l1', author: 'visitor', authorName: 'Ana Silva', text: 'Do you ship to Lisbon?', at: '2026-03-02T10:15:00.000Z', mine: false },
  { id: 'l2', author: 'agent', authorName: 'Sales chat', text: 'We do!', at: '2026-03-02T10:16:00.000Z', mine: true },
];

function show(patch: Partial<ChatConversationProps> = {}) {
  const props: ChatConversationProps = {
    chat: chatItem({ state: 'active', servedByMe: true, agentNames: ['Sales chat'], visitorEmail: 'ana@example.com' }),
    lines,
    canReply: true,
    canEnd: true,
    onSend: vi.fn(() => Promise.resolve(null)),
    onEnd: vi.fn(() => Promise.resolve(null)),
    onBack: vi.fn(),
    timeZone: 'UTC',
    now: Date.parse('2026-03-02T12:00:00Z'),
    ...patch,
  };
  render(<ChatConversation {...props} />, { wrapper: Providers });
  return props;
}

it('shows the transcript as a log, oldest line first', () => {
  show();
  const log = screen.getByRole('log', { name: english('topbar.transcript') });
  expect(log.textContent?.indexOf('Do you ship')).toBeLessThan(log.textContent?.indexOf('We do!') ?? 0);
});

it('sends the reply on Enter and empties the box once sent', async () => {
  const user = userEvent.setup();
  const props = show();
  const box = screen.getByRole('textbox', { name: english('topbar.reply.label') });
  await user.type(box, 'On its way{Enter}');
  expect(props.onSend).toHaveBeenCalledWith('On its way');
  expect(box).toHaveValue('');
});

it('keeps the draft and says why when the reply was not sent', async () => {
  const user = userEvent.setup();
  show({ onSend: () => Promise.resolve('topbar.error.served_by_other') });
  const box = screen.getByRole('textbox', { name: english('topbar.reply.label') });
  await user.type(box, 'Hello');
  await user.click(screen.getByRole('button', { name: english('topbar.reply.send') }));
  expect(await screen.findByRole('alert')).toHaveTextContent(english('topbar.error.served_by_other'));
  expect(box).toHaveValue('Hello');
});

it('adds a line with Shift+Enter instead of sending', async () => {
  const user = userEvent.setup();
  const props = show();
  await user.type(screen.getByRole('textbox'), 'one{Shift>}{Enter}{/Shift}two');
  expect(props.onSend).not.toHaveBeenCalled();
  expect(screen.getByRole('textbox')).toHaveValue('one\ntwo');
});

it('ends the chat', async () => {
  const user = userEvent.setup();
  const props = show();
  await user.click(screen.getByRole('button', { name: english('topbar.end') }));
  expect(props.onEnd).toHaveBeenCalledTimes(1);
});

it('links to Chat instead of offering a reply box when this connection cannot reply', () => {
  show({ canReply: false, canEnd: false, openInChatUrl: 'https://acme.zendesk.com/chat/agent' });
  expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: new RegExp(english('topbar.open_in_chat')) })).toHaveAttribute('href', 'https://acme.zendesk.com/chat/agent');
});

it('never links to a non-http Chat URL', () => {
  show({ canReply: false, canEnd: false, openInChatUrl: 'javascript:alert(1)' });
  expect(screen.queryByRole('link')).not.toBeInTheDocument();
});

it('says who serves a chat another agent took, and that an ended chat is over', () => {
  show({ chat: chatItem({ state: 'active', agentNames: ['Dana'] }), canReply: false, canEnd: false });
  expect(screen.getByText(english('topbar.served_elsewhere', { names: 'Dana' }))).toBeInTheDocument();
});

it('says an ended chat is over, with neither reply box nor end button', () => {
  show({ chat: chatItem({ state: 'ended' }), canReply: false, canEnd: false });
  expect(screen.getByText(english('topbar.ended_body'))).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: english('topbar.end') })).not.toBeInTheDocument();
});

it('goes back to the list', async () => {
  const user = userEvent.setup();
  const props = show();
  await user.click(screen.getByRole('button', { name: new RegExp(english('topbar.back')) }));
  expect(props.onBack).toHaveBeenCalled();
});

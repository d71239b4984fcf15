import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toChatSummaries } from '@sell-bridge/core';
import { fixtures } from '@sell-bridge/sandbox';
import { fakeSellContext } from '@sell-bridge/zaf/testing';
import RecordCard from '../../src/locations/RecordCard';
import { chatInSellSettings, english, renderApp, requestPaths, setupSandboxServer, type HostSettingValue } from '@sell-bridge/app-kit/testing';

const { sandbox } = setupSandboxServer();
// The first render loads Garden and the whole app shell; on a busy machine that alone can take seconds.
vi.setConfig({ testTimeout: 15_000 });

interface CardOptions {
  email: string | null;
  settings?: Record<string, HostSettingValue>;
  secrets?: Record<string, string>;
}

/** Chat-in-Sell on a Sell lead card whose record has `email` (the default Sell user: en-US, UTC). */
function renderLeadCard({ email, settings, secrets }: CardOptions) {
  return renderApp({
    sandbox,
    context: fakeSellContext({ location: 'lead_card' }),
    locations: { lead_card: RecordCard },
    settings: chatInSellSettings(settings),
    paths: { 'lead.email': email },
    ...(secrets ? { secrets } : {}),
  });
}

/** When each of the `count` newest chats with `email` happened, as the card writes it for an en-US user in UTC. */
function newestChatTimes(email: string, count: number): string[] {
  const chats = sandbox.state.chats
    .filter((chat) => chat.visitor.email === email)
    .sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp))
    .slice(0, count);
  return toChatSummaries(chats, { locale: 'en-US', timeZone: 'UTC' }).map((summary) => summary.when ?? '');
}

it('lists the record’s chats newest first and loads the next page on demand', async () => {
  const user = userEvent.setup();
  renderLeadCard({ email: fixtures.leadOnly.email });

  const firstPage = await screen.findAllByTestId('chat-history-item');
  const expected = newestChatTimes(fixtures.leadOnly.email, 20);
  expect(firstPage).toHaveLength(10);
  // Titled with how many chats Chat found in all, as the tickets card is.
  expect(screen.getByRole('region', { name: english('chats.title_count', { total: fixtures.leadOnly.chatCount }) })).toBeInTheDocument();
  firstPage.forEach((item, i) => expect(item).toHaveTextContent(expected[i]!));

  await user.click(screen.getByRole('button', { name: english('chats.load_more') }));

  await waitFor(() => expect(screen.getAllByTestId('chat-history-item')).toHaveLength(20));
  screen.getAllByTestId('chat-history-item').forEach((item, i) => expect(item).toHaveTextContent(expected[i]!));
});

it('stops offering more once the last page is loaded', async () => {
  const user = userEvent.setup();
  renderLeadCard({ email: fixtures.leadOnly.email });

  for (const shown of [10, 20]) {
    expect(await screen.findAllByTestId('chat-history-item')).toHaveLength(shown);
    await user.click(await screen.findByRole('button', { name: english('chats.load_more') }));
  }

  expect(await screen.findAllByTestId('chat-history-item')).toHaveLength(fixtures.leadOnly.chatCount);
  expect(screen.queryByRole('button', { name: english('chats.load_more') })).not.toBeInTheDocument();
});

it('says nobody chatted from the email when Chat has no chats for it', async () => {
  const email = 'quiet.customer@no-chats.example';
  renderLeadCard({ email });

  expect(await screen.findByText(english('chats.none.title'))).toBeInTheDocument();
  expect(screen.getByText(english('chats.none.body', { email }))).toBeInTheDocument();
});

it('explains that chats are matched by email when the record has none, without calling Chat', async () => {
  renderLeadCard({ email: null });

  expect(await screen.findByText(english('chats.no_email.title'))).toBeInTheDocument();
  expect(sandbox.requestLog).toHaveLength(0);
});

it('shows that chat history is switched off when the admin turned it off, without calling Chat', async () => {
  renderLeadCard({ email: fixtures.leadOnly.email, settings: { show_chat_history: false } });

  expect(await screen.findByText(english('chats.off.title'))).toBeInTheDocument();
  expect(sandbox.requestLog).toHaveLength(0);
});

it('names Chat as the service that rejected a revoked token, with no retry button', async () => {
  renderLeadCard({ email: fixtures.leadOnly.email, secrets: { chat_access_token: 'revoked-token' } });

  expect(await screen.findByText(english('state.unauthorized.title', { service: 'Chat' }))).toBeInTheDocument();
  expect(screen.getByText(english('state.unauthorized.body', { service: 'Chat' }))).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: english('state.retry') })).not.toBeInTheDocument();
  expect(requestPaths(sandbox)).toEqual(['GET /api/v2/chats/search']);
});

it('says Chat is unavailable when it keeps failing, and offers to try again', async () => {
  sandbox.faults.inject({ match: { host: 'www.zopim.com', path: /.*/ }, status: 503 });
  renderLeadCard({ email: fixtures.leadOnly.email });

  expect(await screen.findByText(english('state.server.title', { service: 'Chat' }))).toBeInTheDocument();
  expect(screen.getByRole('button', { name: english('state.retry') })).toBeInTheDocument();
});

it('reads the history again when the record’s email changes', async () => {
  const { client } = renderLeadCard({ email: fixtures.leadOnly.email });
  expect(await screen.findAllByTestId('chat-history-item')).toHaveLength(10);

  const email = 'changed.address@no-chats.example';
  client.setPath('lead.email', email);
  expect(await screen.findByText(english('chats.none.body', { email }))).toBeInTheDocument();
  expect(screen.queryByTestId('chat-history-item')).not.toBeInTheDocument();
});

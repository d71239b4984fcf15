import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { API_AGENT_NAME, fixtures } from '@sell-bridge/sandbox';
import { cutNetwork, english, setupSandboxServer } from '@sell-bridge/app-kit/testing';
import { renderTopBar } from '../support/topBarHarness';

const { sandbox, server } = setupSandboxServer();
const WAIT = { timeout: 8_000 };
// Each test drives a live session through the fake host, msw and the sandbox: slower than a unit test.
vi.setConfig({ testTimeout: 30_000 });

it('explains a rejected Chat token, and reconnects once the token is fixed', async () => {
  const user = userEvent.setup();
  sandbox.state.tokens.chat = 'rotated-by-admin';
  renderTopBar(sandbox, { settings: { connect_on_load: true }, secrets: { chat_access_token: 'rotated-by-admin-old' } });
  expect(await screen.findByText(english('state.unauthorized.title', { service: 'Chat' }), {}, WAIT)).toBeInTheDocument();
  expect(screen.getByText(english('topbar.unauthorized.body'))).toBeInTheDocument();

  sandbox.state.tokens.chat = 'rotated-by-admin-old';
  await user.click(screen.getByRole('button', { name: english('topbar.reconnect') }));
  expect(await screen.findByText(english('topbar.online_as', { name: API_AGENT_NAME }), {}, WAIT)).toBeInTheDocument();
});

it('falls back to recent chats, says why, and links each chat to Chat when the plan has no live access', async () => {
  const user = userEvent.setup();
  sandbox.conversations.liveAccess = false;
  sandbox.conversations.start({ visitor: { display_name: fixtures.personWithDeals.name, email: fixtures.personWithDeals.email }, text: 'Renewal question' });
  renderTopBar(sandbox, { settings: { connect_on_load: true } });

  expect(await screen.findByText(english('topbar.recent.plan'), {}, WAIT)).toBeInTheDocument();
  await user.click(await screen.findByRole('button', { name: new RegExp(fixtures.personWithDeals.name) }, WAIT));
  expect(screen.getByText('Renewal question')).toBeInTheDocument();
  expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: new RegExp(english('topbar.open_in_chat')) })).toHaveAttribute('href', 'https://acme.zendesk.com/chat/agent');
});

it('offers to take the live session over when another window holds the Chat agent', async () => {
  const user = userEvent.setup();
  renderTopBar(sandbox, { settings: { connect_on_load: true } });
  await screen.findByText(english('topbar.online_as', { name: API_AGENT_NAME }), {}, WAIT);

  // Another top bar (another tab, another rep) starts a session for the same agent.
  await fetch('https://chat-api.zopim.com/graphql/request', {
    method: 'POST',
    body: JSON.stringify({ query: 'mutation ($access_token: String!) { startAgentSession(access_token: $access_token) { websocket_url } }', variables: { access_token: sandbox.tokens.chat } }),
  });
  expect(await screen.findByText(english('topbar.recent.concurrent'), {}, WAIT)).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: english('topbar.connect_here') }));
  expect(await screen.findByText(english('topbar.online_as', { name: API_AGENT_NAME }), {}, WAIT)).toBeInTheDocument();
  expect(screen.queryByText(english('topbar.recent.concurrent'))).not.toBeInTheDocument();
});

it('says it is reconnecting while Chat cannot be reached, with a way to try at once', async () => {
  cutNetwork(server, 'https://chat-api.zopim.com');
  renderTopBar(sandbox, { settings: { connect_on_load: true } });
  expect(await screen.findByText(english('topbar.reconnecting.title'), {}, WAIT)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: english('topbar.try_now') })).toBeInTheDocument();
});

it('never sends the Chat token from the iframe: only the placeholder travels', async () => {
  const { client } = renderTopBar(sandbox, { settings: { connect_on_load: true } });
  await screen.findByText(english('topbar.online_as', { name: API_AGENT_NAME }), {}, WAIT);
  await waitFor(() => expect(client.calls.request.length).toBeGreaterThan(1));
  const sent = JSON.stringify(client.calls.request);
  expect(sent).toContain('{{setting.chat_access_token}}');
  expect(sent).not.toContain(sandbox.tokens.chat);
});

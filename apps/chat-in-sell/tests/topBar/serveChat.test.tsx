import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { API_AGENT_NAME, fixtures } from '@sell-bridge/sandbox';
import { english, setupSandboxServer } from '@sell-bridge/app-kit/testing';
import { renderTopBar } from '../support/topBarHarness';

const { sandbox } = setupSandboxServer();
const WAIT = { timeout: 8_000 };
// Each test drives a live session through the fake host, msw and the sandbox: slower than a unit test.
vi.setConfig({ testTimeout: 30_000 });

async function connected() {
  await screen.findByText(english('topbar.online_as', { name: API_AGENT_NAME }), {}, WAIT);
}

it('connects when Sell loads if the admin asked for it, and shows a chat the visitor starts as incoming with its unread count', async () => {
  renderTopBar(sandbox, { settings: { connect_on_load: true } });
  await connected();
  expect(screen.getByText(english('topbar.empty.title'))).toBeInTheDocument();

  sandbox.conversations.start({ visitor: { display_name: fixtures.leadOnly.name, email: fixtures.leadOnly.email }, text: 'Do you have team pricing?' });
  const incoming = await screen.findByRole('region', { name: new RegExp(english('topbar.incoming')) }, WAIT);
  const row = within(incoming).getByRole('button', { name: new RegExp(fixtures.leadOnly.name) });
  expect(row).toHaveAccessibleName(new RegExp(english('topbar.unread.one', { count: 1 })));
});

it('waits for the rep to connect when connect_on_load is off', async () => {
  const user = userEvent.setup();
  renderTopBar(sandbox, { settings: { connect_on_load: false } });
  await user.click(await screen.findByRole('button', { name: english('topbar.connect') }));
  await connected();
  expect(sandbox.requestLog.some((entry) => entry.url.includes('chat-api.zopim.com/graphql/request'))).toBe(true);
});

it('serves a chat: transcript and Sell lead shown, the reply reaches the visitor, then the rep ends it', async () => {
  const user = userEvent.setup();
  renderTopBar(sandbox, { settings: { connect_on_load: true } });
  await connected();
  const chat = sandbox.conversations.start({ visitor: { display_name: fixtures.leadOnly.name, email: fixtures.leadOnly.email }, text: 'Do you have team pricing?' });
  await user.click(await screen.findByRole('button', { name: new RegExp(fixtures.leadOnly.name) }, WAIT));

  expect(within(screen.getByRole('log')).getByText('Do you have team pricing?')).toBeInTheDocument();
  const record = await screen.findByTestId('topbar-sell-record', {}, WAIT);
  expect(record).toHaveAttribute('data-kind', 'lead');
  expect(within(record).getByRole('link')).toHaveAttribute('href', `https://app.futuresimple.com/leads/${fixtures.leadOnly.id}`);

  await user.type(screen.getByRole('textbox', { name: english('topbar.reply.label') }), 'Yes, from 5 seats.{Enter}');
  await waitFor(() => expect(sandbox.conversations.get(chat.id)?.messages.at(-1)).toMatchObject({ author: 'agent', text: 'Yes, from 5 seats.' }), WAIT);

  sandbox.conversations.say(chat.id, { author: 'visitor' }, 'Great, thanks!');
  expect(await within(screen.getByRole('log')).findByText('Great, thanks!', {}, WAIT)).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: english('topbar.end') }));
  await waitFor(() => expect(sandbox.conversations.get(chat.id)?.status).toBe('ended'), WAIT);
  expect(await screen.findByText(english('topbar.ended_body'))).toBeInTheDocument();
  expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
});

it('refuses to reply in a chat another agent already serves, and says so', async () => {
  const user = userEvent.setup();
  renderTopBar(sandbox, { settings: { connect_on_load: true } });
  await connected();
  const chat = sandbox.conversations.start({ visitor: { display_name: 'Bo', email: fixtures.noMatch.email }, text: 'Hi' });
  sandbox.conversations.say(chat.id, { author: 'agent', name: 'Dana' }, 'Hi Bo, Dana here');
  await user.click(await screen.findByRole('button', { name: /Bo/ }, WAIT));
  expect(await screen.findByText(english('topbar.served_elsewhere', { names: 'Dana' }), {}, WAIT)).toBeInTheDocument();
  expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
});

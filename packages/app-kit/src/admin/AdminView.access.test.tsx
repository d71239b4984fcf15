import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures } from '@sell-bridge/sandbox';
import { fakeSellContext } from '@sell-bridge/zaf/testing';
import { english, requestPaths, setupSandboxServer } from '../testing';
import { renderAdmin } from '../testing/renderAdmin';

// The whole view renders in jsdom against the sandbox; on a busy machine that takes seconds per test.
vi.setConfig({ testTimeout: 60_000 });
configure({ asyncUtilTimeout: 10_000 });

const { sandbox } = setupSandboxServer();
const installationPath = /^\w+ \/api\/\w+\/apps\/installations\//;

it('refuses a Support agent who is not an admin, without reading any setting', async () => {
  renderAdmin({ sandbox, currentUser: { email: fixtures.regularUser.email, role: 'agent', name: fixtures.regularUser.name } });
  expect(await screen.findByText(english('admin.refused.title'))).toBeInTheDocument();
  expect(screen.getByText(english('admin.refused.body_zendesk'))).toBeInTheDocument();
  expect(requestPaths(sandbox)).toEqual([]);
});

it('refuses a Sell user who is not a Sell admin in Chat-in-Sell', async () => {
  const base = fakeSellContext({ location: 'modal' });
  renderAdmin({ sandbox, app: 'chat-in-sell', context: { ...base, currentUser: { ...base.currentUser, role: 'user' } } });
  expect(await screen.findByText(english('admin.refused.body_sell'))).toBeInTheDocument();
  expect(requestPaths(sandbox)).toEqual([]);
});

it('shows a refusal when Zendesk answers 403 to reading the installation', async () => {
  sandbox.faults.inject({ match: { method: 'GET', path: /\/apps\/installations\// }, status: 403 });
  renderAdmin({ sandbox });
  expect(await screen.findByText(english('admin.refused.title'))).toBeInTheDocument();
  expect(screen.queryByRole('tab')).not.toBeInTheDocument();
});

it('explains a failed load and loads again on retry', async () => {
  const user = userEvent.setup();
  const stop = sandbox.faults.inject({ match: { method: 'GET', path: /\/apps\/installations\// }, status: 503 });
  renderAdmin({ sandbox });
  expect(await screen.findByText(english('state.server.title', { service: 'Support' }))).toBeInTheDocument();
  stop();
  await user.click(screen.getByRole('button', { name: english('state.retry') }));
  expect(await screen.findByRole('tab', { name: english('admin.tab.settings') })).toBeInTheDocument();
});

it('edits Chat-in-Sell’s switches and lead settings on the Sell product path, without a field layout', async () => {
  const user = userEvent.setup();
  renderAdmin({ sandbox, app: 'chat-in-sell', context: fakeSellContext({ location: 'modal' }) });
  await user.click(await screen.findByRole('switch', { name: english('admin.connect_on_load.label') }));
  await user.click(screen.getByRole('checkbox', { name: english('admin.allow_any_owner.label') }));
  expect(screen.queryByRole('tab')).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: english('admin.save') }));
  expect(await screen.findByText(english('admin.saved'))).toBeInTheDocument();

  const chatInSell = sandbox.state.installations.find((i) => i.id === fixtures.installations.chatInSell)!;
  expect(chatInSell.settings).toMatchObject({ connect_on_load: true, allow_any_owner: true });
  expect(requestPaths(sandbox).filter((path) => installationPath.test(path))).toEqual([
    `GET /api/sell/apps/installations/${fixtures.installations.chatInSell}.json`,
    `GET /api/sell/apps/installations/${fixtures.installations.chatInSell}.json`,
    `PUT /api/sell/apps/installations/${fixtures.installations.chatInSell}.json`,
  ]);
  // The lead lists and owners come from Sell; no custom field definitions (no cards to lay out).
  expect(requestPaths(sandbox).some((path) => path.endsWith('/custom_fields'))).toBe(false);
});

it('saves Sell-in-Chat’s transcript switch on the Chat product path', async () => {
  const user = userEvent.setup();
  renderAdmin({ sandbox, app: 'sell-in-chat' });
  const toggle = await screen.findByRole('switch', { name: english('admin.save_transcripts.label') });
  expect(toggle).toBeChecked();
  await user.click(toggle);
  await user.click(screen.getByRole('button', { name: english('admin.save') }));
  expect(await screen.findByText(english('admin.saved'))).toBeInTheDocument();
  const sellInChat = sandbox.state.installations.find((i) => i.id === fixtures.installations.sellInChat)!;
  expect(sellInChat.settings.save_transcripts).toBe(false);
  expect(requestPaths(sandbox)).toContain(`PUT /api/chat/apps/installations/${fixtures.installations.sellInChat}.json`);
});

it('lists the saved settings’ problems for the admin to fix', async () => {
  const support = sandbox.state.installations.find((i) => i.id === fixtures.installations.sellInSupport)!;
  support.settings.lead_owners = 'user:abc';
  renderAdmin({ sandbox });
  expect(await screen.findByText(english('admin.problems.title'))).toBeInTheDocument();
  expect(screen.getByText(english('settings.problem.owner_malformed', { entry: 'user:abc' }))).toBeInTheDocument();
});

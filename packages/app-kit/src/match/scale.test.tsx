import { screen } from '@testing-library/react';
import { fixtures } from '@sell-bridge/sandbox';
import { setupSandboxServer } from '../testing';
import { adminAgent, renderSidebar, visitor } from '../testing/renderSidebar';

// The scale preset: 10,000 Sell users and 100,000 leads. A sidebar must open with what a small account costs.
const { sandbox } = setupSandboxServer({ preset: 'scale' });
vi.setConfig({ testTimeout: 30_000 });

const sellRequests = () =>
  sandbox.requestLog.filter((entry) => entry.url.startsWith('https://api.getbase.com')).map((entry) => new URL(entry.url));
const userRequests = () => sellRequests().filter((url) => url.pathname.startsWith('/v2/users'));

const regularAgent = { id: 9002, email: fixtures.regularUser.email, name: fixtures.regularUser.name, role: 'agent' as const, locale: 'en-US' };

it.each([
  { mode: 'sell_users_only', agent: regularAgent, label: 'a rep (owners and managers checked by id)' },
  { mode: 'all_agents', agent: adminAgent, label: 'any agent' },
])('opens a sidebar on 10,000 Sell users without loading them: $mode, $label', async ({ mode, agent }) => {
  renderSidebar(sandbox, visitor(fixtures.personWithDeals.email), { settings: { data_access: mode }, currentUser: agent });
  await screen.findByRole('heading', { level: 2 }, { timeout: 20_000 });
  expect(await screen.findByTestId('sell-record', {}, { timeout: 20_000 })).toBeInTheDocument();

  // Users are asked for one by email (the agent) or a few by id (owners, managers): never a page of everyone.
  for (const url of userRequests()) expect([...url.searchParams.keys()].some((key) => key === 'email' || key === 'ids')).toBe(true);
  expect(userRequests().length).toBeLessThanOrEqual(3);
  // The whole open: the agent, leads and contacts, owners, deals and the company, and the reference lists.
  expect(sellRequests().length).toBeLessThanOrEqual(12);
});

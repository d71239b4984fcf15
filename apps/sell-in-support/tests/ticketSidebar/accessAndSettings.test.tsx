import { screen, within } from '@testing-library/react';
import { fixtures } from '@sell-bridge/sandbox';
import { english, renderTicketSidebar, requestPaths, setupSandboxServer } from '../harness';

const { sandbox } = setupSandboxServer();

/** A card's "open in Sell" link (collapsed cards included: they stay in the document, hidden). */
const openInSell = (card: HTMLElement) => within(card).getByText(english('record.open_in_sell')).closest('a')!;

const requester = { name: 'Ana', email: fixtures.personWithDeals.email };
const agentWithoutSell = { email: fixtures.support.agentWithoutSell.email, role: 'agent' };
const regularAgent = { email: fixtures.regularUser.email, role: 'agent' };

it('lists the settings problems to an admin when data_access holds an unknown mode, without calling Sell', async () => {
  renderTicketSidebar(sandbox, { requester, settings: { data_access: 'everyone' } });

  const body = await screen.findByText(english('state.not_configured.admin'));
  expect(screen.getByText(english('state.not_configured.title'))).toBeInTheDocument();
  const problems = within(body.closest('[role="status"]') as HTMLElement).getByRole('list');
  expect(within(problems).getAllByRole('listitem')).toHaveLength(1);
  expect(sandbox.requestLog).toHaveLength(0);
});

it('gives an agent a short not-configured message without the list of problems', async () => {
  renderTicketSidebar(sandbox, { requester, settings: { data_access: 'everyone' }, currentUser: agentWithoutSell });

  expect(await screen.findByText(english('state.not_configured.agent'))).toBeInTheDocument();
  // The role arrives from the host after the first render: make sure the admin list does not follow it.
  await expect(screen.findByRole('list', {}, { timeout: 200 })).rejects.toThrow();
  expect(screen.queryByText(english('state.not_configured.admin'))).not.toBeInTheDocument();
  expect(sandbox.requestLog).toHaveLength(0);
});

it('tells an agent who is not a Sell user that they need Sell access, and requests no lead or contact', async () => {
  renderTicketSidebar(sandbox, { requester, currentUser: agentWithoutSell });

  expect(await screen.findByText(english('state.no_access.title'))).toBeInTheDocument();
  expect(screen.getByText(english('state.no_access.body', { email: agentWithoutSell.email }))).toBeInTheDocument();
  const paths = requestPaths(sandbox);
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.every((path) => path.startsWith('GET /v2/users'))).toBe(true);
});

it('shows records to an agent without a Sell user when every agent may see Sell data', async () => {
  renderTicketSidebar(sandbox, { requester, currentUser: agentWithoutSell, settings: { data_access: 'all_agents' } });

  expect(await screen.findByText(fixtures.personWithDeals.name)).toBeInTheDocument();
});

it('hides a lead the agent’s Sell user could not see, as if Sell had no match', async () => {
  renderTicketSidebar(sandbox, { requester: { name: 'Private', email: fixtures.hiddenLead.email }, currentUser: regularAgent });

  expect(await screen.findByText(english('match.none.title'))).toBeInTheDocument();
  expect(requestPaths(sandbox)).toContain('GET /v2/leads');
  expect(screen.queryByTestId('sell-record')).not.toBeInTheDocument();
});

it('shows that same lead to a Sell admin', async () => {
  renderTicketSidebar(sandbox, { requester: { name: 'Private', email: fixtures.hiddenLead.email } });

  const card = await screen.findByTestId('sell-record');
  expect(openInSell(card)).toHaveAttribute('href', `https://app.futuresimple.com/leads/${fixtures.hiddenLead.id}`);
});

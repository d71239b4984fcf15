import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures, type FaultRule } from '@sell-bridge/sandbox';
import type { MessageKey } from '@sell-bridge/ui';
import { cutNetwork, english, setupSandboxServer } from '../harness';
import { renderTicketsCard, supportRequests, ticketsOf } from './renderTicketsCard';

// Whole-app renders through Garden and the retry loop; a loaded CI machine needs more than the 5 s default.
vi.setConfig({ testTimeout: 15_000 });

const { sandbox, server } = setupSandboxServer();

const support = { service: 'Support' };
const leadCard = (email: string | null) => ({ paths: { 'lead.email': email } });

/** Every Support call answers with this fault. */
function failSupport(rule: Omit<FaultRule, 'match'>, path = '*'): void {
  sandbox.faults.inject({ match: { host: 'zendesk.com', path }, ...rule });
}

it('says nobody with the email has a ticket when Support knows no such requester', async () => {
  const email = 'quiet.customer@no-tickets.example';
  renderTicketsCard(sandbox, leadCard(email));

  expect(await screen.findByText(english('tickets.none.title'))).toBeInTheDocument();
  expect(screen.getByText(english('tickets.none.body', { email }))).toBeInTheDocument();
  expect(supportRequests(sandbox)).toEqual(['GET /api/v2/users/search.json']);
});

it('says so when the requester exists but has no tickets', async () => {
  const agent = sandbox.state.supportUsers.find((u) => u.id === fixtures.support.agentWithoutSell.id)!;
  renderTicketsCard(sandbox, leadCard(agent.email));

  expect(await screen.findByText(english('tickets.none.title'))).toBeInTheDocument();
  expect(supportRequests(sandbox)).toContain(`GET /api/v2/users/${String(agent.id)}/tickets/requested.json`);
});

it.each([null, '', '   '])('explains that tickets are found by email when the record has none (%j), without calling Support', async (email) => {
  renderTicketsCard(sandbox, leadCard(email));

  expect(await screen.findByText(english('tickets.no_email.title'))).toBeInTheDocument();
  expect(screen.getByText(english('tickets.no_email.body'))).toBeInTheDocument();
  expect(sandbox.requestLog).toHaveLength(0);
});

it.each([false, 'false'])('shows the switched-off state and calls nothing when show_tickets_in_sell is %j', async (value) => {
  renderTicketsCard(sandbox, { ...leadCard(fixtures.leadOnly.email), settings: { show_tickets_in_sell: value } });

  expect(await screen.findByText(english('tickets.off.title'))).toBeInTheDocument();
  expect(screen.getByText(english('tickets.off.body'))).toBeInTheDocument();
  expect(sandbox.requestLog).toHaveLength(0);
});

it.each<{ status: number; path: string; title: MessageKey; body: MessageKey }>([
  { status: 403, path: '*', title: 'tickets.forbidden.title', body: 'tickets.forbidden.body' },
  { status: 403, path: '/api/v2/users/*/tickets/requested.json', title: 'tickets.forbidden.title', body: 'tickets.forbidden.body' },
  { status: 401, path: '*', title: 'tickets.unauthorized.title', body: 'tickets.unauthorized.body' },
])('tells the rep what the admin must do when Support answers $status on $path, without retrying', async ({ status, path, title, body }) => {
  failSupport({ status }, path);
  const { sleeps } = renderTicketsCard(sandbox, leadCard(fixtures.leadOnly.email));

  expect(await screen.findByText(english(title))).toBeInTheDocument();
  expect(screen.getByText(english(body))).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: english('state.retry') })).not.toBeInTheDocument();
  expect(screen.queryByTestId('support-ticket')).not.toBeInTheDocument();
  expect(sleeps).toEqual([]);
});

it.each<{ fault: string; title: MessageKey; inject: () => void; timeoutMs?: number }>([
  { fault: '500 Internal Server Error', title: 'state.server.title', inject: () => failSupport({ status: 500 }) },
  { fault: '503 with an HTML body', title: 'state.server.title', inject: () => failSupport({ status: 503, body: 'text' }) },
  { fault: '429 Too Many Requests', title: 'state.rate_limited.title', inject: () => failSupport({ status: 429 }) },
  { fault: 'no network', title: 'state.offline.title', inject: () => cutNetwork(server, 'https://example.zendesk.com') },
  { fault: 'no answer in time', title: 'state.timeout.title', inject: () => failSupport({ timeout: true }), timeoutMs: 200 },
])('after backing off from $fault, shows $title with a retry that lists the tickets once Support answers', async ({ title, inject, timeoutMs }) => {
  inject();
  const user = userEvent.setup();
  const { sleeps } = renderTicketsCard(sandbox, { ...leadCard(fixtures.personWithDeals.email), ...(timeoutMs ? { timeoutMs } : {}) });

  expect(await screen.findByText(english(title, support))).toBeInTheDocument();
  expect(sleeps).toHaveLength(3);

  sandbox.faults.clear();
  server.resetHandlers();
  await user.click(screen.getByRole('button', { name: english('state.retry') }));

  expect(await screen.findAllByTestId('support-ticket')).toHaveLength(fixtures.personWithDeals.ticketCount);
  expect(screen.queryByText(english(title, support))).not.toBeInTheDocument();
});

it('keeps the loaded tickets when “load more” fails, and retries just the next page', async () => {
  const user = userEvent.setup();
  renderTicketsCard(sandbox, leadCard(fixtures.leadOnly.email));
  expect(await screen.findAllByTestId('support-ticket')).toHaveLength(10);

  failSupport({ status: 503 }, '/api/v2/users/*/tickets/requested.json');
  await user.click(screen.getByRole('button', { name: english('tickets.load_more') }));

  expect(await screen.findByText(english('state.server.title', support))).toBeInTheDocument();
  expect(screen.getAllByTestId('support-ticket')).toHaveLength(10);

  sandbox.faults.clear();
  await user.click(screen.getByRole('button', { name: english('state.retry') }));
  await waitFor(() => expect(screen.getAllByTestId('support-ticket')).toHaveLength(fixtures.leadOnly.ticketCount));
  expect(screen.queryByText(english('state.server.title', support))).not.toBeInTheDocument();
});

it('falls back to the company’s own email when Sell cannot list its people, and says so', async () => {
  sandbox.faults.inject({ match: { host: 'api.getbase.com', path: '/v2/contacts' }, status: 500 });
  renderTicketsCard(sandbox, { location: 'company_card', paths: { 'contact.email': fixtures.personWithDeals.email, 'contact.id': fixtures.company.id } });

  expect(await screen.findAllByTestId('support-ticket')).toHaveLength(fixtures.personWithDeals.ticketCount);
  expect(screen.getByText(english('tickets.people_failed'))).toBeInTheDocument();
  expect(screen.queryByText(english('tickets.scope.company'))).not.toBeInTheDocument();
});

it('says neither the company nor its people have tickets when none of their emails has one', async () => {
  const ana = sandbox.state.supportUsers.find((u) => u.email === fixtures.personWithDeals.email)!;
  sandbox.state.tickets = sandbox.state.tickets.filter((t) => t.requester_id !== ana.id);
  renderTicketsCard(sandbox, { location: 'company_card', paths: { 'contact.email': fixtures.company.email, 'contact.id': fixtures.company.id } });

  expect(await screen.findByText(english('tickets.none.company'))).toBeInTheDocument();
  expect(ticketsOf(sandbox, fixtures.company.email, fixtures.personWithDeals.email)).toEqual([]);
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures, type FaultRule } from '@sell-bridge/sandbox';
import type { MessageKey } from '@sell-bridge/ui';
import { cutNetwork, english, renderTicketSidebar, requestPaths, setupSandboxServer } from '../harness';

const { sandbox, server } = setupSandboxServer();

const requester = { name: 'Ana', email: fixtures.personWithDeals.email };
const sell = { service: 'Sell' };

/** Every Sell call answers with this fault. */
function failSell(rule: Omit<FaultRule, 'match'>): void {
  sandbox.faults.inject({ match: { host: 'api.getbase.com', path: '*' }, ...rule });
}

it.each<{ status: number; title: MessageKey; body: MessageKey }>([
  { status: 401, title: 'state.unauthorized.title', body: 'state.unauthorized.body' },
  { status: 403, title: 'state.forbidden.title', body: 'state.forbidden.body' },
])('shows $title without a retry button and without retrying when Sell answers $status', async ({ status, title, body }) => {
  failSell({ status });
  const { sleeps } = renderTicketSidebar(sandbox, { requester });

  expect(await screen.findByText(english(title, sell))).toBeInTheDocument();
  expect(screen.getByText(english(body, sell))).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: english('state.retry') })).not.toBeInTheDocument();
  expect(requestPaths(sandbox)).toEqual(['GET /v2/users']);
  expect(sleeps).toEqual([]);
});

it.each<{ fault: string; title: MessageKey; inject: () => void; timeoutMs?: number }>([
  { fault: '429 Too Many Requests', title: 'state.rate_limited.title', inject: () => failSell({ status: 429 }) },
  { fault: '500 Internal Server Error', title: 'state.server.title', inject: () => failSell({ status: 500 }) },
  { fault: '503 Service Unavailable', title: 'state.server.title', inject: () => failSell({ status: 503, body: 'text' }) },
  { fault: 'no network', title: 'state.offline.title', inject: () => cutNetwork(server, 'https://api.getbase.com') },
  { fault: 'no answer in time', title: 'state.timeout.title', inject: () => failSell({ timeout: true }), timeoutMs: 200 },
])('after backing off from $fault, shows $title with a retry that loads the record once Sell answers', async ({ title, inject, timeoutMs }) => {
  inject();
  const user = userEvent.setup();
  const { sleeps } = renderTicketSidebar(sandbox, { requester, ...(timeoutMs ? { timeoutMs } : {}) });

  expect(await screen.findByText(english(title, sell))).toBeInTheDocument();
  // Two attempts at the first call (the users list is reference data: retried once), with a backoff between them.
  expect(sleeps).toHaveLength(1);
  expect(sleeps[0]).toBeGreaterThanOrEqual(100);
  expect(screen.queryByText(fixtures.personWithDeals.name)).not.toBeInTheDocument();

  sandbox.faults.clear();
  server.resetHandlers();
  await user.click(screen.getByRole('button', { name: english('state.retry') }));

  expect(await screen.findByText(fixtures.personWithDeals.name)).toBeInTheDocument();
  expect(screen.queryByText(english(title, sell))).not.toBeInTheDocument();
});

import { render, screen } from '@testing-library/react';
import { useQuery } from '@tanstack/react-query';
import { fixtures } from '@sell-bridge/sandbox';
import { fakeChatContext } from '@sell-bridge/zaf/testing';
import { AppShell } from './AppShell';
import { explainError } from './states/explainError';
import { useServices } from './services';
import { english, renderApp, requestPaths, setupSandboxServer } from './testing';

const { sandbox } = setupSandboxServer();

/** A location that shows who the Sell token belongs to, or the error state of the call. */
function TokenOwner() {
  const { sell } = useServices();
  const self = useQuery({ queryKey: ['self'], queryFn: ({ signal }) => sell.self({ signal }) });
  if (self.isError) return <p role="alert">{explainError(self.error).titleKey}</p>;
  return <p>{self.data?.name ?? '…'}</p>;
}

it('renders the component of the host location with the Sell client talking to the sandbox', async () => {
  renderApp({ sandbox, context: fakeChatContext(), locations: { chat_sidebar: TokenOwner } });

  expect(await screen.findByText(fixtures.adminUser.name)).toBeInTheDocument();
  expect(requestPaths(sandbox)).toEqual(['GET /v2/users/self']);
});

it('shows the unknown-state message for a location the app does not provide', async () => {
  renderApp({ sandbox, context: fakeChatContext(), locations: { ticket_sidebar: TokenOwner } });

  expect(await screen.findByText(english('state.unknown.title'))).toBeInTheDocument();
  expect(sandbox.requestLog).toHaveLength(0);
});

it('explains that the page must be opened in Zendesk when there is no host', () => {
  render(<AppShell client={null} locations={{ chat_sidebar: TokenOwner }} sellTokenSetting="sell_api_token" />);

  expect(screen.getByText(english('app.outside.title'))).toBeInTheDocument();
});

it('retries a failed read with the injected backoff instead of waiting real seconds', async () => {
  sandbox.faults.inject({ match: { path: '/v2/users/self' }, status: 503, count: 2 });
  const { sleeps } = renderApp({ sandbox, context: fakeChatContext(), locations: { chat_sidebar: TokenOwner } });

  expect(await screen.findByText(fixtures.adminUser.name)).toBeInTheDocument();
  expect(requestPaths(sandbox)).toEqual(Array.from({ length: 3 }, () => 'GET /v2/users/self'));
  // Full jitter: each wait anywhere from a tenth of the base (1 s) up to its doubling step.
  expect(sleeps).toHaveLength(2);
  expect(sleeps[0]).toBeGreaterThanOrEqual(100);
  expect(sleeps[0]).toBeLessThanOrEqual(1000);
  expect(sleeps[1]).toBeGreaterThanOrEqual(100);
  expect(sleeps[1]).toBeLessThanOrEqual(2000);
});

it('gives up after the configured attempts and reports the failure', async () => {
  sandbox.faults.inject({ match: { path: '/v2/users/self' }, status: 500 });
  renderApp({ sandbox, context: fakeChatContext(), locations: { chat_sidebar: TokenOwner }, retry: { maxAttempts: 2 } });

  expect(await screen.findByRole('alert')).toHaveTextContent('state.server.title');
  expect(requestPaths(sandbox)).toHaveLength(2);
});

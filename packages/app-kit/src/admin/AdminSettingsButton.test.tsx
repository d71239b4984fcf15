import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeSellContext } from '@sell-bridge/zaf/testing';
import { english, renderApp, setupSandboxServer } from '../testing';
import { AdminSettingsButton } from './AdminSettingsButton';

vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 10_000 });

const { sandbox } = setupSandboxServer();
function Sidebar() {
  return (
    <>
      <span data-testid="rendered" />
      <AdminSettingsButton />
    </>
  );
}
const locations = { ticket_sidebar: Sidebar, top_bar: Sidebar };
const button = () => screen.queryByRole('button', { name: english('admin.open') });

it('opens the admin view in a modal for a Support admin', async () => {
  const user = userEvent.setup();
  const { client } = renderApp({ sandbox, locations, currentUser: { email: 'a@example.com', role: 'admin' } });
  client.onInvoke('instances.create', () => [{ instanceGuid: 'modal-1', location: 'modal' }]);
  await user.click(await screen.findByRole('button', { name: english('admin.open') }));
  await waitFor(() =>
    expect(client.calls.invoke).toContainEqual({
      name: 'instances.create',
      args: [{ location: 'modal', url: 'assets/iframe.html#admin', size: { width: '720px', height: '640px' } }],
    }),
  );
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

it('shows nothing to a Support agent', async () => {
  const { client } = renderApp({ sandbox, locations, currentUser: { email: 'a@example.com', role: 'agent' } });
  await screen.findByTestId('rendered');
  await waitFor(() => expect(client.calls.get.flat()).toContain('currentUser'));
  // Let the host's answer arrive before asserting that nothing appeared.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(button()).not.toBeInTheDocument();
});

it.each([
  ['admin', true],
  ['user', false],
])('follows the Sell role in Sell (%s)', async (role, shown) => {
  const base = fakeSellContext();
  renderApp({ sandbox, locations, context: { ...base, currentUser: { ...base.currentUser, role } } });
  // Sell's role comes with the context, so the answer is there on the first render.
  await screen.findByTestId('rendered');
  expect(Boolean(button())).toBe(shown);
});

it('says so when the host cannot open the modal', async () => {
  const user = userEvent.setup();
  const { client } = renderApp({ sandbox, locations, currentUser: { email: 'a@example.com', role: 'admin' } });
  client.onInvoke('instances.create', () => {
    throw new Error('modals are not available here');
  });
  await user.click(await screen.findByRole('button', { name: english('admin.open') }));
  expect(await screen.findByRole('alert')).toHaveTextContent(english('admin.open_failed'));
});

import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures } from '@sell-bridge/sandbox';
import { cutNetwork, english, requestPaths, requestUrls, setupSandboxServer } from '../testing';
import { renderAdmin } from '../testing/renderAdmin';

// The whole view renders in jsdom against the sandbox; on a busy machine that takes seconds per test.
vi.setConfig({ testTimeout: 60_000 });
configure({ asyncUtilTimeout: 10_000 });

const { sandbox, server } = setupSandboxServer();
const installation = () => sandbox.state.installations.find((i) => i.id === fixtures.installations.sellInSupport)!;
const puts = () => requestPaths(sandbox).filter((path) => path.startsWith('PUT '));
const bodies: unknown[] = [];

beforeEach(() => {
  bodies.length = 0;
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'PUT') void request.clone().json().then((body: unknown) => bodies.push(body));
  });
});
afterEach(() => server.events.removeAllListeners());

/** The view is ready once the Sell users are in: the owner outcome is no longer pending. */
async function open() {
  const user = userEvent.setup();
  renderAdmin({ sandbox });
  await waitFor(() => expect(screen.getByTestId('owner-effect')).not.toHaveAttribute('data-kind', 'pending'));
  return user;
}

const save = () => screen.getByRole('button', { name: english('admin.save') });
const allAgents = () => screen.getByRole('radio', { name: english('admin.access.all_agents') });
const anyOwner = () => screen.getByRole('checkbox', { name: english('admin.allow_any_owner.label') });

/** Someone else saves `settings` through the API while the view is open. */
function changeElsewhere(settings: Record<string, string | boolean>) {
  Object.assign(installation().settings, settings);
  installation().updated_at = new Date(Date.parse(installation().updated_at) + 60_000).toISOString();
}

it('sends only the changed setting, through the Support product path, and confirms it', async () => {
  const user = await open();
  await user.click(allAgents());
  await user.click(save());

  expect(await screen.findByText(english('admin.saved'))).toBeInTheDocument();
  expect(puts()).toEqual([`PUT /api/support/apps/installations/${fixtures.installations.sellInSupport}.json`]);
  await waitFor(() => expect(bodies).toEqual([{ settings: { data_access: 'all_agents' } }]));
  expect(installation().settings).toMatchObject({ data_access: 'all_agents', lead_source: fixtures.leadSources.existing, lead_status: 'New' });
  expect(save()).toBeDisabled();
});

it('re-reads the installation before saving and stops when someone else changed it', async () => {
  const user = await open();
  await user.click(allAgents());
  changeElsewhere({ lead_status: 'Working' });
  await user.click(save());

  expect(await screen.findByTestId('save-conflict')).toHaveTextContent(english('admin.conflict.title'));
  expect(puts()).toEqual([]);
  expect(allAgents()).toBeChecked();

  await user.click(screen.getByRole('button', { name: english('admin.conflict.overwrite') }));
  expect(await screen.findByText(english('admin.saved'))).toBeInTheDocument();
  // Only our change was written: their lead status stays.
  expect(installation().settings).toMatchObject({ data_access: 'all_agents', lead_status: 'Working' });
  await waitFor(() => expect(bodies).toEqual([{ settings: { data_access: 'all_agents' } }]));
});

it('reloads the other person’s settings on request, discarding the edits of that section', async () => {
  const user = await open();
  await user.click(anyOwner());
  changeElsewhere({ data_access: 'all_agents' });
  await user.click(save());
  await user.click(await screen.findByRole('button', { name: english('admin.conflict.reload') }));

  expect(allAgents()).toBeChecked();
  expect(anyOwner()).not.toBeChecked();
  expect(screen.queryByTestId('save-conflict')).not.toBeInTheDocument();
  expect(puts()).toEqual([]);
});

it('keeps every edit on screen when the network fails, and saves them once it is back', async () => {
  const user = await open();
  await user.click(anyOwner());
  await user.click(allAgents());
  cutNetwork(server, 'https://example.zendesk.com');
  await user.click(save());

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(english('admin.save_failed'));
  expect(alert).toHaveTextContent(english('state.offline.title', { service: 'Support' }));
  expect(anyOwner()).toBeChecked();
  expect(allAgents()).toBeChecked();

  server.resetHandlers();
  await user.click(save());
  expect(await screen.findByText(english('admin.saved'))).toBeInTheDocument();
  expect(installation().settings).toMatchObject({ allow_any_owner: true, data_access: 'all_agents' });
});

it('shows Zendesk’s 403 on save as a refusal and keeps the edits', async () => {
  const user = await open();
  sandbox.state.supportDefaultRole = 'agent';
  await user.click(anyOwner());
  await user.click(save());

  expect(await screen.findByRole('alert')).toHaveTextContent(english('admin.save_refused.title'));
  expect(anyOwner()).toBeChecked();
  expect(installation().settings.allow_any_owner).toBe(false);
});

it('saves owners as user:/distribution: entries and a new lead source by name', async () => {
  const user = await open();
  await user.click(screen.getByText(english('admin.owners.label'), { selector: 'label' }));
  await user.keyboard('robin emea');
  // The option's name ends with its meta ("Distribution").
  await user.click(await screen.findByRole('option', { name: (name) => name.startsWith(fixtures.distribution.name) }));
  await user.click(screen.getByText(english('admin.lead_source.label'), { selector: 'label' }));
  await user.clear(screen.getByRole('combobox', { name: english('admin.lead_source.label') }));
  await user.keyboard('Partners');
  expect(screen.getByText(english('admin.lead_source.new', { name: 'Partners' }))).toBeInTheDocument();
  await user.click(save());

  expect(await screen.findByText(english('admin.saved'))).toBeInTheDocument();
  expect(installation().settings).toMatchObject({ lead_owners: `distribution:${fixtures.distribution.userId}`, lead_source: 'Partners' });
  expect(screen.getByTestId('owner-effect')).toHaveTextContent(english('admin.effect.fixed_distribution', { name: fixtures.distribution.name }));
  // The pickers asked Sell for the admins and one page of active users, never for every user (the sandbox has 120).
  const users = requestUrls(sandbox).filter((url) => url.startsWith('GET /v2/users?'));
  expect(users).toEqual(expect.arrayContaining(['GET /v2/users?role=admin&status=active&per_page=100', 'GET /v2/users?status=active&sort_by=name&page=1&per_page=100']));
  expect(users.filter((url) => url.includes('page=2'))).toEqual([]);
});

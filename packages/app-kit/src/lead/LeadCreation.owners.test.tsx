import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures } from '@sell-bridge/sandbox';
import { english, requestPaths, requestUrls, setupSandboxServer, type HostSettingValue } from '../testing';
import { renderLead, type RenderLeadOptions } from '../testing/renderLead';

// A whole Garden form under jsdom, typed into key by key, needs more than the default 5 s on a busy 2-core machine.
vi.setConfig({ testTimeout: 20_000 });

const { sandbox } = setupSandboxServer();
const defaults = { email: fixtures.noMatch.email, phone: fixtures.noMatch.phone, viewerId: fixtures.adminUser.id };
const render = (options: Omit<RenderLeadOptions, 'sandbox'> = {}) => renderLead({ sandbox, ...options }, defaults);

type Row = { row: string; settings: Record<string, HostSettingValue>; viewerId: number | null; reason: string };

const { regularUser, managerUser, adminUser, inactiveUser, distribution } = fixtures;
// The form is up once the owners Sell was asked for (by id, or a first page of users) have arrived.
const form = async () => {
  const element = await screen.findByRole('form', { name: english('lead.title') });
  await waitFor(() => expect(screen.queryByText(english('owner.loading'))).not.toBeInTheDocument());
  return element;
};
const ownerGroup = async () => {
  await form();
  return screen.getByRole('group', { name: english('lead.field.owner') });
};
const ownerPicker = () => screen.queryByRole('combobox', { hidden: true });
const posts = () => requestPaths(sandbox).filter((path) => path === 'POST /v2/leads');
const createdLead = () => sandbox.state.leads.find((lead) => lead.email === fixtures.noMatch.email);

beforeEach(() => localStorage.clear());

it.each<Row & { owner: string; ownerId: number }>([
  {
    row: 'one configured user',
    settings: { lead_owners: `user:${regularUser.id}` },
    viewerId: adminUser.id,
    owner: regularUser.name,
    reason: english('owner.reason.configured_user', { name: regularUser.name }),
    ownerId: regularUser.id,
  },
  {
    row: 'empty owners in sell_users_only (the creator)',
    settings: {},
    viewerId: regularUser.id,
    owner: regularUser.name,
    reason: english('owner.reason.creator', { name: regularUser.name }),
    ownerId: regularUser.id,
  },
  {
    row: 'empty owners in all_agents (the primary admin)',
    settings: { data_access: 'all_agents', primary_admin_id: String(managerUser.id) },
    viewerId: null,
    owner: managerUser.name,
    reason: english('owner.reason.primary_admin', { name: managerUser.name }),
    ownerId: managerUser.id,
  },
])('gives the lead to the single owner without a picker: $row', async ({ settings, viewerId, owner, reason, ownerId }) => {
  render({ settings, viewerId });
  const group = await ownerGroup();

  expect(group).toHaveTextContent(owner);
  expect(group).toHaveAccessibleDescription(reason);
  expect(ownerPicker()).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: english('lead.submit') }));
  await screen.findByTestId('lead-created');
  expect(createdLead()?.owner_id).toBe(ownerId);
});

it('labels a single configured distribution and lets Sell hand the lead to its next member', async () => {
  render({ settings: { lead_owners: `distribution:${distribution.userId}` } });
  const group = await ownerGroup();

  expect(group).toHaveTextContent(english('owner.label.distribution'));
  expect(group).toHaveAccessibleDescription(english('owner.reason.configured_distribution', { name: distribution.name }));
  expect(ownerPicker()).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: english('lead.submit') }));
  await screen.findByTestId('lead-created');
  expect(distribution.activeMemberIds).toContain(createdLead()?.owner_id);
});

it('requires a choice among several configured owners before anything is sent', async () => {
  const user = userEvent.setup();
  render({ settings: { lead_owners: `user:${regularUser.id},user:${managerUser.id}` } });
  await form();
  const picker = ownerPicker();
  expect(picker).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: english('lead.submit') }));
  expect(await screen.findByText(english('lead.error.owner_required'))).toBeInTheDocument();
  expect(posts()).toEqual([]);
  await waitFor(() => expect(picker).toHaveFocus());

  await user.click(picker!);
  const listbox = await screen.findByRole('listbox', { name: english('owner.listbox') });
  expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual([
    expect.stringContaining(regularUser.name),
    expect.stringContaining(managerUser.name),
  ]);
  await user.click(within(listbox).getByRole('option', { name: new RegExp(managerUser.name) }));
  expect(screen.queryByText(english('lead.error.owner_required'))).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: english('lead.submit') }));
  await screen.findByTestId('lead-created');
  expect(createdLead()?.owner_id).toBe(managerUser.id);
});

it('searches every active user and distribution when any owner is allowed, labelling distributions', async () => {
  const user = userEvent.setup();
  render({ settings: { allow_any_owner: true, lead_owners: `user:${regularUser.id}` } });
  await form();
  expect(screen.getByText(english('owner.reason.any_owner'))).toBeInTheDocument();

  // What the rules would pick (the configured owner) is preselected.
  const input = ownerPicker()!;
  expect(input).toHaveValue(regularUser.name);
  await user.click(screen.getByText(english('lead.field.owner'), { selector: 'label' }));
  await user.clear(input);
  const listbox = screen.getByRole('listbox', { name: english('owner.listbox'), hidden: true });
  // Configured owners come first.
  expect(within(listbox).getAllByRole('option', { hidden: true })[0]).toHaveTextContent(regularUser.name);

  await user.keyboard('round emea');
  // The sandbox has 112 active users: the first page of 100 is loaded, and more can be asked for.
  const [found, ...rest] = within(listbox).getAllByRole('option');
  const options = [found];
  expect(rest.map((option) => option.textContent)).toEqual([english('owner.load_more')]);
  expect(options[0]).toHaveTextContent(distribution.name);
  expect(options[0]).toHaveTextContent(english('owner.label.distribution'));

  await user.click(options[0]!);
  await user.click(screen.getByRole('button', { name: english('lead.submit') }));
  await screen.findByTestId('lead-created');
  expect(distribution.activeMemberIds).toContain(createdLead()?.owner_id);
});

it('pages through a large account instead of loading every user: more on demand, an exact email looked up', async () => {
  const user = userEvent.setup();
  render({ settings: { allow_any_owner: true } });
  await form();
  const userRequests = () => requestUrls(sandbox).filter((path) => path.startsWith('GET /v2/users'));
  // One page of active users by name; never the whole list.
  expect(userRequests()).toEqual(['GET /v2/users?status=active&sort_by=name&page=1&per_page=100']);

  const input = ownerPicker()!;
  await user.click(input);
  await user.clear(input);
  // An owner beyond the first page, typed by exact email, is looked up in Sell once the agent pauses.
  await user.keyboard('kenji.watanabe@sandbox-sell.example');
  const listbox = screen.getByRole('listbox', { name: english('owner.listbox'), hidden: true });
  const match = await within(listbox).findByRole('option', { name: /渡辺 健二/ }, { timeout: 3000 });
  expect(userRequests()).toContain('GET /v2/users?email=kenji.watanabe%40sandbox-sell.example&per_page=100');
  await user.click(match);
  await user.click(screen.getByRole('button', { name: english('lead.submit') }));
  await screen.findByTestId('lead-created');
  expect(createdLead()?.owner_id).toBe(1000002);
});

it('loads the next page of owners when the agent asks for more', async () => {
  const user = userEvent.setup();
  render({ settings: { allow_any_owner: true } });
  await form();
  const input = ownerPicker()!;
  await user.click(input);
  await user.clear(input);
  const listbox = screen.getByRole('listbox', { name: english('owner.listbox'), hidden: true });
  await user.click(within(listbox).getByRole('option', { name: english('owner.load_more'), hidden: true }));
  await waitFor(() => expect(requestUrls(sandbox)).toContain('GET /v2/users?status=active&sort_by=name&page=2&per_page=100'));
  await user.click(input);
  await user.keyboard('渡辺');
  expect(await within(listbox).findByRole('option', { name: /渡辺 健二/, hidden: true })).toBeInTheDocument();
  // Everything is loaded now: nothing more to offer.
  expect(within(listbox).queryByRole('option', { name: english('owner.load_more'), hidden: true })).not.toBeInTheDocument();
});

it.each<Row>([
  {
    row: 'an inactive configured owner',
    settings: { lead_owners: `user:${inactiveUser.id}` },
    viewerId: adminUser.id,
    reason: english('owner.reason.owner_inactive', { kind: english('owner.kind.user'), name: inactiveUser.name }),
  },
  {
    row: 'an agent without a Sell user and no owner',
    settings: {},
    viewerId: null,
    reason: english('owner.reason.agent_without_sell_user'),
  },
])('explains why no lead can be created and disables the button: $row', async ({ settings, viewerId, reason }) => {
  render({ settings, viewerId });
  await form();

  expect(screen.getByRole('alert')).toHaveTextContent(reason);
  expect(screen.getByRole('button', { name: english('lead.submit') })).toBeDisabled();
  expect(ownerPicker()).not.toBeInTheDocument();
});

import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultSettings, type SellUser, type Settings } from '@sell-bridge/core';
import { renderUi, text } from '../testing';
import { IntegrationSettingsForm } from './IntegrationSettingsForm';
import type { AdminApp, UsersLoad } from './types';

// Garden and dnd-kit render slowly in jsdom on a busy machine; the tests assert behaviour, not speed.
vi.setConfig({ testTimeout: 20_000 });

function user(id: number, name: string, extra: Partial<SellUser> = {}): SellUser {
  return {
    id,
    name,
    email: null,
    status: 'active',
    role: 'user',
    group: null,
    reports_to: null,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    deleted_at: null,
    ...extra,
  };
}

const amelia = user(1, 'Amelia Hart', { role: 'admin' });
const kenji = user(2, '渡辺 健二', { role: 'admin' });
const omar = user(3, 'Omar Haddad');
const pool = user(4, 'Round Robin – EMEA', { sell_login_disabled: true });
const lars = user(5, 'Lars Øberg', { status: 'inactive' });
const paging = { hasMore: false, loadingMore: false, onLoadMore: () => undefined, onLookUp: () => undefined, onRetry: () => undefined };
const ready = (users: SellUser[]): UsersLoad => ({ status: 'ready', users, ...paging });

let latest: Settings;

interface HarnessProps {
  app?: AdminApp;
  initial?: Partial<Settings>;
  users?: UsersLoad;
}

function Harness({ app = 'sell-in-support', initial = {}, users = ready([amelia, kenji, omar, pool, lars]) }: HarnessProps) {
  const [values, setValues] = useState<Settings>(() => ({ ...defaultSettings(), ...initial }));
  return (
    <IntegrationSettingsForm
      app={app}
      values={values}
      onChange={(patch) => {
        latest = { ...latest, ...patch };
        setValues((current) => ({ ...current, ...patch }));
      }}
      statuses={['New', 'Working', 'Unqualified']}
      sources={['Zendesk Support', 'Website']}
      referenceError={null}
      users={users}
    />
  );
}

/** Renders the form; `latest` follows every change it reports. */
function renderForm(props: HarnessProps = {}) {
  latest = { ...defaultSettings(), ...props.initial };
  return renderUi(<Harness {...props} />);
}

const effect = () => screen.getByTestId('owner-effect');
/**
 * Garden keeps an editable combobox's input `hidden` (showing the value instead) until it has focus; clicking its
 * label focuses it, as a user's click on the field would.
 */
async function focusCombobox(u: ReturnType<typeof userEvent.setup>, name: string): Promise<HTMLElement> {
  await u.click(screen.getByText(name, { selector: 'label' }));
  return screen.getByRole('combobox', { name });
}
const ownersInput = () => screen.getByRole('combobox', { name: text('admin.owners.label'), hidden: true });

it('explains both data access modes and switches between them', async () => {
  const u = userEvent.setup();
  renderForm();
  const allAgents = screen.getByRole('radio', { name: text('admin.access.all_agents') });
  expect(allAgents).toHaveAccessibleDescription(text('admin.access.all_agents_hint'));
  expect(screen.getByRole('radio', { name: text('admin.access.sell_users_only') })).toBeChecked();
  await u.click(allAgents);
  expect(latest.dataAccess).toBe('all_agents');
});

it('picks the lead status among Sell statuses and flags a saved one Sell does not have', async () => {
  const u = userEvent.setup();
  renderForm({ initial: { leadStatus: 'Gone' } });
  expect(screen.getByText(text('admin.lead_status.not_in_sell', { name: 'Gone' }))).toBeInTheDocument();
  await u.click(screen.getByRole('combobox', { name: text('admin.lead_status.label') }));
  await u.click(screen.getByRole('option', { name: 'Working' }));
  expect(latest.leadStatus).toBe('Working');
  expect(screen.queryByText(text('admin.lead_status.not_in_sell', { name: 'Gone' }))).not.toBeInTheDocument();
});

it('accepts a new lead source name and says it is created on first use', async () => {
  const u = userEvent.setup();
  renderForm({ initial: { leadSource: 'Website' } });
  const input = await focusCombobox(u, text('admin.lead_source.label'));
  await u.clear(input);
  await u.type(input, 'Partner referral');
  expect(latest.leadSource).toBe('Partner referral');
  expect(screen.getByText(text('admin.lead_source.new', { name: 'Partner referral' }))).toBeInTheDocument();
});

it('chooses an existing lead source from the list, or none', async () => {
  const u = userEvent.setup();
  renderForm({ initial: { leadSource: null } });
  await focusCombobox(u, text('admin.lead_source.label'));
  await u.click(screen.getByRole('option', { name: 'Zendesk Support' }));
  expect(latest.leadSource).toBe('Zendesk Support');
  await focusCombobox(u, text('admin.lead_source.label'));
  await u.click(screen.getByRole('option', { name: text('admin.lead_source.none') }));
  expect(latest.leadSource).toBeNull();
});

it('adds owners by search, marks distributions, and explains the outcome with core’s owner rule', async () => {
  const u = userEvent.setup();
  renderForm();
  expect(effect()).toHaveAttribute('data-kind', 'creator');

  await u.type(await focusCombobox(u, text('admin.owners.label')), 'robin');
  const options = screen.getAllByRole('option');
  expect(options).toHaveLength(1);
  expect(options[0]).toHaveTextContent(text('admin.owners.distribution'));
  await u.click(options[0]!);

  expect(latest.leadOwners).toEqual([{ kind: 'distribution', id: pool.id }]);
  const chosen = screen.getByRole('list', { name: text('admin.owners.chosen') });
  expect(within(chosen).getByRole('listitem')).toHaveTextContent(text('admin.owners.distribution'));
  expect(effect()).toHaveTextContent(text('admin.effect.fixed_distribution', { name: pool.name }));

  await u.type(await focusCombobox(u, text('admin.owners.label')), 'omar');
  await u.click(screen.getByRole('option', { name: omar.name }));
  expect(effect()).toHaveTextContent(text('admin.effect.choose', { number: 2 }));
});

it('removes an owner and returns focus to the search', async () => {
  const u = userEvent.setup();
  renderForm({ initial: { leadOwners: [{ kind: 'user', id: omar.id }] } });
  await u.click(screen.getByRole('button', { name: text('admin.owners.remove', { name: omar.name }) }));
  expect(latest.leadOwners).toEqual([]);
  expect(ownersInput()).toHaveFocus();
});

it('flags a saved owner that is inactive or unknown in Sell', () => {
  renderForm({ initial: { leadOwners: [{ kind: 'user', id: lars.id }, { kind: 'user', id: 999 }] } });
  const items = within(screen.getByRole('list', { name: text('admin.owners.chosen') })).getAllByRole('listitem');
  expect(items[0]).toHaveTextContent(text('admin.owners.flag_inactive'));
  expect(items[1]).toHaveTextContent(text('admin.owners.unknown_name', { id: 999 }));
  expect(items[1]).toHaveTextContent(text('admin.owners.flag_unknown'));
  expect(effect()).toHaveTextContent(text('admin.effect.all_owners_unavailable'));
});

it.each([
  ['sell_users_only', {}, 'creator', text('admin.effect.creator')],
  ['all_agents with a primary admin', { dataAccess: 'all_agents', primaryAdminId: kenji.id }, 'primary_admin', text('admin.effect.primary_admin', { name: kenji.name })],
  ['all_agents without a primary admin', { dataAccess: 'all_agents', primaryAdminId: null }, 'error', text('admin.effect.primary_admin_unset')],
  ['any owner allowed', { allowAnyOwner: true }, 'any', text('admin.effect.any')],
] as const)('says who gets a lead with no owner chosen: %s', (_row, initial, kind, sentence) => {
  renderForm({ initial });
  expect(effect()).toHaveAttribute('data-kind', kind);
  expect(effect()).toHaveTextContent(sentence);
});

it('picks the primary admin among active Sell admins only, by name', async () => {
  const u = userEvent.setup();
  renderForm({ initial: { dataAccess: 'all_agents', primaryAdminId: amelia.id } });
  const picker = screen.getByRole('combobox', { name: text('admin.primary_admin.label') });
  await u.click(picker);
  const names = screen.getAllByRole('option').map((option) => option.textContent);
  expect(names).toEqual([text('admin.primary_admin.none'), amelia.name, kenji.name]);
  await u.click(screen.getByRole('option', { name: kenji.name }));
  expect(latest.primaryAdminId).toBe(kenji.id);
  expect(effect()).toHaveTextContent(text('admin.effect.primary_admin', { name: kenji.name }));
});

it('lets agents assign any owner with the checkbox', async () => {
  const u = userEvent.setup();
  renderForm();
  await u.click(screen.getByRole('checkbox', { name: text('admin.allow_any_owner.label') }));
  expect(latest.allowAnyOwner).toBe(true);
});

it('says Sell users are loading, then offers a retry when they fail', () => {
  const loading: UsersLoad = { status: 'loading', users: [], ...paging };
  const { unmount } = renderForm({ users: loading });
  expect(screen.getByRole('status', { name: text('admin.owners.loading_label') })).toHaveTextContent(text('admin.owners.loading'));
  expect(effect()).toHaveTextContent(text('admin.effect.pending'));
  unmount();
  const onRetry = vi.fn();
  renderForm({ users: { ...loading, status: 'failed', onRetry } });
  screen.getByRole('button', { name: text('admin.owners.retry') }).click();
  expect(onRetry).toHaveBeenCalledOnce();
});

it('renders at most 50 owner options among 10,000 users and says how to narrow them', async () => {
  const u = userEvent.setup();
  const many = Array.from({ length: 10_000 }, (_, i) => user(100 + i, `Agent ${String(i).padStart(5, '0')}`));
  renderForm({ users: ready(many) });
  await focusCombobox(u, text('admin.owners.label'));
  await u.keyboard('{ArrowDown}');
  expect(screen.getAllByRole('option', { name: /^Agent/ })).toHaveLength(50);
  expect(screen.getByRole('option', { name: text('admin.owners.more', { shown: 50, total: 10_000 }) })).toBeInTheDocument();
  await u.type(ownersInput(), '09876');
  expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Agent 09876']);
});

it.each([
  ['sell-in-chat', 'admin.save_transcripts.label', 'saveTranscripts'],
  ['sell-in-support', 'admin.show_tickets.label', 'showTicketsInSell'],
] as const)('shows the own switch of %s', async (app, labelKey, key) => {
  const u = userEvent.setup();
  renderForm({ app });
  const toggle = screen.getByRole('switch', { name: text(labelKey) });
  const before = latest[key];
  await u.click(toggle);
  expect(latest[key]).toBe(!before);
});

it('shows Chat-in-Sell the sidebars’ lead settings and its own two switches', async () => {
  const u = userEvent.setup();
  renderForm({ app: 'chat-in-sell' });
  // Leads created from the top bar get what the admin chose, as in the sidebars.
  expect(screen.getAllByRole('radio').length).toBeGreaterThan(0);
  expect(screen.getByText(text('admin.owners.label'))).toBeInTheDocument();
  expect(screen.getAllByRole('switch')).toHaveLength(2);
  await u.click(screen.getByRole('switch', { name: text('admin.connect_on_load.label') }));
  await u.click(screen.getByRole('switch', { name: text('admin.show_chat_history.label') }));
  expect(latest).toMatchObject({ connectOnLoad: true, showChatHistory: false });
});

it('tells namesakes apart by email, offers more users when Sell has more, and looks up an exact email', async () => {
  const u = userEvent.setup();
  const onLoadMore = vi.fn();
  const onLookUp = vi.fn();
  const chloes = [user(201, 'Chloe Cooper', { email: 'chloe@emea.example' }), user(202, 'Chloe Cooper', { email: 'chloe@apac.example' })];
  renderForm({ users: { ...ready(chloes), hasMore: true, onLoadMore, onLookUp } });
  await focusCombobox(u, text('admin.owners.label'));
  await u.keyboard('{ArrowDown}');
  expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
    'Chloe Cooperchloe@emea.example',
    'Chloe Cooperchloe@apac.example',
    text('owner.load_more'),
  ]);
  await u.click(screen.getByRole('option', { name: text('owner.load_more') }));
  expect(onLoadMore).toHaveBeenCalledOnce();
  await u.type(ownersInput(), 'dana@emea.example');
  await waitFor(() => expect(onLookUp).toHaveBeenCalledWith('dana@emea.example'));
});

import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_FIELD_LAYOUT, parseSettings } from '@sell-bridge/core';
import { fixtures } from '@sell-bridge/sandbox';
import { english, setupSandboxServer } from '../testing';
import { renderAdmin } from '../testing/renderAdmin';
import { layoutDraftKey } from './layoutDraftStorage';

// The whole view renders in jsdom against the sandbox; on a busy machine that takes seconds per test.
vi.setConfig({ testTimeout: 60_000 });
configure({ asyncUtilTimeout: 10_000 });

const { sandbox, server } = setupSandboxServer();
const installation = () => sandbox.state.installations.find((i) => i.id === fixtures.installations.sellInSupport)!;
const published = () => {
  const parsed = parseSettings(installation().settings);
  return parsed.settings.fieldLayout;
};
const bodies: unknown[] = [];

beforeEach(() => {
  localStorage.clear();
  bodies.length = 0;
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'PUT') void request.clone().json().then((body: unknown) => bodies.push(body));
  });
});
afterEach(() => server.events.removeAllListeners());

async function openLayout() {
  const user = userEvent.setup();
  const view = renderAdmin({ sandbox });
  // A section with unsaved changes says so in its name.
  await user.click(await screen.findByRole('tab', { name: (name) => name.startsWith(english('admin.tab.layout')) }));
  await screen.findByTestId('shown-fields');
  return { user, view };
}

const shownKeys = () => within(screen.getByTestId('shown-fields')).queryAllByRole('listitem').map((item) => item.getAttribute('data-layout-field'));
/** A message whose `{date}` may be any formatted date. */
const withAnyDate = (key: 'admin.layout.restored' | 'admin.layout.restored_outdated') =>
  new RegExp(english(key, { date: '@@' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('@@', '.+'));
const publish = () => screen.getByRole('button', { name: english('admin.layout.publish') });

it('publishes the edited layout as field_layout JSON, stamped with the admin’s name, and nothing else', async () => {
  const { user } = await openLayout();
  expect(screen.getByTestId('layout-stamp')).toHaveTextContent(english('admin.layout.never_published'));
  await user.click(screen.getByRole('button', { name: english('admin.layout.remove', { field: english('field.email') }) }));
  await user.click(screen.getByRole('button', { name: english('admin.layout.add', { field: 'Referral code' }) }));
  await user.click(publish());

  expect(await screen.findByText(english('admin.layout.published'))).toBeInTheDocument();
  const layout = published();
  expect(layout.lead).toEqual([...DEFAULT_FIELD_LAYOUT.lead.filter((key) => key !== 'email'), 'custom:Referral code']);
  expect(layout.person).toEqual(DEFAULT_FIELD_LAYOUT.person);
  expect(layout.updated_by).toBe('Amelia Hart');
  expect(Date.parse(layout.updated_at ?? '')).not.toBeNaN();
  await waitFor(() => expect(bodies).toHaveLength(1));
  expect(Object.keys((bodies[0] as { settings: object }).settings)).toEqual(['field_layout']);
  expect(screen.getByTestId('layout-stamp')).toHaveTextContent(/Amelia Hart/);
  expect(publish()).toBeDisabled();
});

it('keeps unpublished edits when the admin leaves and comes back, until discarded', async () => {
  const first = await openLayout();
  await first.user.click(screen.getByRole('button', { name: english('admin.layout.move_down', { field: english('field.email') }) }));
  expect(shownKeys().slice(0, 2)).toEqual(['phone', 'email']);
  await waitFor(() => expect(localStorage.getItem(layoutDraftKey(fixtures.installations.sellInSupport))).not.toBeNull());
  first.view.unmount();

  const second = await openLayout();
  expect(shownKeys().slice(0, 2)).toEqual(['phone', 'email']);
  expect(screen.getByText(withAnyDate('admin.layout.restored'))).toBeInTheDocument();
  expect(screen.getByRole('tab', { name: `${english('admin.tab.layout')} (${english('admin.unsaved')})` })).toBeInTheDocument();
  expect(screen.getByRole('tab', { name: english('admin.layout.unpublished_tab', { widget: english('record.kind.lead') }) })).toBeInTheDocument();

  await second.user.click(screen.getByRole('button', { name: english('admin.layout.discard') }));
  expect(shownKeys()).toEqual(DEFAULT_FIELD_LAYOUT.lead);
  await waitFor(() => expect(localStorage.getItem(layoutDraftKey(fixtures.installations.sellInSupport))).toBeNull());
  expect(bodies).toEqual([]);
});

it('warns when restored edits predate a newer published layout', async () => {
  localStorage.setItem(
    layoutDraftKey(fixtures.installations.sellInSupport),
    JSON.stringify({ savedAt: '2025-01-02T03:04:05.000Z', basedOn: null, widgets: { ...DEFAULT_FIELD_LAYOUT, lead: ['tags'] } }),
  );
  installation().settings.field_layout = JSON.stringify({ ...DEFAULT_FIELD_LAYOUT, updated_at: '2025-02-01T00:00:00.000Z', updated_by: 'Kenji' });
  await openLayout();
  expect(shownKeys()).toEqual(['tags']);
  expect(screen.getByText(withAnyDate('admin.layout.restored_outdated'))).toBeInTheDocument();
});

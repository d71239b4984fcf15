import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { API_AGENT_NAME, fixtures } from '@sell-bridge/sandbox';
import { english, setupSandboxServer } from '@sell-bridge/app-kit/testing';
import { rep, renderTopBar } from '../support/topBarHarness';

const { sandbox } = setupSandboxServer();
const WAIT = { timeout: 8_000 };
// Each test drives a live session through the fake host, msw and the sandbox: slower than a unit test.
vi.setConfig({ testTimeout: 30_000 });

async function openChatWith(visitor: { display_name: string; email: string }, secrets?: Record<string, string>) {
  const user = userEvent.setup();
  renderTopBar(sandbox, { settings: { connect_on_load: true }, ...(secrets ? { secrets } : {}) });
  await screen.findByText(english('topbar.online_as', { name: API_AGENT_NAME }), {}, WAIT);
  sandbox.conversations.start({ visitor, text: 'Hello' });
  await user.click(await screen.findByRole('button', { name: new RegExp(visitor.display_name) }, WAIT));
  return { user, panel: () => screen.getByRole('region', { name: english('topbar.sell.title') }) };
}

it('shows the visitor’s Sell person with a link to open it in Sell', async () => {
  const { panel } = await openChatWith({ display_name: fixtures.personWithDeals.name, email: fixtures.personWithDeals.email });
  const record = await within(panel()).findByTestId('topbar-sell-record', {}, WAIT);
  expect(record).toHaveAttribute('data-kind', 'person');
  expect(within(record).getByRole('link')).toHaveAttribute('href', `https://app.futuresimple.com/crm/contacts/${fixtures.personWithDeals.id}`);
});

it('creates a lead from a chat whose visitor is not in Sell, owned by the rep as the core rules say', async () => {
  const { user, panel } = await openChatWith({ display_name: 'Jordan Blake', email: fixtures.noMatch.email });
  expect(await within(panel()).findByText(english('topbar.sell.none', { email: fixtures.noMatch.email }), {}, WAIT)).toBeInTheDocument();

  await user.click(within(panel()).getByRole('button', { name: english('topbar.sell.create') }));
  expect(within(panel()).getByText(new RegExp(english('owner.reason.creator', { name: rep.name }).replace(/[()]/g, '.')))).toBeInTheDocument();
  await user.click(within(panel()).getByRole('button', { name: english('topbar.sell.create_confirm') }));

  await waitFor(() => expect(sandbox.state.leads.filter((l) => l.email === fixtures.noMatch.email)).toHaveLength(1), WAIT);
  const lead = sandbox.state.leads.find((l) => l.email === fixtures.noMatch.email)!;
  expect(lead).toMatchObject({ owner_id: rep.id, status: 'New', last_name: 'Blake' });
  expect(await within(panel()).findByRole('link', { name: /Jordan Blake/ }, WAIT)).toHaveAttribute('href', `https://app.futuresimple.com/leads/${lead.id}`);
});

it('explains a missing Sell token and offers a Sell search for the email instead', async () => {
  const { panel } = await openChatWith({ display_name: fixtures.leadOnly.name, email: fixtures.leadOnly.email }, { sell_api_token: '' });
  expect(await within(panel()).findByText(english('topbar.sell.no_token'), {}, WAIT)).toBeInTheDocument();
  const search = within(panel()).getByRole('link', { name: new RegExp(english('topbar.sell.search', { email: fixtures.leadOnly.email }).replace(/[.+]/g, '.')) });
  expect(search.getAttribute('href')).toContain(encodeURIComponent(fixtures.leadOnly.email));
});

it('says no record can be matched while the visitor has given no email', async () => {
  const { panel } = await openChatWith({ display_name: 'Anonymous fox', email: '' });
  expect(within(panel()).getByText(english('topbar.sell.no_email'))).toBeInTheDocument();
});

const leadsOf = (email: string) => sandbox.state.leads.filter((l) => l.email === email);
const leadPosts = () => sandbox.requestLog.filter((entry) => entry.method === 'POST' && new URL(entry.url).pathname === '/v2/leads');

async function startLead(email: string) {
  const opened = await openChatWith({ display_name: 'Jordan Blake', email });
  await within(opened.panel()).findByText(english('topbar.sell.none', { email }), {}, WAIT);
  await opened.user.click(within(opened.panel()).getByRole('button', { name: english('topbar.sell.create') }));
  return opened;
}

it('creates no second record when someone added the visitor to Sell since the panel looked, and shows that one', async () => {
  const { user, panel } = await startLead(fixtures.noMatch.email);
  // Another rep creates the lead meanwhile.
  const other = await sandbox.handle(
    new Request('https://api.getbase.com/v2/leads', {
      method: 'POST',
      headers: { Authorization: `Bearer ${sandbox.tokens.sell}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: { last_name: 'Blake', first_name: 'Jordan', email: fixtures.noMatch.email } }),
    }),
  );
  expect(other.status).toBe(200);
  const postsBefore = leadPosts().length;

  await user.click(within(panel()).getByRole('button', { name: english('topbar.sell.create_confirm') }));

  const record = await within(panel()).findByTestId('topbar-sell-record', {}, WAIT);
  expect(record).toHaveAttribute('data-kind', 'lead');
  expect(leadsOf(fixtures.noMatch.email)).toHaveLength(1);
  expect(leadPosts()).toHaveLength(postsBefore);
});

it('posts once for a double click on confirm', async () => {
  const { user, panel } = await startLead(fixtures.noMatch.email);
  const confirm = within(panel()).getByRole('button', { name: english('topbar.sell.create_confirm') });
  await user.dblClick(confirm);

  await within(panel()).findByRole('link', { name: /Jordan Blake/ }, WAIT);
  expect(leadPosts()).toHaveLength(1);
  expect(leadsOf(fixtures.noMatch.email)).toHaveLength(1);
});

it('explains a failed POST without retrying it, and creates the lead once when the rep tries again', async () => {
  sandbox.faults.inject({ match: { method: 'POST', path: '/v2/leads' }, status: 503, count: 1 });
  const { user, panel } = await startLead(fixtures.noMatch.email);
  await user.click(within(panel()).getByRole('button', { name: english('topbar.sell.create_confirm') }));

  // A 5xx may come after Sell wrote the lead: "not created" is said only once the lookup has shown it.
  expect(await within(panel()).findByRole('alert', {}, WAIT)).toHaveTextContent(english('lead.failed.not_created'));
  expect(leadPosts()).toHaveLength(1);
  expect(leadsOf(fixtures.noMatch.email)).toEqual([]);

  // The confirm button stays: trying again is the rep's choice.
  await user.click(within(panel()).getByRole('button', { name: english('topbar.sell.create_confirm') }));
  await within(panel()).findByRole('link', { name: /Jordan Blake/ }, WAIT);
  expect(leadPosts()).toHaveLength(2);
  expect(leadsOf(fixtures.noMatch.email)).toHaveLength(1);
});

it('lets the rep choose among several configured owners, and sends nothing until one is chosen', async () => {
  const [first, second] = [fixtures.regularUser, fixtures.managerUser];
  const user = userEvent.setup();
  renderTopBar(sandbox, { settings: { connect_on_load: true, lead_owners: `user:${first.id},user:${second.id}` } });
  await screen.findByText(english('topbar.online_as', { name: API_AGENT_NAME }), {}, WAIT);
  sandbox.conversations.start({ visitor: { display_name: 'Jordan Blake', email: fixtures.noMatch.email }, text: 'Hello' });
  await user.click(await screen.findByRole('button', { name: /Jordan Blake/ }, WAIT));
  const panel = () => screen.getByRole('region', { name: english('topbar.sell.title') });
  await within(panel()).findByText(english('topbar.sell.none', { email: fixtures.noMatch.email }), {}, WAIT);
  await user.click(within(panel()).getByRole('button', { name: english('topbar.sell.create') }));

  await user.click(within(panel()).getByRole('button', { name: english('topbar.sell.create_confirm') }));
  expect(await within(panel()).findByText(english('lead.error.owner_required'))).toBeInTheDocument();
  expect(leadPosts()).toEqual([]);

  await user.click(within(panel()).getByRole('combobox', { hidden: true }));
  const listbox = await screen.findByRole('listbox', { name: english('owner.listbox') });
  await user.click(within(listbox).getByRole('option', { name: new RegExp(second.name) }));
  await user.click(within(panel()).getByRole('button', { name: english('topbar.sell.create_confirm') }));

  await within(panel()).findByRole('link', { name: /Jordan Blake/ }, WAIT);
  expect(leadsOf(fixtures.noMatch.email)).toEqual([expect.objectContaining({ owner_id: second.id })]);
  expect(leadPosts()).toHaveLength(1);
});

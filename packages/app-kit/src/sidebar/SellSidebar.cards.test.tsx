import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures } from '@sell-bridge/sandbox';
import { DEFAULT_FIELD_LAYOUT, sellRecordUrl, type SellLead } from '@sell-bridge/core';
import { english, requestPaths, setupSandboxServer } from '../testing';
import { fieldLayout, renderSidebar, visitor } from '../testing/renderSidebar';
import LeadCreation from '../lead/LeadCreation';

const { sandbox } = setupSandboxServer();

const ana = visitor(fixtures.personWithDeals.email, null, 'Ana');

/** The card of the best match, once loaded. */
async function primaryCard(): Promise<HTMLElement> {
  const cards = await screen.findAllByTestId('sell-record');
  return cards[0]!;
}

/** A card's field value by its layout key (`email`, `custom:VIP`...). */
function valueOf(card: HTMLElement, key: string): HTMLElement | null {
  return card.querySelector(`dd[data-field="${CSS.escape(key)}"]`);
}

/** The layout keys a card shows, in order. */
function fieldKeys(card: HTMLElement): string[] {
  return [...card.querySelectorAll(':scope > dl > dt')].map((dt) => (dt as HTMLElement).dataset.field ?? '');
}

const money = (value: number, currency: string) => new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(value);

it('shows the person with the fields of the person layout, its company linked, and its three deals with their values', async () => {
  renderSidebar(sandbox, ana);

  const card = await primaryCard();
  await waitFor(() => expect(within(card).getAllByTestId('sell-deal')).toHaveLength(3));
  expect(card).toHaveAttribute('data-kind', 'person');
  expect(within(card).getByRole('heading', { name: fixtures.personWithDeals.name })).toBeInTheDocument();
  // The owner is in the header, so the layout's `owner` row is not repeated below it.
  expect(fieldKeys(card)).toEqual(['email', 'phone', 'mobile', 'title', 'tags']);
  expect(within(card).getByText(english('field.email'))).toBeInTheDocument();
  expect(within(valueOf(card, 'email')!).getByRole('link')).toHaveAttribute('href', `mailto:${fixtures.personWithDeals.email}`);
  expect(within(valueOf(card, 'phone')!).getByRole('link')).toHaveAttribute('href', 'tel:+49301234567');
  expect(valueOf(card, 'title')).toHaveTextContent('Head of Sales');
  expect(within(card).getByText(english('record.owner', { name: fixtures.regularUser.name }))).toBeInTheDocument();
  const company = within(card).getByRole('link', { name: new RegExp(fixtures.company.name) });
  expect(company).toHaveAttribute('href', sellRecordUrl('company', fixtures.company.id));

  const stageName = (id: number | null) => sandbox.state.stages.find((s) => s.id === id)?.name;
  const expected = fixtures.personWithDeals.dealIds.map((id) => {
    const deal = sandbox.state.deals.find((d) => d.id === id)!;
    return { id, value: money(Number(deal.value), deal.currency!), stage: stageName(deal.stage_id)! };
  });
  for (const { id, value, stage } of expected) {
    const item = within(card).getAllByTestId('sell-deal').find((el) => el.dataset.id === String(id))!;
    expect(valueOf(item, 'value')).toHaveTextContent(value);
    expect(valueOf(item, 'stage')).toHaveTextContent(stage);
    expect(valueOf(item, 'owner')).toHaveTextContent(fixtures.regularUser.name);
    expect(within(item).getAllByRole('link')[0]).toHaveAttribute('href', sellRecordUrl('deal', id));
  }
  const hotDeal = within(card).getAllByTestId('sell-deal').find((el) => el.dataset.id === String(fixtures.personWithDeals.dealIds[0]))!;
  expect(valueOf(hotDeal, 'hot')).toHaveTextContent(english('value.yes'));
  expect(within(card).getByRole('link', { name: new RegExp(english('record.open_in_sell')) })).toHaveAttribute(
    'href',
    sellRecordUrl('person', fixtures.personWithDeals.id),
  );
});

it('shows the fields of the layout published in the settings, in its order', async () => {
  const layout = fieldLayout({ person: ['customer_status', 'mobile', 'custom:Hobbies'], deal: ['stage'] });
  renderSidebar(sandbox, ana, { settings: { field_layout: layout } });

  const card = await primaryCard();
  await waitFor(() => expect(within(card).getAllByTestId('sell-deal')).toHaveLength(3));
  const person = sandbox.state.contacts.find((c) => c.id === fixtures.personWithDeals.id)!;
  const hobbies = person.custom_fields.Hobbies;
  expect(fieldKeys(card)).toEqual(['customer_status', 'mobile', ...(Array.isArray(hobbies) && hobbies.length > 0 ? ['custom:Hobbies'] : [])]);
  expect(valueOf(card, 'customer_status')).toHaveTextContent(english('value.customer_status.current'));
  expect(screen.queryByText(english('field.email'))).not.toBeInTheDocument();
  for (const item of within(card).getAllByTestId('sell-deal')) {
    expect([...item.querySelectorAll('dt')].map((dt) => dt.dataset.field)).toEqual(['stage']);
  }
});

it.each([
  ['lead', fixtures.hostile.leadEmail],
  ['person', fixtures.hostile.contactEmail],
])('renders the hostile %s’s values as text and links nothing but http(s), mailto and tel', async (kind, email) => {
  const everything = ['title', 'email', 'website', 'linkedin', 'description', 'tags', 'address'];
  const customs = (resource: 'lead' | 'contact') => sandbox.state.customFields[resource].map((f) => `custom:${f.name}`);
  const layout = fieldLayout({ lead: [...everything, ...customs('lead')], person: [...everything, ...customs('contact')] });
  const user = userEvent.setup();
  const { container } = renderSidebar(sandbox, visitor(email), { settings: { field_layout: layout } });

  const card = await primaryCard();
  expect(card).toHaveAttribute('data-kind', kind);
  expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(fixtures.hostile.xss);
  expect(valueOf(card, 'title')).toHaveTextContent(fixtures.hostile.xss);
  expect(valueOf(card, 'website')).toHaveTextContent(fixtures.hostile.scriptUrl);
  expect(within(valueOf(card, 'website')!).queryByRole('link')).not.toBeInTheDocument();
  expect(container.querySelectorAll('img, script, b')).toHaveLength(0);
  const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !/^(https:|mailto:|tel:)/.test(href))).toEqual([]);
  expect(container.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);

  // The 5,000-character description is cut, with a toggle that shows it whole.
  const description = valueOf(card, 'description')!;
  const more = within(description).getByRole('button', { name: english('record.show_more') });
  expect(more).toHaveAttribute('aria-expanded', 'false');
  const cut = description.textContent.length;
  await user.click(more);
  expect(within(description).getByRole('button', { name: english('record.show_less') })).toHaveAttribute('aria-expanded', 'true');
  expect(description.textContent.length).toBeGreaterThan(cut + 4000);
});

it('opens the best match first and keeps the other matches one click away', async () => {
  const user = userEvent.setup();
  renderSidebar(sandbox, visitor(fixtures.sharedEmail.email));

  const card = await primaryCard();
  expect(card).toHaveAttribute('data-kind', 'person');
  expect(screen.getByRole('heading', { name: english('record.others.title') })).toBeInTheDocument();
  const toggle = screen.getByRole('button', { name: /Sam Taylor/ });
  expect(toggle).toHaveTextContent(english('record.kind.lead'));
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(screen.getAllByRole('link', { name: new RegExp(english('record.open_in_sell')) })).toHaveLength(1);

  await user.click(toggle);

  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const links = screen.getAllByRole('link', { name: new RegExp(english('record.open_in_sell')) });
  expect(links.map((a) => a.getAttribute('href'))).toEqual([
    sellRecordUrl('person', fixtures.sharedEmail.contactId),
    sellRecordUrl('lead', fixtures.sharedEmail.leadId),
  ]);
});

it('says how many more records matched than the sidebar shows', async () => {
  const base = sandbox.state.leads.find((l) => l.id === fixtures.leadOnly.id)!;
  const copies: SellLead[] = Array.from({ length: 6 }, (_, i) => ({ ...base, id: 29_000_001 + i }));
  sandbox.state.leads.push(...copies);
  renderSidebar(sandbox, visitor(fixtures.leadOnly.email));

  await primaryCard();
  // 7 leads share the email: the best one, 4 others, and 2 counted.
  expect(screen.getAllByTestId('sell-record')).toHaveLength(5);
  expect(screen.getByText(english('record.more.other', { count: 2 }))).toBeInTheDocument();
});

it('opens the same person a second time with at most 4 Sell requests in 2 waves once the reference data is cached', async () => {
  const { queryClient } = renderSidebar(sandbox, ana);
  const card = await primaryCard();
  await waitFor(() => expect(within(card).getAllByTestId('sell-deal')).toHaveLength(3));
  const cold = requestPaths(sandbox);
  sandbox.clearLog();

  await act(() => queryClient.resetQueries());
  const again = await primaryCard();
  await waitFor(() => expect(within(again).getAllByTestId('sell-deal')).toHaveLength(3));

  const warm = requestPaths(sandbox);
  expect(warm).toHaveLength(4);
  // Wave 1 (leads and contacts by email), then wave 2 (deals and the company), never interleaved.
  expect(warm.slice(0, 2).sort()).toEqual(['GET /v2/contacts', 'GET /v2/leads']);
  expect(warm.slice(2).sort()).toEqual([`GET /v2/contacts/${String(fixtures.company.id)}`, 'GET /v2/deals']);
  // The first open also filled the cache: users (every page), and the lead sources and stages the default layout shows.
  expect(cold.length).toBeGreaterThan(warm.length);
  expect(cold).toEqual(expect.arrayContaining(['GET /v2/users', 'GET /v2/lead_sources', 'GET /v2/stages']));
  expect(warm.some((path) => path.startsWith('GET /v2/users'))).toBe(false);
});

it('tells an admin which layout fields no longer exist in Sell', async () => {
  const layout = fieldLayout({ person: ['email', 'custom:Gone field'] });
  renderSidebar(sandbox, ana, { settings: { field_layout: layout } });

  await primaryCard();
  const problem = english('layout.unknown_field', { field: 'custom:Gone field', position: 2 });
  expect(await screen.findByText(english('admin.hints.widget', { widget: english('record.kind.person'), problem }))).toBeInTheDocument();
});

it.each([
  ['broken JSON', '{"person": ["email"'],
  ['a widget that is not a list', JSON.stringify({ person: 'email' })],
])('still shows an agent the records, with the default layout, when the published layout is %s; an admin is told', async (_name, layout) => {
  const agent = renderSidebar(sandbox, ana, { settings: { field_layout: layout }, currentUser: { email: fixtures.regularUser.email, role: 'agent' } });
  const card = await primaryCard();
  expect(fieldKeys(card)).toEqual(DEFAULT_FIELD_LAYOUT.person.filter((key) => fieldKeys(card).includes(key)));
  expect(fieldKeys(card).length).toBeGreaterThan(0);
  expect(screen.queryByText(english('admin.hints.title'))).not.toBeInTheDocument();
  agent.unmount();

  renderSidebar(sandbox, ana, { settings: { field_layout: layout } });
  await primaryCard();
  expect(await screen.findByText(english('admin.hints.title'))).toBeInTheDocument();
});

it('does not show layout hints to an agent', async () => {
  const layout = fieldLayout({ person: ['email', 'custom:Gone field'] });
  renderSidebar(sandbox, ana, { settings: { field_layout: layout }, currentUser: { email: fixtures.regularUser.email, role: 'agent' } });

  await primaryCard();
  expect(screen.queryByText(english('admin.hints.title'))).not.toBeInTheDocument();
});

it('lists each settings problem to an admin with its values filled in', async () => {
  renderSidebar(sandbox, ana, { settings: { data_access: 'everyone', lead_owners: 'user:1, bogus', save_transcripts: 'maybe' } });

  expect(await screen.findByText(english('settings.problem.data_access_unknown', { value: 'everyone' }))).toBeInTheDocument();
  expect(screen.getByText(english('settings.problem.owner_malformed', { entry: 'bogus' }))).toBeInTheDocument();
  expect(screen.getByText(english('settings.problem.boolean_invalid', { param: 'save_transcripts', value: 'maybe' }))).toBeInTheDocument();
});

it('explains why an agent without an active Sell user has no access', async () => {
  renderSidebar(sandbox, ana, { currentUser: { email: fixtures.inactiveUser.email, role: 'agent' } });

  expect(await screen.findByText(english('state.no_access.title'))).toBeInTheDocument();
  expect(screen.getByText(english('access.reason.sell_user_inactive'))).toBeInTheDocument();
});

it('says a phone number could not be searched on a plan without the Search API, instead of a plain no match, and the lead form says Sell was not checked', async () => {
  sandbox.state.searchApiEnabled = false;
  renderSidebar(sandbox, visitor(null, fixtures.phoneOnlyLead.phone, fixtures.phoneOnlyLead.name), {
    noMatch: ({ identity, settings, match, agentId }) => (
      <LeadCreation identity={identity} origin={{ kind: 'chat', chatId: 'c1' }} settings={settings} viewer={match.viewer} phoneUnchecked={match.phoneUnsearchable} draftKey={null} agentId={agentId} onCreated={match.showCreatedLead} />
    ),
  });
  expect(await screen.findByText(english('match.phone_unsearchable.title'))).toBeInTheDocument();
  expect(screen.getByText(english('match.phone_unsearchable.body', { phone: fixtures.phoneOnlyLead.phone }))).toBeInTheDocument();
  expect(screen.queryByText(english('match.none.title'))).not.toBeInTheDocument();
  expect(await screen.findByText(english('lead.phone_unchecked'), {}, { timeout: 10_000 })).toBeInTheDocument();
});

it('still says plainly that nobody matches when the phone number was searched', async () => {
  renderSidebar(sandbox, visitor(null, '+1 202 555 0199', 'Nobody'));
  expect(await screen.findByText(english('match.none.title'))).toBeInTheDocument();
  expect(screen.queryByText(english('match.phone_unsearchable.title'))).not.toBeInTheDocument();
});

/** The sidebar with the lead form as the apps wire it, for the no-match visitor; resolves once a lead is submitted. */
async function createLeadFromSidebar(settings: Record<string, string> = {}): Promise<HTMLElement> {
  const user = userEvent.setup();
  renderSidebar(sandbox, visitor(fixtures.noMatch.email, null, 'Jordan Blake'), {
    settings,
    noMatch: ({ identity, settings: parsed, match, agentId }) => (
      <LeadCreation identity={identity} origin={{ kind: 'chat', chatId: 'c1' }} settings={parsed} viewer={match.viewer} draftKey={null} agentId={agentId} onCreated={match.showCreatedLead} />
    ),
  });
  const submit = await screen.findByRole('button', { name: english('lead.submit') }, { timeout: 10_000 });
  await waitFor(() => expect(screen.queryByText(english('owner.loading'))).not.toBeInTheDocument());
  await user.click(submit);
  return primaryCard();
}

it('confirms a lead created from the sidebar above its new card', async () => {
  // The form gives way to the new lead's card, and the confirmation stays, above it.
  const card = await createLeadFromSidebar();
  expect(card).toHaveAttribute('data-kind', 'lead');
  const notice = screen.getByTestId('lead-created');
  expect(notice).toHaveTextContent(english('lead.created.title'));
  expect(notice.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

it('names a lead source the submit created on the new lead’s card, instead of its id', async () => {
  const card = await createLeadFromSidebar({ lead_source: 'Spring fair 2027' });
  await waitFor(() => expect(valueOf(card, 'source')).toHaveTextContent('Spring fair 2027'));
});

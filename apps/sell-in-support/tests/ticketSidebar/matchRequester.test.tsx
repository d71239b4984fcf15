import { act, screen, waitFor, within } from '@testing-library/react';
import { fixtures } from '@sell-bridge/sandbox';
import { english, renderTicketSidebar, requestPaths, setupSandboxServer } from '../harness';

const { sandbox } = setupSandboxServer();

/** A card's "open in Sell" link (collapsed cards included: they stay in the document, hidden). */
const openInSell = (card: HTMLElement) => within(card).getByText(english('record.open_in_sell')).closest('a')!;

const SELL_APP = 'https://app.futuresimple.com';

/** The matched records in the order the sidebar shows them, as `kind href`. */
async function shownRecords(): Promise<string[]> {
  const found = await screen.findByRole('region', { name: english('match.found') });
  return within(found)
    .getAllByTestId('sell-record')
    .map((card) => `${card.dataset.kind} ${openInSell(card).getAttribute('href')}`);
}

it('shows the person whose email is the requester’s, with a link that opens the contact in Sell', async () => {
  renderTicketSidebar(sandbox, { requester: { name: 'Ana', email: fixtures.personWithDeals.email } });

  expect(await shownRecords()).toEqual([`person ${SELL_APP}/crm/contacts/${fixtures.personWithDeals.id}`]);
  expect(screen.getByTestId('sell-record')).toHaveTextContent(fixtures.personWithDeals.name);
});

it('shows a lead when only a lead has the requester’s email', async () => {
  renderTicketSidebar(sandbox, { requester: { name: 'Lucía', email: fixtures.leadOnly.email } });

  expect(await shownRecords()).toEqual([`lead ${SELL_APP}/leads/${fixtures.leadOnly.id}`]);
  expect(screen.getByTestId('sell-record')).toHaveTextContent(fixtures.leadOnly.name);
});

it('puts the person first and the lead among the others when both share the email', async () => {
  renderTicketSidebar(sandbox, { requester: { name: 'Sam', email: fixtures.sharedEmail.email.toUpperCase() } });

  expect(await shownRecords()).toEqual([
    `person ${SELL_APP}/crm/contacts/${fixtures.sharedEmail.contactId}`,
    `lead ${SELL_APP}/leads/${fixtures.sharedEmail.leadId}`,
  ]);
});

it('finds a lead by phone through Search when the requester has no email', async () => {
  renderTicketSidebar(sandbox, { requester: { name: 'Yuki', email: null, phone: fixtures.phoneOnlyLead.phone } });

  expect(await shownRecords()).toEqual([`lead ${SELL_APP}/leads/${fixtures.phoneOnlyLead.id}`]);
  expect(requestPaths(sandbox)).toContain('POST /v3/leads/search');
});

it('says the phone could not be searched, rather than no match, when the plan has no Search API', async () => {
  sandbox.state.searchApiEnabled = false;
  renderTicketSidebar(sandbox, { requester: { name: 'Yuki', email: null, phone: fixtures.phoneOnlyLead.phone } });

  expect(await screen.findByText(english('match.phone_unsearchable.title'))).toBeInTheDocument();
  expect(requestPaths(sandbox)).toContain('POST /v3/leads/search');
  expect(screen.queryByText(english('match.none.title'))).not.toBeInTheDocument();
  // The lead form that follows says Sell was not checked for the number.
  expect(await screen.findByText(english('lead.phone_unchecked'), {}, { timeout: 10_000 })).toBeInTheDocument();
});

it('says nobody in Sell has the email when nothing matches', async () => {
  renderTicketSidebar(sandbox, { requester: { name: 'Nobody', email: fixtures.noMatch.email } });

  expect(await screen.findByText(english('match.none.title'))).toBeInTheDocument();
  expect(screen.getByText(english('match.none.body', { email: fixtures.noMatch.email }))).toBeInTheDocument();
  expect(screen.queryByTestId('sell-record')).not.toBeInTheDocument();
});

it('says the customer has no email or phone when the requester has neither', async () => {
  renderTicketSidebar(sandbox, { requester: { name: 'Anonymous', email: null } });

  expect(await screen.findByText(english('match.none.no_identity'))).toBeInTheDocument();
  expect(requestPaths(sandbox).filter((path) => !path.startsWith('GET /v2/users'))).toEqual([]);
});

it('matches again when the requester changes, without showing the previous requester’s record meanwhile', async () => {
  const { client } = renderTicketSidebar(sandbox, { requester: { name: 'Ana', email: fixtures.personWithDeals.email } });
  expect(await screen.findByText(fixtures.personWithDeals.name)).toBeInTheDocument();
  // Slow answers for the new requester keep the sidebar between the two matches long enough to look at it.
  sandbox.faults.inject({ match: { path: '/v2/leads' }, latencyMs: 1500 });

  act(() => client.setPath('ticket.requester', { id: 360_100_002, name: 'Lucía', email: fixtures.leadOnly.email }));

  expect(await screen.findByRole('status', { name: english('app.loading') })).toBeInTheDocument();
  expect(screen.queryByText(fixtures.personWithDeals.name)).not.toBeInTheDocument();
  expect(await screen.findByText(fixtures.leadOnly.name, {}, { timeout: 5000 })).toBeInTheDocument();
  await waitFor(() => expect(screen.getAllByTestId('sell-record')).toHaveLength(1));
  expect(screen.queryByText(fixtures.personWithDeals.name)).not.toBeInTheDocument();
});

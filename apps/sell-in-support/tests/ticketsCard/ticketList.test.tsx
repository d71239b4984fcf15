import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toTicketSummaries } from '@sell-bridge/core';
import { fixtures } from '@sell-bridge/sandbox';
import { fr } from '@sell-bridge/ui/testing';
import { english, setupSandboxServer } from '../harness';
import { renderTicketsCard, supportRequests, ticketsOf } from './renderTicketsCard';

// Whole-app renders through Garden and the retry loop; a loaded CI machine needs more than the 5 s default.
vi.setConfig({ testTimeout: 15_000 });

const { sandbox } = setupSandboxServer();

const items = () => screen.getAllByTestId('support-ticket');
const ids = () => items().map((item) => Number(item.getAttribute('data-id')));

it('lists the lead’s tickets newest first with status, priority, assignee, update time and a link into Support', async () => {
  renderTicketsCard(sandbox, { paths: { 'lead.email': fixtures.leadOnly.email }, timezone: 'UTC+02:00' });

  expect(await screen.findAllByTestId('support-ticket')).toHaveLength(10);
  const expected = ticketsOf(sandbox, fixtures.leadOnly.email);
  expect(ids()).toEqual(expected.slice(0, 10).map((t) => t.id));
  expect(screen.getByRole('heading', { name: english('tickets.title_count', { total: fixtures.leadOnly.ticketCount }) })).toBeInTheDocument();

  const agents = sandbox.state.supportUsers.filter((u) => u.role !== 'end-user');
  const summaries = toTicketSummaries(expected.slice(0, 10), { users: agents, locale: 'en-US', timeZone: 'UTC+02:00' });
  items().forEach((item, i) => {
    const ticket = expected[i]!;
    const summary = summaries[i]!;
    const scope = within(item);
    expect(scope.getByText(english(`tickets.status.${ticket.status}`))).toHaveAttribute('data-status', ticket.status);
    expect(item).toHaveTextContent(english('tickets.updated', { time: summary.updated! }));
    if (ticket.priority) expect(item).toHaveTextContent(english(`tickets.priority.${ticket.priority}`));
    if (summary.assignee.kind === 'agent') expect(item).toHaveTextContent(english('tickets.assignee', { name: summary.assignee.name }));
    else expect(item).toHaveTextContent(english('tickets.unassigned'));
    const link = scope.getByRole('link');
    expect(link).toHaveAttribute('href', `https://example.zendesk.com/agent/tickets/${String(ticket.id)}`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.closest('[dir="auto"]')).not.toBeNull();
  });
});

it('loads the rest on “load more”, keeps the order, and stops offering more', async () => {
  const user = userEvent.setup();
  renderTicketsCard(sandbox, { paths: { 'lead.email': fixtures.leadOnly.email } });

  expect(await screen.findAllByTestId('support-ticket')).toHaveLength(10);
  await user.click(screen.getByRole('button', { name: english('tickets.load_more') }));

  await waitFor(() => expect(items()).toHaveLength(fixtures.leadOnly.ticketCount));
  expect(ids()).toEqual(ticketsOf(sandbox, fixtures.leadOnly.email).map((t) => t.id));
  expect(screen.queryByRole('button', { name: english('tickets.load_more') })).not.toBeInTheDocument();
  // One users search, then one request per page; nothing is read twice.
  expect(supportRequests(sandbox).filter((r) => r.includes('/requested.json'))).toHaveLength(2);
});

it.each([
  ['person_card', { 'contact.email': fixtures.personWithDeals.email }],
  ['deal_card', { 'deal.contact.email': fixtures.personWithDeals.email }],
] as const)('lists the customer’s tickets on a %s', async (location, paths) => {
  renderTicketsCard(sandbox, { location, paths });

  expect(await screen.findAllByTestId('support-ticket')).toHaveLength(fixtures.personWithDeals.ticketCount);
  expect(ids()).toEqual(ticketsOf(sandbox, fixtures.personWithDeals.email).map((t) => t.id));
  expect(screen.queryByRole('button', { name: english('tickets.load_more') })).not.toBeInTheDocument();
});

it('lists the tickets of a company’s people on a company card, saying whose they are', async () => {
  renderTicketsCard(sandbox, { location: 'company_card', paths: { 'contact.email': fixtures.company.email, 'contact.id': fixtures.company.id } });

  expect(await screen.findAllByTestId('support-ticket')).toHaveLength(fixtures.personWithDeals.ticketCount);
  expect(ids()).toEqual(ticketsOf(sandbox, fixtures.company.email, fixtures.personWithDeals.email).map((t) => t.id));
  expect(screen.getByText(english('tickets.scope.company'))).toBeInTheDocument();
});

it('reads the new email’s tickets when the record’s email changes', async () => {
  const { client } = renderTicketsCard(sandbox, { paths: { 'lead.email': fixtures.personWithDeals.email } });
  expect(await screen.findAllByTestId('support-ticket')).toHaveLength(fixtures.personWithDeals.ticketCount);

  client.setPath('lead.email', fixtures.noMatch.email);

  await waitFor(() => expect(ids()).toEqual(ticketsOf(sandbox, fixtures.noMatch.email).map((t) => t.id)));
});

it('speaks the rep’s language: French statuses for a French Sell user', async () => {
  renderTicketsCard(sandbox, { paths: { 'lead.email': fixtures.personWithDeals.email }, locale: 'fr-FR' });

  const first = ticketsOf(sandbox, fixtures.personWithDeals.email)[0]!;
  const item = (await screen.findAllByTestId('support-ticket'))[0]!;
  await waitFor(() => expect(within(item).getByText(fr[`tickets.status.${first.status}`]!)).toBeInTheDocument());
});

it('shows subjects as text, never as markup', async () => {
  const hostile = ticketsOf(sandbox, fixtures.leadOnly.email)[0]!;
  hostile.subject = fixtures.hostile.xss;
  const { container } = renderTicketsCard(sandbox, { paths: { 'lead.email': fixtures.leadOnly.email } });

  expect(await screen.findByRole('link', { name: new RegExp(fixtures.hostile.xss.replace(/[()]/g, '\\$&')) })).toBeInTheDocument();
  expect(container.querySelector('img')).toBeNull();
});

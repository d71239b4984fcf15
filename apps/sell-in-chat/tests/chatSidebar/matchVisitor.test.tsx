import { act, screen, waitFor, within } from '@testing-library/react';
import { fixtures } from '@sell-bridge/sandbox';
import { fakeChatContext } from '@sell-bridge/zaf/testing';
import ChatSidebar from '../../src/locations/ChatSidebar';
import { english, renderApp, sellAppSettings, setupSandboxServer } from '@sell-bridge/app-kit/testing';

const { sandbox } = setupSandboxServer();

/** A card's "open in Sell" link (collapsed cards included: they stay in the document, hidden). */
const openInSell = (card: HTMLElement) => within(card).getByText(english('record.open_in_sell')).closest('a')!;

/** The Chat sidebar of Sell-in-Chat, the Sell admin signed in as a Chat agent, with `visitor` as the host has it. */
function renderChatSidebar(visitor: { display_name: string; email: string; phone: string }) {
  return renderApp({
    sandbox,
    context: fakeChatContext(),
    locations: { chat_sidebar: ChatSidebar },
    settings: sellAppSettings({ save_transcripts: false }),
    currentUser: { email: fixtures.adminUser.email, role: 'admin', locale: 'en-US' },
    paths: { visitor },
  });
}

/** The matched records, as `kind href`. */
async function shownRecords(): Promise<string[]> {
  const found = await screen.findByRole('region', { name: english('match.found') });
  return within(found)
    .getAllByTestId('sell-record')
    .map((card) => `${card.dataset.kind} ${openInSell(card).getAttribute('href')}`);
}

it('shows the Sell person whose email is the visitor’s', async () => {
  renderChatSidebar({ display_name: 'Ana', email: fixtures.personWithDeals.email, phone: '' });

  expect(await shownRecords()).toEqual([`person https://app.futuresimple.com/crm/contacts/${fixtures.personWithDeals.id}`]);
  expect(screen.getByTestId('sell-record')).toHaveTextContent(fixtures.personWithDeals.name);
});

it('matches again when the visitor’s email changes, dropping the previous record', async () => {
  const { client } = renderChatSidebar({ display_name: 'Visitor 12', email: fixtures.personWithDeals.email, phone: '' });
  expect(await screen.findByText(fixtures.personWithDeals.name)).toBeInTheDocument();

  act(() => client.setPath('visitor.email', fixtures.leadOnly.email));

  expect(await screen.findByText(fixtures.leadOnly.name)).toBeInTheDocument();
  await waitFor(() => expect(screen.getAllByTestId('sell-record')).toHaveLength(1));
  expect(screen.getByTestId('sell-record')).toHaveAttribute('data-kind', 'lead');
  expect(screen.queryByText(fixtures.personWithDeals.name)).not.toBeInTheDocument();
});

it('matches a visitor who gave an email during the chat after having none', async () => {
  const { client } = renderChatSidebar({ display_name: 'Visitor 7', email: '', phone: '' });
  expect(await screen.findByText(english('match.none.no_identity'))).toBeInTheDocument();

  act(() => client.setPath('visitor.email', fixtures.personWithDeals.email));

  expect(await screen.findByText(fixtures.personWithDeals.name)).toBeInTheDocument();
});

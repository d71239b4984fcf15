import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures } from '@sell-bridge/sandbox';
import { fakeChatContext } from '@sell-bridge/zaf/testing';
import ChatSidebar from '../../src/locations/ChatSidebar';
import { english, renderApp, sellAppSettings, setupSandboxServer } from '@sell-bridge/app-kit/testing';

// A Garden form under jsdom on a busy machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 20_000 });

const { sandbox } = setupSandboxServer();

afterEach(() => localStorage.clear());

it('offers the lead form when nobody matches, and shows the new lead’s card once it is created', async () => {
  const user = userEvent.setup();
  renderApp({
    sandbox,
    context: fakeChatContext(),
    locations: { chat_sidebar: ChatSidebar },
    settings: sellAppSettings(),
    currentUser: { email: fixtures.adminUser.email, role: 'admin', locale: 'en-US' },
    paths: { visitor: { display_name: 'Jordan Blake', email: fixtures.noMatch.email, phone: fixtures.noMatch.phone }, chat: { id: 'chat-77' } },
  });

  expect(await screen.findByText(english('match.none.title'))).toBeInTheDocument();
  expect(await screen.findByRole('textbox', { name: english('lead.field.last_name') })).toHaveValue('Blake');
  await user.click(screen.getByRole('button', { name: english('lead.submit') }));

  const card = await screen.findByTestId('sell-record');
  const created = sandbox.state.leads.filter((lead) => lead.email === fixtures.noMatch.email);
  expect(created).toHaveLength(1);
  expect(card).toHaveAttribute('data-kind', 'lead');
  expect(card).toHaveAttribute('data-id', String(created[0]!.id));
  expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent('Jordan Blake');
  expect(screen.queryByRole('textbox', { name: english('lead.field.last_name') })).not.toBeInTheDocument();
});

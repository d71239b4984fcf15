// Temporary: proves LeadCreation renders and creates a lead inside the real AppShell before SellSidebar wires it in.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures } from '@sell-bridge/sandbox';
import { english, setupSandboxServer } from '../testing';
import { renderLead } from '../testing/renderLead';

// A whole Garden form under jsdom, typed into key by key, needs more than the default 5 s on a busy 2-core machine.
vi.setConfig({ testTimeout: 20_000 });

const { sandbox } = setupSandboxServer();
const defaults = { email: fixtures.noMatch.email, phone: fixtures.noMatch.phone, viewerId: fixtures.adminUser.id };

it('renders the lead form as a location and creates the lead in the sandbox', async () => {
  const { onCreated } = renderLead({ sandbox }, defaults);

  expect(await screen.findByRole('textbox', { name: english('lead.field.last_name') })).toHaveValue('Blake');
  await userEvent.click(screen.getByRole('button', { name: english('lead.submit') }));

  expect(await screen.findByTestId('lead-created')).toBeInTheDocument();
  expect(onCreated).toHaveBeenCalledTimes(1);
  expect(sandbox.state.leads.filter((lead) => lead.email === fixtures.noMatch.email)).toHaveLength(1);
});

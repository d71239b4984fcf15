import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures } from '@sell-bridge/sandbox';
import { translate } from '@sell-bridge/ui';
// The French catalog, so the test follows it instead of repeating its copy.
import { fr } from '@sell-bridge/ui/testing';
import { english, setupSandboxServer } from '../testing';
import { leadDraftStorageKey, LEAD_DRAFT_VERSION } from './leadDraftStorage';
import { renderLead, type RenderLeadOptions } from '../testing/renderLead';

// A whole Garden form under jsdom, typed into key by key, needs more than the default 5 s on a busy 2-core machine.
vi.setConfig({ testTimeout: 20_000 });

const { sandbox } = setupSandboxServer();
const defaults = { email: fixtures.noMatch.email, phone: fixtures.noMatch.phone, viewerId: fixtures.adminUser.id };
const render = (options: Omit<RenderLeadOptions, 'sandbox'> = {}) => renderLead({ sandbox, ...options }, defaults);

const DRAFT_KEY = leadDraftStorageKey(9001, '1002:ticket:42');
const stored = () => localStorage.getItem(DRAFT_KEY);
const field = (name: string) => screen.findByRole('textbox', { name: english(`lead.field.${name}` as 'lead.field.title') });

beforeEach(() => localStorage.clear());

it('keeps what the agent typed across an unmount and restores it, prefill included', async () => {
  const user = userEvent.setup();
  const first = render();
  await user.type(await field('title'), 'Procurement lead');
  first.unmount();

  render();
  expect(await field('title')).toHaveValue('Procurement lead');
  expect(await field('last_name')).toHaveValue('Blake');
  expect(screen.getByText(english('lead.draft.restored'))).toBeInTheDocument();
});

it('saves the draft as versioned JSON after a pause in typing', async () => {
  const user = userEvent.setup();
  render();
  await user.type(await field('organization_name'), 'Blake & Co');

  await waitFor(() => expect(stored()).not.toBeNull());
  expect(JSON.parse(stored()!)).toMatchObject({ version: LEAD_DRAFT_VERSION, values: { organization_name: 'Blake & Co' } });
});

it('never lets the prefill overwrite a stored draft', async () => {
  localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: LEAD_DRAFT_VERSION, values: { last_name: 'Blake-Smith', email: '' }, ownerId: null, savedAt: Date.now() }));
  render();

  expect(await field('last_name')).toHaveValue('Blake-Smith');
  expect(await field('email')).toHaveValue('');
  expect(await field('first_name')).toHaveValue('Jordan');
});

it('ignores a draft of another version', async () => {
  localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: 0, values: { last_name: 'Old' } }));
  render();

  expect(await field('last_name')).toHaveValue('Blake');
  expect(screen.queryByText(english('lead.draft.restored'))).not.toBeInTheDocument();
});

it('keeps the draft after a failed submit and clears it once the lead is created', async () => {
  sandbox.faults.inject({ match: { method: 'POST', path: '/v2/leads' }, status: 503, count: 1 });
  const user = userEvent.setup();
  const first = render();
  await user.type(await field('title'), 'CFO');
  await user.click(screen.getByRole('button', { name: english('lead.submit') }));
  await screen.findByTestId('lead-failure');
  first.unmount();

  render();
  expect(await field('title')).toHaveValue('CFO');
  await user.click(screen.getByRole('button', { name: english('lead.submit') }));
  await screen.findByTestId('lead-created');
  expect(stored()).toBeNull();
  expect(sandbox.state.leads.filter((lead) => lead.email === fixtures.noMatch.email && lead.title === 'CFO')).toHaveLength(1);
});

it('starts over from the prefill when the agent discards the draft', async () => {
  const user = userEvent.setup();
  const first = render();
  await user.type(await field('title'), 'Draft title');
  first.unmount();
  render();

  await user.click(await screen.findByRole('button', { name: english('lead.draft.discard') }));
  expect(await field('title')).toHaveValue('');
  expect(stored()).toBeNull();
});

it('keeps a draft per conversation', async () => {
  const user = userEvent.setup();
  const first = render();
  await user.type(await field('title'), 'Ticket 42 only');
  first.unmount();

  render({ draftKey: '1002:ticket:43', origin: { kind: 'ticket', ticketId: 43 } });
  expect(await field('title')).toHaveValue('');
});

it('keeps each agent’s draft to that agent: the next agent on the same browser starts from the prefill', async () => {
  const user = userEvent.setup();
  const first = render();
  await user.type(await field('title'), 'Only for agent 9001');
  first.unmount();

  const other = render({ agentId: 9002 });
  expect(await field('title')).toHaveValue('');
  expect(screen.queryByText(english('lead.draft.restored'))).not.toBeInTheDocument();
  other.unmount();
  render();
  expect(await field('title')).toHaveValue('Only for agent 9001');
});

it('keeps no draft for a conversation without a key (a new ticket not saved yet)', async () => {
  const user = userEvent.setup();
  const first = render({ draftKey: null });
  await user.type(await field('title'), 'Requester A');
  first.unmount();

  render({ draftKey: null });
  expect(await field('title')).toHaveValue('');
  expect(Object.keys(localStorage).filter((key) => key.startsWith('sell-bridge:lead-draft:'))).toEqual([]);
});

it('tells the agent when the browser could not keep the draft, and the form still works', async () => {
  const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  try {
    const user = userEvent.setup();
    render();
    await user.type(await field('title'), 'CEO');
    expect(await screen.findByText(english('lead.draft.not_kept'))).toBeInTheDocument();
    expect(await field('title')).toHaveValue('CEO');
  } finally {
    setItem.mockRestore();
  }
});

it('shows a field error when the agent leaves an invalid field, not before', async () => {
  const user = userEvent.setup();
  render();
  const email = await field('email');
  await user.clear(email);
  await user.type(email, 'jordan@');
  expect(email).not.toHaveAttribute('aria-invalid', 'true');

  await user.tab();
  expect(email).toHaveAttribute('aria-invalid', 'true');
  expect(email).toHaveAccessibleDescription(english('lead.error.email_invalid'));
});

it('moves focus to the first invalid field on submit and sends nothing', async () => {
  const user = userEvent.setup();
  render();
  await user.clear(await field('last_name'));
  await user.clear(await field('phone'));
  await user.type(await field('phone'), '12');
  await user.click(screen.getByRole('button', { name: english('lead.submit') }));

  const lastName = await field('last_name');
  await waitFor(() => expect(lastName).toHaveFocus());
  expect(lastName).toHaveAccessibleDescription(english('lead.error.last_name_required'));
  expect(await field('phone')).toHaveAttribute('aria-invalid', 'true');
  expect(sandbox.requestLog.some((entry) => entry.method === 'POST')).toBe(false);
});

it('writes the description in the agent’s language once its catalog has loaded', async () => {
  render({ locale: 'fr-FR', origin: { kind: 'chat', chatId: '2512.9.Fx1' } });
  const french = translate('fr', fr, {}, 'lead.description.chat', { id: '2512.9.Fx1' });

  const description = await screen.findByRole('textbox', { name: translate('fr', fr, {}, 'lead.field.description') });
  await waitFor(() => expect(description).toHaveValue(french));
  expect(french).not.toBe(english('lead.description.chat', { id: '2512.9.Fx1' }));
});

import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { fixtures } from '@sell-bridge/sandbox';
import { sellRecordUrl } from '@sell-bridge/core';
import { english, requestPaths, setupSandboxServer } from '../testing';
import { renderLead, type RenderLeadOptions } from '../testing/renderLead';

// A whole Garden form under jsdom, typed into key by key, needs more than the default 5 s on a busy 2-core machine.
vi.setConfig({ testTimeout: 20_000 });

const { sandbox, server } = setupSandboxServer();
const defaults = { email: fixtures.noMatch.email, phone: fixtures.noMatch.phone, viewerId: fixtures.adminUser.id };
const render = (options: Omit<RenderLeadOptions, 'sandbox'> = {}) => renderLead({ sandbox, ...options }, defaults);

const submitButton = () => screen.getByRole('button', { name: english('lead.submit') });
const textbox = (field: string) => screen.getByRole('textbox', { name: english(`lead.field.${field}` as 'lead.field.title') });
const count = (path: string) => requestPaths(sandbox).filter((entry) => entry === path).length;
const leadsWith = (email: string) => sandbox.state.leads.filter((lead) => lead.email === email);

beforeEach(() => localStorage.clear());

it('creates the lead with the status, source, owner, tags and a description that links back to the ticket', async () => {
  const source = sandbox.state.sources.find((s) => s.name === fixtures.leadSources.existing)!;
  const { onCreated } = render({ settings: { lead_status: 'Working', lead_source: fixtures.leadSources.existing } });
  await userEvent.type(await screen.findByRole('textbox', { name: english('lead.field.title') }), 'Head of IT');
  await userEvent.click(submitButton());

  expect(await screen.findByTestId('lead-created')).toHaveTextContent(english('lead.created.title'));
  const [lead] = leadsWith(fixtures.noMatch.email);
  expect(lead).toMatchObject({
    first_name: 'Jordan',
    last_name: 'Blake',
    title: 'Head of IT',
    status: 'Working',
    source_id: source.id,
    owner_id: fixtures.adminUser.id,
    tags: ['zendesk-support', 'ticket-42'],
  });
  expect(lead?.description).toBe(`${english('lead.description.ticket', { id: '42' })}\nhttps://example.zendesk.com/agent/tickets/42`);
  expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ id: lead?.id }), false);
  expect(within(screen.getByTestId('lead-created')).getByRole('link')).toHaveAttribute('href', sellRecordUrl('lead', lead!.id));
});

it('creates a missing lead source once and reuses it for the next lead', async () => {
  const settings = { lead_source: fixtures.leadSources.missing };
  expect(sandbox.state.sources.some((s) => s.name === fixtures.leadSources.missing)).toBe(false);
  const first = render({ settings });
  await userEvent.click(await screen.findByRole('button', { name: english('lead.submit') }));
  await screen.findByTestId('lead-created');
  first.unmount();

  render({ settings, identity: { name: 'Kim Lee', email: 'kim.lee@no-match.example' }, draftKey: '1002:ticket:43' });
  await userEvent.click(await screen.findByRole('button', { name: english('lead.submit') }));
  await screen.findByTestId('lead-created');

  const sources = sandbox.state.sources.filter((s) => s.name === fixtures.leadSources.missing);
  expect(sources).toHaveLength(1);
  expect(count('POST /v2/lead_sources')).toBe(1);
  expect(leadsWith(fixtures.noMatch.email)[0]?.source_id).toBe(sources[0]?.id);
  expect(leadsWith('kim.lee@no-match.example')[0]?.source_id).toBe(sources[0]?.id);
});

it('shows the records already in Sell instead of posting, and creates the lead once on "create anyway"', async () => {
  const user = userEvent.setup();
  render({ identity: { name: fixtures.leadOnly.name, email: fixtures.leadOnly.email } });
  await user.click(await screen.findByRole('button', { name: english('lead.submit') }));

  const notice = await screen.findByTestId('lead-duplicate');
  expect(within(notice).getByRole('link', { name: new RegExp(fixtures.leadOnly.name) })).toHaveAttribute('href', sellRecordUrl('lead', fixtures.leadOnly.id));
  expect(count('POST /v2/leads')).toBe(0);
  expect(leadsWith(fixtures.leadOnly.email)).toHaveLength(1);

  await user.click(within(notice).getByRole('button', { name: english('lead.duplicate.create_anyway') }));
  await screen.findByTestId('lead-created');
  expect(count('POST /v2/leads')).toBe(1);
  expect(leadsWith(fixtures.leadOnly.email)).toHaveLength(2);
});

it('counts, without naming, existing records the agent may not see', async () => {
  render({ identity: { email: fixtures.hiddenLead.email }, viewerId: fixtures.regularUser.id });
  await userEvent.click(await screen.findByRole('button', { name: english('lead.submit') }));

  const notice = await screen.findByTestId('lead-duplicate');
  expect(within(notice).queryAllByRole('link')).toEqual([]);
  expect(notice).toHaveTextContent(english('lead.duplicate.hidden', { count: 1 }));
  expect(count('POST /v2/leads')).toBe(0);
});

it('sends one POST when the button is clicked twice before the form re-renders', async () => {
  render();
  const button = await screen.findByRole('button', { name: english('lead.submit') });
  act(() => {
    button.click();
    button.click();
  });

  await screen.findByTestId('lead-created');
  expect(count('POST /v2/leads')).toBe(1);
  expect(leadsWith(fixtures.noMatch.email)).toHaveLength(1);
});

it('disables the button while the POST is in flight', async () => {
  sandbox.faults.inject({ match: { method: 'POST', path: '/v2/leads' }, latencyMs: 1500 });
  const user = userEvent.setup();
  render();
  await user.click(await screen.findByRole('button', { name: english('lead.submit') }));

  const busy = await screen.findByRole('button', { name: english('lead.submitting') });
  expect(busy).toBeDisabled();
  await user.click(busy);
  await screen.findByTestId('lead-created', {}, { timeout: 5000 });
  expect(count('POST /v2/leads')).toBe(1);
});

it('puts Sell’s 422 on the field and keeps everything typed', async () => {
  sandbox.faults.inject({ match: { method: 'POST', path: '/v2/leads' }, status: 422 });
  const user = userEvent.setup();
  const { onCreated } = render();
  await user.type(await screen.findByRole('textbox', { name: english('lead.field.title') }), 'CTO');
  await user.click(submitButton());

  const lastName = textbox('last_name');
  await waitFor(() => expect(lastName).toHaveAttribute('aria-invalid', 'true'));
  expect(lastName).toHaveAccessibleDescription(expect.stringContaining(english('lead.error.required')));
  expect(lastName).toHaveFocus();
  expect(screen.getByTestId('lead-failure')).toHaveTextContent(english('lead.failed.fields'));
  expect(textbox('title')).toHaveValue('CTO');
  expect(leadsWith(fixtures.noMatch.email)).toEqual([]);
  expect(onCreated).not.toHaveBeenCalled();

  await user.type(lastName, 'son');
  expect(lastName).not.toHaveAttribute('aria-invalid', 'true');
});

it('treats the lead as created when the POST answer is lost but the lookup finds it', async () => {
  // Sell stores the lead, then the connection drops before the answer arrives.
  server.use(
    http.post('https://api.getbase.com/v2/leads', async ({ request }) => {
      await sandbox.handle(request);
      return HttpResponse.error();
    }),
  );
  const { onCreated } = render();
  await userEvent.click(await screen.findByRole('button', { name: english('lead.submit') }));

  expect(await screen.findByTestId('lead-created')).toHaveTextContent(english('lead.created.recovered'));
  expect(count('POST /v2/leads')).toBe(1);
  expect(leadsWith(fixtures.noMatch.email)).toHaveLength(1);
  expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ id: leadsWith(fixtures.noMatch.email)[0]?.id }), true);
});

it('offers a retry after a timed-out POST only once the lookup shows no lead was created', async () => {
  const removeTimeout = sandbox.faults.inject({ match: { method: 'POST', path: '/v2/leads' }, timeout: true });
  const user = userEvent.setup();
  render({ timeoutMs: 300 });
  await user.click(await screen.findByRole('button', { name: english('lead.submit') }));

  const failure = await screen.findByTestId('lead-failure');
  expect(failure).toHaveTextContent(english('lead.failed.not_created'));
  expect(requestPaths(sandbox).slice(-2)).toEqual(['POST /v2/leads', 'GET /v2/leads']);

  removeTimeout();
  await user.click(within(failure).getByRole('button', { name: english('state.retry') }));
  await screen.findByTestId('lead-created');
  expect(leadsWith(fixtures.noMatch.email)).toHaveLength(1);
});

it.each([502, 504])('treats a %s after Sell wrote the lead as a lost answer: finds the lead, never posts twice', async (status) => {
  sandbox.faults.inject({ match: { method: 'POST', path: '/v2/leads' }, status, afterHandling: true, count: 1 });
  const { onCreated } = render();
  await userEvent.click(await screen.findByRole('button', { name: english('lead.submit') }));

  expect(await screen.findByTestId('lead-created')).toHaveTextContent(english('lead.created.recovered'));
  expect(count('POST /v2/leads')).toBe(1);
  expect(leadsWith(fixtures.noMatch.email)).toHaveLength(1);
  expect(onCreated).toHaveBeenCalledTimes(1);
});

it.each([
  { status: 429, key: 'lead.failed.rate_limited' },
  // A 5xx may come after the write: the form says "not created" only once the lookup has shown it.
  { status: 503, key: 'lead.failed.not_created' },
] as const)('explains a $status on the POST and creates the lead on retry', async ({ status, key }) => {
  sandbox.faults.inject({ match: { method: 'POST', path: '/v2/leads' }, status, count: 1 });
  const user = userEvent.setup();
  render();
  await user.click(await screen.findByRole('button', { name: english('lead.submit') }));

  const failure = await screen.findByTestId('lead-failure');
  expect(failure).toHaveTextContent(english(key));
  expect(textbox('last_name')).toHaveValue('Blake');
  await user.click(within(failure).getByRole('button', { name: english('state.retry') }));
  await screen.findByTestId('lead-created');
  expect(count('POST /v2/leads')).toBe(2);
  expect(leadsWith(fixtures.noMatch.email)).toHaveLength(1);
});

it('prefills a hostile name as plain text and sends it as typed', async () => {
  render({ identity: { name: fixtures.hostile.xss, email: null, phone: '+1 202 555 0123' } });
  const lastName = await screen.findByRole('textbox', { name: english('lead.field.last_name') });

  expect(lastName).toHaveValue(fixtures.hostile.xss);
  expect(document.querySelector('img')).toBeNull();
  await userEvent.click(submitButton());
  await screen.findByTestId('lead-created');
  expect(sandbox.state.leads.filter((lead) => lead.last_name === fixtures.hostile.xss && lead.phone === '+12025550123')).toHaveLength(1);
  expect(document.querySelector('img')).toBeNull();
});

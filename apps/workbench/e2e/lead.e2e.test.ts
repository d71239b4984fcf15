import { fixtures } from '@sell-bridge/sandbox';
import type { FrameLocator, Page } from 'playwright-core';
import { en } from '@sell-bridge/ui/testing';
import { appFrame, startHarness, WAIT, type Harness } from './harness';

// Lead creation in Sell-in-Chat for the workbench visitor who matches nothing in Sell ("Jordan Blake").
let harness: Harness;

const VISITOR = 'Jordan Blake';
const SELL_IN_CHAT = fixtures.installations.sellInChat;

const text = (key: keyof typeof en, values: Record<string, string> = {}) =>
  Object.entries(values).reduce<string>((s, [k, v]) => s.replace(`{${k}}`, v), en[key]);

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Pages of the current test; closed after it, so earlier tests' apps do not keep the 2-core machine busy. */
const pages: Page[] = [];
async function openChat(): Promise<Page> {
  const page = await harness.open('chat');
  pages.push(page);
  return page;
}

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
  await fetch(`${harness.workbench.url}__wb/faults`, { method: 'DELETE' });
  // Back to the seeded data and default settings: a created lead would make the visitor match.
  await fetch(`${harness.workbench.url}__wb/reset`, { method: 'POST' });
  expect(harness.errors.splice(0)).toEqual([]);
  expect(harness.dialogs.splice(0)).toEqual([]);
});

async function setSettings(settings: Record<string, string | number | boolean>): Promise<void> {
  const response = await fetch(`${harness.workbench.url}__wb/installations/${SELL_IN_CHAT}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ settings }),
  });
  expect(response.ok).toBe(true);
}

/**
 * Opens the visitor's existing chat and its sidebar. The list entry's name is the visitor plus the last message; the
 * simulator's button named just like the visitor would start a new chat (another chat id, so another draft).
 */
async function openVisitorChat(page: Page): Promise<FrameLocator> {
  await page.getByRole('region', { name: 'Chats' }).getByRole('button', { name: new RegExp(`^${VISITOR}.+`) }).first().click();
  const app = appFrame(page, 'sell-in-chat');
  await app.getByRole('form', { name: en['lead.title'] }).waitFor(WAIT);
  return app;
}

const field = (app: FrameLocator, key: keyof typeof en) => app.getByRole('textbox', { name: en[key], exact: true });
const leadsOfVisitor = () => harness.workbench.sandbox.state.leads.filter((lead) => lead.email === fixtures.noMatch.email);
const leadPosts = () =>
  harness.workbench.sandbox.requestLog.filter((entry) => entry.method === 'POST' && new URL(entry.url).pathname === '/v2/leads');

it('shows the lead form prefilled from the visitor when nothing matches', async () => {
  const app = await openVisitorChat(await openChat());

  expect(await field(app, 'lead.field.first_name').inputValue()).toBe('Jordan');
  expect(await field(app, 'lead.field.last_name').inputValue()).toBe('Blake');
  expect(await field(app, 'lead.field.email').inputValue()).toBe(fixtures.noMatch.email);
  expect(await field(app, 'lead.field.description').inputValue()).toContain('Zendesk Chat');
});

it('creates exactly one lead and then shows its card', async () => {
  const page = await openChat();
  const app = await openVisitorChat(page);
  const before = leadPosts().length;
  await app.getByRole('button', { name: en['lead.submit'] }).click();

  await expect.poll(() => app.getByTestId('sell-record').first().textContent({ timeout: 1_000 }).catch(() => ''), WAIT).toContain(VISITOR);
  expect(leadsOfVisitor()).toHaveLength(1);
  expect(leadPosts().length - before).toBe(1);
  // The configured source of Sell-in-Chat did not exist; it was created on first use.
  expect(harness.workbench.sandbox.state.sources.filter((s) => s.name === fixtures.leadSources.missing)).toHaveLength(1);
});

it('keeps what the agent typed across a page reload', async () => {
  const page = await openChat();
  let app = await openVisitorChat(page);
  await field(app, 'lead.field.title').fill('Head of Sales');
  await app.getByText(en['lead.field.title'], { exact: true }).click();
  await page.waitForTimeout(800);

  await page.reload();
  app = await openVisitorChat(page);
  expect(await field(app, 'lead.field.title').inputValue()).toBe('Head of Sales');
  await app.getByText(en['lead.draft.restored']).waitFor(WAIT);
});

it('shows Sell’s 422 on the field and keeps the form when the 422 switch is on', async () => {
  await fetch(`${harness.workbench.url}__wb/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind: '422-lead', service: 'sell' }),
  });
  const app = await openVisitorChat(await openChat());
  await field(app, 'lead.field.title').fill('CTO');
  await app.getByRole('button', { name: en['lead.submit'] }).click();

  const lastName = field(app, 'lead.field.last_name');
  await expect.poll(() => lastName.getAttribute('aria-invalid'), WAIT).toBe('true');
  await app.getByText(en['lead.error.required']).waitFor(WAIT);
  expect(await field(app, 'lead.field.title').inputValue()).toBe('CTO');
  expect(leadsOfVisitor()).toEqual([]);
});

it('gives the lead to the single configured owner without a picker', async () => {
  await setSettings({ lead_owners: `user:${fixtures.regularUser.id}` });
  const app = await openVisitorChat(await openChat());

  const owner = app.getByRole('group', { name: en['lead.field.owner'] });
  // The configured owner is read from Sell by id first ("Loading owners…" until then).
  await expect.poll(() => owner.textContent(), WAIT).toContain(fixtures.regularUser.name);
  expect(await owner.textContent()).toContain(text('owner.reason.configured_user', { name: fixtures.regularUser.name }));
  expect(await app.locator('[role="combobox"]').count()).toBe(0);
});

it('lets the agent search any owner, distributions labelled, when any owner is allowed', async () => {
  await setSettings({ allow_any_owner: true });
  const app = await openVisitorChat(await openChat());

  await app.locator('label', { hasText: en['lead.field.owner'] }).click();
  await app.getByRole('combobox', { name: en['lead.field.owner'] }).fill('round robin');
  const option = app.getByRole('option', { name: new RegExp(fixtures.distribution.name) });
  await option.waitFor(WAIT);
  expect(await option.textContent()).toContain(en['owner.label.distribution']);
});

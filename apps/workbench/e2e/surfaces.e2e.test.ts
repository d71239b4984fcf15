import { fixtures } from '@sell-bridge/sandbox';
import { en } from '@sell-bridge/ui/testing';
import { appFrame, startHarness, endTest, WAIT, textOf, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

afterEach(() => endTest(harness));

const text = (key: keyof typeof en, values: Record<string, string> = {}) =>
  Object.entries(values).reduce<string>((s, [k, v]) => s.replace(`{${k}}`, v), en[key]);

it('runs Sell-in-Chat beside a chat and shows the visitor’s Sell person', async () => {
  const page = await harness.open('chat');
  const app = appFrame(page, 'sell-in-chat');
  await expect.poll(() => textOf(app.getByTestId('sell-record').first()), WAIT).toContain(fixtures.personWithDeals.name);
  const link = app.getByRole('link', { name: new RegExp(en['record.open_in_sell']) }).first();
  expect(await link.getAttribute('href')).toBe(`https://app.futuresimple.com/crm/contacts/${fixtures.personWithDeals.id}`);
});

it('re-matches when the agent edits the visitor’s email', async () => {
  const page = await harness.open('chat');
  const app = appFrame(page, 'sell-in-chat');
  await expect.poll(() => textOf(app.getByTestId('sell-record').first()), WAIT).toContain(fixtures.personWithDeals.name);
  await page.getByLabel('Email').fill(fixtures.leadOnly.email);
  await expect.poll(() => textOf(app.getByTestId('sell-record').first()), WAIT).toContain(fixtures.leadOnly.name);
});

it('runs Sell-in-Support in the ticket sidebar', async () => {
  const page = await harness.open('support');
  const app = appFrame(page, 'sell-in-support');
  await page.getByLabel('Email').fill(fixtures.sharedEmail.email);
  await expect.poll(() => app.getByTestId('sell-record').first().getAttribute('data-kind'), WAIT).toBe('person');
  expect(await app.locator('[data-kind="lead"]').count()).toBe(1);
});

it('runs Chat-in-Sell on a lead card with the chat history of its email', async () => {
  const page = await harness.open('sell');
  const card = appFrame(page, 'chat-in-sell', 'lead_card');
  await card.getByTestId('chat-history-item').first().waitFor(WAIT);
  await page.getByRole('button', { name: 'Chat for Sell' }).click();
  const topBar = appFrame(page, 'chat-in-sell', 'top_bar');
  await topBar.getByRole('heading', { name: en['topbar.title'] }).waitFor(WAIT);
});

it('shows an agent without Sell access the access state and no Sell data', async () => {
  const page = await harness.open('chat');
  await page.getByLabel('Persona').selectOption('no-sell');
  const app = appFrame(page, 'sell-in-chat');
  await app.getByText(en['state.no_access.title']).waitFor(WAIT);
  expect(await app.getByTestId('sell-record').count()).toBe(0);
});

it('explains a rejected Sell token when the 401 switch is on', async () => {
  const page = await harness.open('chat');
  const fault = page.getByRole('checkbox', { name: '401' });
  await fault.click({ force: true });
  await expect.poll(() => fault.isChecked(), WAIT).toBe(true);
  await page.getByLabel('Persona').selectOption('sell-user');
  const app = appFrame(page, 'sell-in-chat');
  await app.getByText(text('state.unauthorized.title', { service: 'Sell' })).waitFor(WAIT).catch(async (e: unknown) => {
    await page.screenshot({ path: '/tmp/shots/e2e-401.png' });
    throw e;
  });
});

it('renders hostile visitor names as text without running them', async () => {
  const page = await harness.open('chat');
  await page.getByRole('button', { name: fixtures.hostile.xss }).click();
  const app = appFrame(page, 'sell-in-chat');
  await app.getByTestId('sell-record').first().waitFor(WAIT);
  expect(await app.locator('img').count()).toBe(0);
});

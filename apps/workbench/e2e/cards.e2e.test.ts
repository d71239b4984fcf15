/** Sell-in-Chat's record cards, transcripts, accessibility and fault states, through the real SDK in the workbench. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fixtures } from '@sell-bridge/sandbox';
import type { AxeResults } from 'axe-core';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { en } from '@sell-bridge/ui/testing';
import { appFrame, startHarness, endTest, WAIT, type Harness } from './harness';

let harness: Harness;

/** Fault states come after the client's backoff (about 7 s over four attempts), on a busy machine. */
const FAULT_WAIT = { timeout: 45_000 };
const CHAT_INSTALLATION = fixtures.installations.sellInChat;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

beforeAll(async () => {
  harness = await startHarness();
  // Dev mode: the first load makes Vite optimise the apps' dependencies (and reload the frames). Let that finish
  // before the timed tests; what it logs meanwhile is the optimiser's, not the app's.
  const page = await harness.open('chat');
  await appFrame(page, 'sell-in-chat').getByTestId('sell-deal').first().waitFor({ timeout: 100_000 });
  await page.close();
  harness.errors.splice(0);
});

afterAll(async () => {
  await harness?.close();
});

afterEach(() => endTest(harness));

const text = (key: keyof typeof en, values: Record<string, string> = {}) =>
  Object.entries(values).reduce<string>((s, [k, v]) => s.replace(`{${k}}`, v), en[key]);
const sell = { service: 'Sell' };

async function addFault(kind: string): Promise<void> {
  await fetch(`${harness.workbench.url}__wb/faults`, { method: 'POST', body: JSON.stringify({ kind, service: 'sell' }) });
}

async function chatSettings(settings: Record<string, string | boolean>): Promise<void> {
  const response = await fetch(`${harness.workbench.url}__wb/installations/${String(CHAT_INSTALLATION)}`, {
    method: 'PUT',
    body: JSON.stringify({ settings }),
  });
  expect(response.ok).toBe(true);
}

/** The visible Sell-in-Chat frame as a Frame (for scripts), beside its locator. */
async function chatApp(page: Page): Promise<{ app: FrameLocator; frame: Frame }> {
  const app = appFrame(page, 'sell-in-chat');
  const handle = await page.locator('iframe[data-app="sell-in-chat"]:visible').first().elementHandle(WAIT);
  const frame = await handle.contentFrame();
  return { app, frame: frame! };
}

/** axe-core's WCAG violations in the frame: rule id and the elements it flagged. */
async function axeViolations(frame: Frame): Promise<{ id: string; targets: string[] }[]> {
  // Evaluated, not added as a <script>: the app's Content-Security-Policy (rightly) refuses inline scripts.
  await frame.evaluate(AXE_SOURCE);
  const violations = await frame.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } };
    const results = await axe.run(document);
    return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations;
}

/** Ana García's person card with its three deals. */
async function waitForAnaWithDeals(app: FrameLocator): Promise<void> {
  await expect.poll(() => app.getByTestId('sell-deal').count(), WAIT).toBe(3);
  expect(await app.getByTestId('sell-record').first().getAttribute('data-kind')).toBe('person');
}

it('shows Ana García’s person card with her company and three deals in the Chat sidebar', async () => {
  const page = await harness.open('chat');
  const { app } = await chatApp(page);

  await waitForAnaWithDeals(app);
  const card = app.getByTestId('sell-record').first();
  expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(fixtures.personWithDeals.name);
  expect(await card.getByRole('link', { name: new RegExp(fixtures.company.name) }).getAttribute('href')).toBe(
    `https://app.futuresimple.com/crm/contacts/${String(fixtures.company.id)}`,
  );
  expect(await card.getByText(en['field.email'], { exact: true }).count()).toBe(1);
});

it('shows a hostile visitor’s records without running anything or linking javascript:', async () => {
  const page = await harness.open('chat');
  await page.getByRole('button', { name: fixtures.hostile.xss }).click();
  const { app, frame } = await chatApp(page);

  await app.getByTestId('sell-record').first().waitFor(WAIT);
  expect(await frame.locator('a[href^="javascript"]').count()).toBe(0);
  expect(await frame.locator('img, script:not([src]):not([type="module"])').count()).toBe(0);
  expect(await app.getByTestId('sell-record').first().textContent()).toContain(fixtures.hostile.xss);
});

it('has no axe violations in the matched state', async () => {
  const page = await harness.open('chat');
  const { app, frame } = await chatApp(page);
  await waitForAnaWithDeals(app);

  expect(await axeViolations(frame)).toEqual([]);
});

it('has no axe violations in the no-access state', async () => {
  const page = await harness.open('chat');
  await page.getByLabel('Persona').selectOption('no-sell');
  // The switch reloads the frames once the installations are re-read: take the frame only after the new one answers.
  await appFrame(page, 'sell-in-chat').getByText(en['state.no_access.title']).waitFor(WAIT);
  const { frame } = await chatApp(page);

  expect(await axeViolations(frame)).toEqual([]);
});

it.each([
  { kind: '403', title: text('state.forbidden.title', sell), retry: false },
  { kind: '5xx', title: text('state.server.title', sell), retry: true },
  { kind: 'offline', title: en['state.offline.title'], retry: true },
])('shows its state when the $kind switch is on', async ({ kind, title, retry }) => {
  await addFault(kind);
  const page = await harness.open('chat');
  const { app } = await chatApp(page);

  await app.getByText(title).waitFor(FAULT_WAIT);
  expect(await app.getByRole('button', { name: en['state.retry'] }).count()).toBe(retry ? 1 : 0);
  expect(await app.getByTestId('sell-record').count()).toBe(0);
});

it('tells the agent within seconds that Sell is slow, and gives the timeout state with Try again by the 15 s deadline', async () => {
  await addFault('timeout');
  const page = await harness.open('chat');
  const { app } = await chatApp(page);

  // Sell never answers: first a note that it is still being waited for, then the state (before: a skeleton for ~86 s).
  await app.getByTestId('still-waiting').waitFor(WAIT);
  await app.getByText(text('state.timeout.title', sell)).waitFor({ timeout: 25_000 });
  expect(await app.getByRole('button', { name: en['state.retry'] }).count()).toBe(1);
});

it('backs off from 429, shows the rate-limited state, and loads the records on retry once Sell answers', async () => {
  await addFault('429');
  const page = await harness.open('chat');
  const { app } = await chatApp(page);

  await app.getByText(text('state.rate_limited.title', sell)).waitFor(FAULT_WAIT);
  await fetch(`${harness.workbench.url}__wb/faults`, { method: 'DELETE' });
  await app.getByRole('button', { name: en['state.retry'] }).click();

  await waitForAnaWithDeals(app);
});

it('saves the transcript to Sell once when the chat ends, and not again when it ends a second time', async () => {
  const { sandbox } = harness.workbench;
  const notesOnAna = () => sandbox.state.notes.filter((n) => n.resource_type === 'contact' && n.resource_id === fixtures.personWithDeals.id);
  await chatSettings({ save_transcripts: true });
  try {
    const page = await harness.open('chat');
    const before = notesOnAna().length;
    const { app } = await chatApp(page);
    await waitForAnaWithDeals(app);

    await page.getByPlaceholder('Visitor simulator: type as the visitor').fill('Can you send me the renewal quote?');
    await page.getByRole('button', { name: 'Visitor sends' }).click();
    await page.getByRole('button', { name: 'End chat' }).click();

    await app.getByText(en['transcript.saved.title']).waitFor(WAIT);
    const added = notesOnAna().slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]!.content).toContain('Can you send me the renewal quote?');

    // After a reload the ended chat is still there, ended, with its lines (Ana is back in a new chat of her own);
    // opening its sidebar again adds no second note.
    await page.reload();
    const again = await chatApp(page);
    await waitForAnaWithDeals(again.app);
    await expect.poll(() => page.getByRole('button', { name: 'End chat' }).isDisabled(), WAIT).toBe(true);
    await page.getByText('Can you send me the renewal quote?').waitFor(WAIT);
    await page.waitForTimeout(1_500);
    expect(notesOnAna().slice(before)).toHaveLength(1);
  } finally {
    await chatSettings({ save_transcripts: false });
  }
});

import { API_AGENT_NAME } from '@sell-bridge/sandbox';
import type { FrameLocator, Page } from 'playwright-core';
import { en } from '@sell-bridge/ui/testing';
import { appFrame, startHarness, WAIT, textOf, type Harness } from './harness';

let harness: Harness;

const text = (key: keyof typeof en, values: Record<string, string> = {}) =>
  Object.entries(values).reduce<string>((s, [k, v]) => s.replace(`{${k}}`, v), en[key]);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wb = (path: string, init?: RequestInit) => fetch(`${harness.workbench.url}__wb/${path}`, init);

beforeAll(async () => {
  // The workbench seeds Chat-in-Sell's Sell token: the top bar matches visitors in Sell on first run (decision 0006).
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

afterEach(async () => {
  await wb('faults', { method: 'DELETE' });
  await wb('chat/live-access', { method: 'PUT', body: JSON.stringify({ enabled: true }) });
  expect(harness.errors.splice(0)).toEqual([]);
  expect(harness.dialogs.splice(0)).toEqual([]);
});

/** Opens Sell, shows Chat-in-Sell's top bar panel and connects it to Chat. */
async function connectTopBar(): Promise<{ page: Page; topBar: FrameLocator }> {
  const page = await harness.open('sell');
  await page.getByRole('button', { name: 'Chat for Sell' }).click();
  const topBar = appFrame(page, 'chat-in-sell', 'top_bar');
  await topBar.getByRole('button', { name: en['topbar.connect'] }).click(WAIT);
  return { page, topBar };
}

it('lets a rep serve a chat from Sell’s top bar: it arrives live, the reply reaches the visitor, and the rep ends it', async () => {
  const { topBar } = await connectTopBar();
  await topBar.getByText(text('topbar.online_as', { name: API_AGENT_NAME })).waitFor(WAIT);

  // The visitor (Sam, who is a Sell person and a lead) starts a chat on the workbench's Chat surface and writes again.
  const chat = await harness.open('chat', { keepOthers: true });
  await chat.getByRole('button', { name: 'Sam Taylor' }).click();
  await expect.poll(() => textOf(chat.getByTestId('transcript')), WAIT).toContain('Following up on my trial.');
  await chat.getByPlaceholder('Visitor simulator: type as the visitor').fill('Is anyone there?');
  await chat.getByRole('button', { name: 'Visitor sends' }).click();

  const incoming = topBar.getByRole('region', { name: new RegExp(escape(en['topbar.incoming'])) });
  const row = incoming.getByRole('button', { name: /Sam Taylor/ });
  await expect.poll(() => textOf(row.getByTestId('unread-count')), WAIT).toBe('2');

  await row.click();
  await expect.poll(() => textOf(topBar.getByTestId('topbar-transcript')), WAIT).toContain('Is anyone there?');
  await topBar.getByTestId('topbar-sell-record').first().waitFor(WAIT);
  expect(await topBar.getByTestId('topbar-sell-record').count()).toBeGreaterThanOrEqual(1);

  const reply = 'Hi Sam, Amelia from sales here. How is the trial going?';
  await topBar.getByRole('textbox', { name: en['topbar.reply.label'] }).fill(reply);
  await topBar.getByRole('textbox', { name: en['topbar.reply.label'] }).press('Enter');
  await expect.poll(() => textOf(chat.getByTestId('transcript')), WAIT).toContain(reply);

  await topBar.getByRole('button', { name: en['topbar.end'] }).click();
  await topBar.getByText(en['topbar.ended_body']).waitFor(WAIT);
  await expect.poll(() => chat.getByRole('button', { name: 'End chat' }).isDisabled(), WAIT).toBe(true);
});

it('shows a lead card the chat history of its email, and a card without chats the empty state', async () => {
  const page = await harness.open('sell');
  const card = appFrame(page, 'chat-in-sell', 'lead_card');
  await card.getByTestId('chat-history-item').first().waitFor(WAIT);

  const { sandbox } = harness.workbench;
  const data = (await (await wb('data')).json()) as { sell: { kind: string; name: string; email: string | null }[] };
  const quiet = data.sell.find((r) => r.kind === 'lead' && r.email && !sandbox.state.chats.some((c) => c.visitor.email === r.email));
  expect(quiet).toBeDefined();
  await page.getByRole('button', { name: new RegExp(escape(quiet!.name)) }).first().click();
  await appFrame(page, 'chat-in-sell', 'lead_card').getByText(en['chats.none.title']).waitFor(WAIT);
});

it('explains the Chat token fault on the card and in the top bar', async () => {
  await wb('faults', { method: 'POST', body: JSON.stringify({ kind: '401', service: 'chat' }) });
  const { page, topBar } = await connectTopBar();
  const rejected = text('state.unauthorized.title', { service: 'Chat' });
  await topBar.getByText(rejected).waitFor(WAIT);
  await topBar.getByText(en['topbar.unauthorized.body']).waitFor(WAIT);
  await appFrame(page, 'chat-in-sell', 'lead_card').getByText(rejected).waitFor(WAIT);
});

it('falls back to recent chats, and says why, when the Chat plan has no live access', async () => {
  await wb('chat/live-access', { method: 'PUT', body: JSON.stringify({ enabled: false }) });
  const { topBar } = await connectTopBar();
  await topBar.getByText(en['topbar.recent.plan']).waitFor(WAIT);
  // Chats of the last day, from Chat REST, each linking to Chat for replying.
  await topBar.getByTestId('topbar-chat').first().click(WAIT);
  await topBar.getByRole('link', { name: new RegExp(escape(en['topbar.open_in_chat'])) }).waitFor(WAIT);
});

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

const text = (key: keyof typeof en, values: Record<string, string | number> = {}) =>
  Object.entries(values).reduce<string>((s, [k, v]) => s.replace(`{${k}}`, String(v)), en[key]);

/** The ids of `email`'s tickets in the workbench's sandbox, newest update first. */
function ticketIdsOf(email: string): number[] {
  const { state } = harness.workbench.sandbox;
  const requester = state.supportUsers.find((u) => u.email === email);
  return state.tickets
    .filter((t) => t.requester_id === requester?.id)
    .sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : b.id - a.id))
    .map((t) => t.id);
}

async function putSupportSettings(settings: Record<string, boolean>): Promise<void> {
  const res = await fetch(`${harness.workbench.url}__wb/installations/1002`, { method: 'PUT', body: JSON.stringify({ settings }) });
  expect(res.status).toBe(200);
}

it('lists Lucía Fernández’s tickets on her lead card, each linking to the ticket in Support', async () => {
  const page = await harness.open('sell');
  const card = appFrame(page, 'sell-in-support', 'lead_card');
  const items = card.getByTestId('support-ticket');
  await items.first().waitFor(WAIT);

  const expected = ticketIdsOf(fixtures.leadOnly.email);
  await expect.poll(() => items.count(), WAIT).toBe(10);
  expect(await card.getByRole('heading', { name: text('tickets.title_count', { total: fixtures.leadOnly.ticketCount }) }).count()).toBe(1);
  expect(await items.evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-id'))))).toEqual(expected.slice(0, 10));
  const link = items.first().getByRole('link');
  expect(await link.getAttribute('href')).toBe(`https://workbench.zendesk.com/agent/tickets/${String(expected[0])}`);
  expect(await link.getAttribute('target')).toBe('_blank');

  await card.getByRole('button', { name: en['tickets.load_more'] }).click();
  await expect.poll(() => items.count(), WAIT).toBe(fixtures.leadOnly.ticketCount);
  expect(await card.getByRole('button', { name: en['tickets.load_more'] }).count()).toBe(0);
});

it('lists the person’s tickets on the deal card', async () => {
  const page = await harness.open('sell');
  await page.getByRole('button', { name: /Nordlicht – 50 seats/ }).click();
  const card = appFrame(page, 'sell-in-support', 'deal_card');
  await expect.poll(() => card.getByTestId('support-ticket').count(), WAIT).toBe(fixtures.personWithDeals.ticketCount);
});

it('shows the empty state on a card whose email has no tickets', async () => {
  const page = await harness.open('sell');
  await page.getByRole('button', { name: /Sam Taylor/ }).click();
  const card = appFrame(page, 'sell-in-support', 'lead_card');
  await card.getByText(en['tickets.none.title']).waitFor(WAIT);
  expect(await textOf(card.locator('body'))).toContain(text('tickets.none.body', { email: fixtures.sharedEmail.email }));
  expect(await card.getByTestId('support-ticket').count()).toBe(0);
});

it('tells the rep what the admin must do when Support answers 403', async () => {
  const res = await fetch(`${harness.workbench.url}__wb/faults`, { method: 'POST', body: JSON.stringify({ kind: '403', service: 'support' }) });
  expect(res.status).toBe(200);
  const page = await harness.open('sell');
  const card = appFrame(page, 'sell-in-support', 'lead_card');
  await card.getByText(en['tickets.forbidden.title']).waitFor(WAIT);
  expect(await textOf(card.locator('body'))).toContain(en['tickets.forbidden.body']);
  expect(await card.getByTestId('support-ticket').count()).toBe(0);
});

it('shows the switched-off state when show_tickets_in_sell is off', async () => {
  await putSupportSettings({ show_tickets_in_sell: false });
  try {
    const page = await harness.open('sell');
    const card = appFrame(page, 'sell-in-support', 'lead_card');
    await card.getByText(en['tickets.off.title']).waitFor(WAIT);
  } finally {
    await putSupportSettings({ show_tickets_in_sell: true });
  }
});

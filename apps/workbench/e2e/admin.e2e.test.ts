import { DEFAULT_FIELD_LAYOUT, parseSettings } from '@sell-bridge/core';
import { fixtures } from '@sell-bridge/sandbox';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { en } from '@sell-bridge/ui/testing';
import { appFrame, startHarness, type Harness } from './harness';

let harness: Harness;

const WAIT = { timeout: 30_000 };
const APP = 'sell-in-support';
const SIDEBAR = 'ticket_sidebar';
const INSTALLATION = fixtures.installations.sellInSupport;
/** What app-kit's `useOpenAdmin` asks the host for (ADMIN_MODAL). */
const ADMIN_MODAL = { location: 'modal', url: 'assets/iframe.html#admin', size: { width: '720px', height: '640px' } };

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

afterEach(async () => {
  await fetch(`${harness.workbench.url}__wb/reset`, { method: 'POST' });
  await fetch(`${harness.workbench.url}__wb/log`, { method: 'DELETE' });
  expect(harness.errors.splice(0)).toEqual([]);
  expect(harness.dialogs.splice(0)).toEqual([]);
});

const text = (key: keyof typeof en, values: Record<string, string | number> = {}) =>
  Object.entries(values).reduce<string>((s, [k, v]) => s.replace(`{${k}}`, String(v)), en[key]);

const installation = () => harness.workbench.sandbox.state.installations.find((i) => i.id === INSTALLATION)!;
const savedSettings = () => parseSettings(installation().settings).settings;
const sidebar = (page: Page) => appFrame(page, APP, SIDEBAR);
const modal = (page: Page) => appFrame(page, APP, 'modal');

/** Points the open ticket's requester at `email`; the sidebar matches again. */
async function requester(page: Page, email: string) {
  await page.getByLabel('Email').fill(email);
}

/**
 * Opens the admin view the way an admin does: the sidebar's settings button when the sidebar has one; otherwise the
 * exact host call that button makes (`invoke('instances.create', ADMIN_MODAL)`), posted from the sidebar's frame.
 */
async function openAdmin(page: Page) {
  const button = sidebar(page).getByRole('button', { name: en['admin.open'] });
  if ((await button.count()) > 0) {
    await button.click();
  } else {
    const handle = await page.locator(`iframe[data-app="${APP}"][data-location="${SIDEBAR}"]:visible`).first().elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error('sidebar frame not found');
    await frame.evaluate((options) => {
      const guid = new URL(window.location.href).searchParams.get('app_guid');
      const call = { id: 9_000_001, request: 'invoke', params: { 'instances.create': [options] }, appGuid: guid, instanceGuid: guid };
      window.parent.postMessage(JSON.stringify(call), '*');
    }, ADMIN_MODAL);
  }
  return modal(page);
}

/** The sidebar is ready once the requester's record (or the lead form) shows. */
async function sidebarReady(page: Page) {
  await sidebar(page).getByTestId('sell-record').first().waitFor(WAIT);
}

async function chooseOwner(page: Page, admin: FrameLocator, query: string, name: string) {
  await admin.locator('label', { hasText: en['admin.owners.label'] }).first().click();
  const input = admin.getByRole('combobox', { name: en['admin.owners.label'] });
  await input.waitFor(WAIT);
  await input.pressSequentially(query, { delay: 50 });
  await admin.getByRole('option', { name: new RegExp(`^${name}`) }).click().catch(async (error: unknown) => {
    await page.screenshot({ path: '/tmp/admin-shots/owner-failure.png' });
    throw error;
  });
}

/** Waits until the modal's iframe stops resizing to its content (the host animates height changes). */
async function modalSettled(page: Page) {
  const frame = page.locator('iframe[data-location="modal"]').first();
  let last = -1;
  for (let tries = 0; tries < 40; tries += 1) {
    const height = (await frame.boundingBox())?.height ?? 0;
    if (height === last) return;
    last = height;
    await page.waitForTimeout(250);
  }
}

/**
 * Picks a row up with the keyboard (Space on its drag handle). dnd-kit cancels a keyboard drag when the window
 * resizes, and the workbench resizes the modal's iframe to its content after every edit, so wait for that to settle
 * and pick up again if a late resize still cancelled it.
 */
async function pickUp(page: Page, grip: Locator) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await modalSettled(page);
    await grip.focus();
    await page.keyboard.press('Space');
    // Picked up: dnd-kit marks the handle pressed (its "picked up" line is replaced at once by the first "over" one).
    const pressed = await expect
      .poll(() => grip.getAttribute('aria-pressed'), { timeout: 3_000 })
      .toBe('true')
      .then(() => true, () => false);
    if (pressed) return;
  }
  throw new Error('the keyboard drag never started');
}

const shownKeys = (admin: FrameLocator) =>
  admin.getByTestId('shown-fields').locator('[data-layout-field]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-layout-field')));

it('lets an admin set a single owner and the lead layout; agents get both the next time the sidebar opens', async () => {
  const page = await harness.open('support');
  await requester(page, fixtures.leadOnly.email);
  await sidebarReady(page);

  const admin = await openAdmin(page);
  await admin.getByRole('heading', { name: /./, level: 1 }).waitFor(WAIT);
  await expect.poll(() => admin.getByTestId('owner-effect').getAttribute('data-kind'), WAIT).toBe('creator');
  await chooseOwner(page, admin, 'sofia', fixtures.managerUser.name);
  await expect.poll(() => admin.getByTestId('owner-effect').textContent(), WAIT).toContain(text('admin.effect.fixed_user', { name: fixtures.managerUser.name }));
  await admin.getByRole('button', { name: en['admin.save'] }).click();
  await admin.getByText(en['admin.saved']).waitFor(WAIT);
  expect(installation().settings.lead_owners).toBe(`user:${fixtures.managerUser.id}`);

  await admin.getByRole('tab', { name: en['admin.tab.layout'] }).click();
  await admin.getByRole('button', { name: text('admin.layout.remove', { field: en['field.email'] }) }).click();
  await admin.getByRole('button', { name: text('admin.layout.add', { field: en['field.organization_name'] }) }).click();
  expect((await shownKeys(admin)).at(-1)).toBe('organization_name');

  // Keyboard drag (dnd-kit's sensor in a real browser): pick the new last field up and carry it to the top, waiting
  // for each announcement as a screen reader user would hear it.
  const organization = en['field.organization_name'];
  const total = DEFAULT_FIELD_LAYOUT.lead.length;
  const overPosition = (position: number) =>
    admin.getByText(text('admin.layout.announce.over', { field: organization, position, total }), { exact: true }).waitFor({ ...WAIT, state: 'attached' });
  const grip = admin.getByRole('button', { name: text('admin.layout.drag', { field: organization }) }).first();
  await pickUp(page, grip);
  for (let position = total - 1; position >= 1; position -= 1) {
    await page.keyboard.press('ArrowUp');
    await overPosition(position);
  }
  await page.keyboard.press('Space');
  await expect.poll(() => shownKeys(admin), WAIT).toEqual(['organization_name', ...DEFAULT_FIELD_LAYOUT.lead.filter((key) => key !== 'email')]);
  expect(await admin.getByTestId('layout-preview').locator('dt[data-field]').first().getAttribute('data-field')).toBe('organization_name');

  await admin.getByRole('button', { name: en['admin.layout.publish'] }).click();
  await admin.getByText(en['admin.layout.published']).waitFor(WAIT);
  await expect.poll(() => admin.getByTestId('layout-stamp').textContent(), WAIT).toContain(fixtures.adminUser.name);
  expect(savedSettings().fieldLayout.lead[0]).toBe('organization_name');

  await admin.getByRole('button', { name: en['admin.close'] }).click();
  await expect.poll(() => page.locator('iframe[data-location="modal"]').count(), WAIT).toBe(0);

  // Without reloading the page: a sidebar opened after the modal closed gets the published layout.
  await page.getByRole('button', { name: 'Chat', exact: true }).click();
  await page.getByRole('button', { name: 'Support', exact: true }).click();
  await requester(page, fixtures.leadOnly.email);
  await sidebarReady(page);
  const card = sidebar(page).getByTestId('sell-record').first();
  await expect.poll(() => card.locator('dt[data-field]').first().getAttribute('data-field'), WAIT).toBe('organization_name');
  expect(await card.locator('dd[data-field="email"]').count()).toBe(0);

  // Switching the language reloads every frame: they get what the admin just saved, not what the page loaded with.
  await page.getByLabel('Language').selectOption('fr');
  await expect.poll(() => sidebar(page).locator('html').getAttribute('lang'), WAIT).toBe('fr');
  await sidebarReady(page);
  await expect.poll(() => card.locator('dt[data-field]').first().getAttribute('data-field'), WAIT).toBe('organization_name');
  await page.getByLabel('Language').selectOption('en-US');

  // An agent (the role switched without reloading the page): the lead form assigns the single owner without a picker.
  await page.getByLabel('Zendesk role').selectOption('agent');
  await requester(page, fixtures.noMatch.email);
  const owner = sidebar(page).getByRole('group', { name: en['lead.field.owner'] });
  await owner.waitFor(WAIT);
  await expect.poll(() => owner.textContent(), WAIT).toContain(fixtures.managerUser.name);
  expect(await owner.getByRole('combobox').count()).toBe(0);
  expect(await sidebar(page).getByRole('button', { name: en['admin.open'] }).count()).toBe(0);
});

it('gives a non-admin no way in, and a refusal if they reach the view anyway', async () => {
  await fetch(`${harness.workbench.url}__wb/log`, { method: 'DELETE' });
  const page = await harness.open('support');
  await page.getByLabel('Zendesk role').selectOption('agent');
  await requester(page, fixtures.leadOnly.email);
  await sidebarReady(page);
  expect(await sidebar(page).getByRole('button', { name: en['admin.open'] }).count()).toBe(0);

  const admin = await openAdmin(page);
  await admin.getByText(en['admin.refused.title']).waitFor(WAIT);
  expect(await admin.getByRole('tab').count()).toBe(0);
  expect(harness.workbench.sandbox.requestLog.some((entry) => entry.method === 'PUT')).toBe(false);
});

it('detects a change saved elsewhere between opening and saving, and lets the admin reload or overwrite', async () => {
  const page = await harness.open('support');
  await requester(page, fixtures.leadOnly.email);
  await sidebarReady(page);
  const admin = await openAdmin(page);
  await expect.poll(() => admin.getByTestId('owner-effect').getAttribute('data-kind'), WAIT).not.toBe('pending');

  // Someone saves through the workbench's installation settings while the view is open.
  await fetch(`${harness.workbench.url}__wb/installations/${INSTALLATION}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ settings: { lead_status: 'Working' } }),
  });
  // Garden's radio input is visually hidden: click its label, as a person does (Playwright waits for it to be
  // visible and stable while the modal settles), then check the choice took.
  await admin.locator('label').getByText(en['admin.access.all_agents'], { exact: true }).click(WAIT);
  await expect.poll(() => admin.getByRole('radio', { name: en['admin.access.all_agents'] }).isChecked(), WAIT).toBe(true);
  await admin.getByRole('button', { name: en['admin.save'] }).click();
  await admin.getByTestId('save-conflict').waitFor(WAIT);
  expect(installation().settings.data_access).toBe('sell_users_only');

  await admin.getByRole('button', { name: en['admin.conflict.overwrite'] }).click();
  await admin.getByText(en['admin.saved']).waitFor(WAIT);
  // Only the admin's change was written; the other change stays.
  expect(installation().settings).toMatchObject({ data_access: 'all_agents', lead_status: 'Working' });
});

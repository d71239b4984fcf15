/** Starts the workbench on free ports and a headless Debian Chromium for end-to-end tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { startWorkbench, type Workbench } from '../server/startWorkbench';
import { CHROMIUM_ARGS, chromiumPath } from './browser';

export interface Harness {
  workbench: Workbench;
  browser: Browser;
  /** Opens a fresh page on a surface and collects page errors and dialogs (a dialog means code ran). */
  open(surface: 'chat' | 'support' | 'sell', options?: { keepOthers?: boolean }): Promise<Page>;
  errors: string[];
  dialogs: string[];
  close(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../../..');

/** The visible iframe of an app (hidden ones belong to other chats/tickets). */
export function appFrame(page: Page, app: string, location?: string): FrameLocator {
  const selector = `iframe[data-app="${app}"]${location ? `[data-location="${location}"]` : ''}`;
  return page.locator(`${selector}:visible`).first().contentFrame();
}

/** Built apps by default (what would be uploaded); `E2E_MODE=dev` runs the sources instead. */
export async function startHarness(): Promise<Harness> {
  const stateDir = mkdtempSync(join(tmpdir(), 'sell-bridge-e2e-'));
  const workbench = await startWorkbench({
    root: ROOT,
    port: 0,
    mode: process.env.E2E_MODE === 'dev' ? 'dev' : 'built',
    live: false,
    stateFile: join(stateDir, 'sandbox.json'),
    fresh: true,
    quiet: true,
    // Each run optimises dependencies in its own folder, so parallel runs and a running `pnpm dev` never collide.
    cacheDir: join(stateDir, 'vite'),
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const errors: string[] = [];
  const dialogs: string[] = [];
  const pages: Page[] = [];
  return {
    workbench,
    browser,
    errors,
    dialogs,
    async open(surface, { keepOthers = false } = {}) {
      // One agent at a time unless a test asks otherwise: idle pages keep polling and slow a 2-core machine.
      if (!keepOthers) await Promise.all(pages.splice(0).map((p) => p.close().catch(() => undefined)));
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      pages.push(page);
      page.on('pageerror', (error) => errors.push(error.message));
      // The built apps carry a Content-Security-Policy: anything it blocks is a defect the after-each check reports.
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
      });
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${workbench.url}#${surface}`);
      return page;
    },
    async close() {
      await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
      await browser.close();
      await workbench.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** How long a step may take in the browser on a busy 2-core machine. */
export const WAIT = { timeout: 20_000 };

/** A locator's text, or '' while it is not there yet (for `expect.poll`). */
export const textOf = async (locator: Locator) => (await locator.textContent({ timeout: 1_000 }).catch(() => '')) ?? '';

/** After each test: clear the fault switches, and fail on any page error or dialog (a dialog means code ran). */
export async function endTest(harness: Harness): Promise<void> {
  await fetch(`${harness.workbench.url}__wb/faults`, { method: 'DELETE' });
  expect(harness.errors.splice(0)).toEqual([]);
  expect(harness.dialogs.splice(0)).toEqual([]);
}

/**
 * Renders each app's artwork/logo.svg to the PNGs Zendesk requires (assets/logo.png 320×320 and
 * assets/logo-small.png 128×128) with Debian's Chromium. Run after editing artwork: `pnpm --filter @sell-bridge/workbench logos`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/browser';

const root = resolve(import.meta.dirname, '../../..');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const app of ['sell-in-chat', 'sell-in-support', 'chat-in-sell']) {
    const svg = readFileSync(join(root, 'apps', app, 'artwork/logo.svg'), 'utf8');
    for (const [file, size] of [['logo.png', 320], ['logo-small.png', 128]] as const) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
      await page.screenshot({ path: join(root, 'apps', app, 'src/static', file), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
    }
  }
} finally {
  await browser.close();
}

/** Prints the proxy requests of one cold sidebar open, with start/end offsets (investigation aid). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startWorkbench } from '../server/startWorkbench';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/browser';

const ROOT = resolve(import.meta.dirname, '../../..');
const surface = process.argv[2] ?? 'chat';
const wb = await startWorkbench({ root: ROOT, port: 0, mode: 'built', live: false, stateFile: null, fresh: true, quiet: true, cacheDir: mkdtempSync(join(tmpdir(), 'tl-')) });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const t0 = performance.now();
await page.goto(`${wb.url}#${surface}`);
await page.waitForTimeout(4000);
for (const r of wb.proxyLog) console.log(`${Math.round(r.start - t0)}\t${r.end === undefined ? '?' : Math.round(r.end - t0)}\t${r.installationId}\t${r.method} ${r.url.slice(0, 110)}`);
await browser.close();
await wb.close();

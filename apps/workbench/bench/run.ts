/**
 * `pnpm bench`: the budgets of issue #8, measured on the built apps through the workbench in Debian Chromium.
 * Writes bench/results.json at the repository root, prints a table, exits 1 naming any missed budget.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium, type Frame, type Page } from 'playwright-core';
import { fixtures } from '@sell-bridge/sandbox';
import { startWorkbench } from '../server/startWorkbench';
import { serveFolder } from '../server/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/browser';
import { bundleReport, type BundleReport } from './bundles';
import { countWaves } from './waves';
import { measureKeystrokes } from './keystrokes';

const ROOT = resolve(import.meta.dirname, '../../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const BUDGET = { initialGzip: 130 * 1024, ttfcRatio: 1.5, requests: 4, waves: 2, keystrokeMs: 16 };

interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

const median = (values: number[]): Timing => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: Math.round(m), min: Math.round(sorted[0] ?? 0), max: Math.round(sorted.at(-1) ?? 0), runs: values.map(Math.round) };
};

/** Milliseconds from the iframe's navigation to `selector` being present, read from the frame's own clock. */
async function firstContent(frame: Frame, selector: string): Promise<number> {
  await frame.waitForSelector(selector, { timeout: 30_000 });
  return frame.evaluate(() => performance.now());
}

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector, { state: 'attached', timeout: 30_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`no frame for ${selector}`);
  return frame;
}

async function buildHello(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'sell-bridge-hello-'));
  await build({
    root: join(import.meta.dirname, 'hello'),
    base: './',
    plugins: [react()],
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

const workbench = await startWorkbench({ root: ROOT, port: 0, mode: 'built', live: false, stateFile: null, fresh: true, quiet: true, cacheDir: mkdtempSync(join(tmpdir(), 'sell-bridge-bench-vite-')) });
const helloDir = await buildHello();
const helloServer = serveFolder(helloDir);
await new Promise<void>((done) => helloServer.listen(0, 'localhost', done));
const helloUrl = `http://localhost:${(helloServer.address() as AddressInfo).port}/index.html`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

try {
  const bundles: Record<string, BundleReport> = {};
  for (const app of ['sell-in-chat', 'sell-in-support', 'chat-in-sell']) bundles[app] = bundleReport(join(ROOT, 'apps', app, 'dist/assets'));

  // Time to first content.
  // First content: the app's first render inside #root (a skeleton counts, as the hello page's button does);
  // first data: the Sell record or chat history itself, reported beside it.
  const targets = [
    { app: 'sell-in-chat', surface: 'chat', frame: 'iframe[data-app="sell-in-chat"]', data: '[data-testid="sell-record"]' },
    { app: 'sell-in-support', surface: 'support', frame: 'iframe[data-app="sell-in-support"]', data: '[data-testid="sell-record"], [data-garden-id="notifications.alert"]' },
    { app: 'chat-in-sell', surface: 'sell', frame: 'iframe[data-app="chat-in-sell"][data-location="lead_card"]', data: '[data-testid="chat-history-item"]' },
  ];
  const FIRST_CONTENT = '#root > * > *';
  const ttfc: Record<string, Timing> = {};
  const ttfd: Record<string, Timing> = {};
  const helloTimes: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    for (const target of targets) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`${workbench.url}#${target.surface}`);
      const frame = await frameOf(page, target.frame);
      (ttfc[target.app] ??= { median: 0, min: 0, max: 0, runs: [] }).runs.push(await firstContent(frame, FIRST_CONTENT));
      (ttfd[target.app] ??= { median: 0, min: 0, max: 0, runs: [] }).runs.push(await firstContent(frame, target.data));
      await page.close();
    }
    const page = await browser.newPage();
    await page.setContent(`<iframe id="hello" src="${helloUrl}" style="width:360px;height:200px;border:0"></iframe>`);
    helloTimes.push(await firstContent(await frameOf(page, '#hello'), '[data-testid="hello"]'));
    await page.close();
  }
  for (const app of Object.keys(ttfc)) ttfc[app] = median(ttfc[app]!.runs);
  for (const app of Object.keys(ttfd)) ttfd[app] = median(ttfd[app]!.runs);
  const hello = median(helloTimes);

  // Sell requests per sidebar open on a warm reference-data cache: re-match in an open sidebar.
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${workbench.url}#chat`);
  const chatFrame = await frameOf(page, 'iframe[data-app="sell-in-chat"]:visible');
  await chatFrame.waitForSelector('[data-testid="sell-record"]', { timeout: 30_000 });
  await page.waitForTimeout(500);
  // A fixed Sell latency makes parallel requests overlap and dependent ones follow each other, so waves are visible.
  const removeLatency = workbench.sandbox.faults.inject({ match: { host: 'api.getbase.com', path: /.*/ }, latencyMs: 150 });
  const from = performance.now();
  const startIndex = workbench.proxyLog.length;
  await page.getByLabel('Email').fill(fixtures.sharedEmail.email);
  await chatFrame.waitForFunction((kind) => document.querySelector(`[data-testid="sell-record"][data-kind="${kind}"]`) !== null, 'lead', { timeout: 30_000 });
  await page.waitForTimeout(800);
  const sell = workbench.proxyLog.slice(startIndex).filter((r) => r.installationId === 1001 && r.url.startsWith('https://api.getbase.com') && r.start >= from - 1000);
  removeLatency();
  const requests = { count: sell.length, waves: countWaves(sell), urls: sell.map((r) => `${r.method} ${r.url.replace('https://api.getbase.com', '')}`) };
  await page.close();

  const keystrokes = measureKeystrokes();

  const rows = Object.entries(bundles).map(([app, b]) => ({
    app,
    initialKb: +(b.initialGzip / 1024).toFixed(1),
    lazyKb: +(b.lazy.reduce((s, f) => s + f.gzip, 0) / 1024).toFixed(1),
    ttfcMedianMs: ttfc[app]!.median,
    ttfcSpreadMs: `${ttfc[app]!.min}–${ttfc[app]!.max}`,
    firstDataMedianMs: ttfd[app]!.median,
    ratioToHello: +(ttfc[app]!.median / Math.max(1, hello.median)).toFixed(2),
  }));
  console.table(rows);
  console.log(`bare Garden page: median ${hello.median} ms (${hello.min}–${hello.max}) over ${RUNS} runs`);
  console.log(`Sell requests on a warm re-match: ${requests.count} in ${requests.waves} wave(s)`);
  console.log(`Owner filter over ${keystrokes.users} users: ${keystrokes.perKeystrokeMs.median} ms median, ${keystrokes.perKeystrokeMs.p95} ms p95 per keystroke`);
  for (const url of requests.urls) console.log(`  ${url}`);

  const missed: string[] = [];
  for (const row of rows) {
    if (row.initialKb * 1024 > BUDGET.initialGzip) missed.push(`${row.app}: initial ${row.initialKb} KB gzip > 130 KB`);
    if (row.ratioToHello > BUDGET.ttfcRatio) missed.push(`${row.app}: time to first content ${row.ratioToHello}× the bare page > 1.5×`);
  }
  if (requests.count > BUDGET.requests) missed.push(`sidebar open: ${requests.count} Sell requests > 4`);
  if (requests.waves > BUDGET.waves) missed.push(`sidebar open: ${requests.waves} waves > 2`);
  if (keystrokes.perKeystrokeMs.p95 > BUDGET.keystrokeMs) missed.push(`owner filter: ${keystrokes.perKeystrokeMs.p95} ms per keystroke (p95) > 16 ms`);

  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, budgets: BUDGET, bundles, ttfc, firstData: ttfd, hello, requests, keystrokes, missed }, null, 2)}\n`,
  );
  if (missed.length) {
    console.error(`\nBudgets missed:\n- ${missed.join('\n- ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll budgets met.');
  }
} finally {
  await browser.close();
  helloServer.close();
  rmSync(helloDir, { recursive: true, force: true });
  await workbench.close();
}

import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatReport } from './formatReport';
import { validatePackage } from './validatePackage';
import type { ValidationReport } from './types';

/** The apps `pnpm validate` checks when given no paths (docs/architecture.md §9). */
export const APP_IDS = ['sell-in-chat', 'sell-in-support', 'chat-in-sell'];

interface CliOptions {
  /** Where relative paths on the command line start from. */
  cwd: string;
  repoRoot: string;
  log: (line: string) => void;
}

/** Each app's `apps/<app>/dist`, then each `dist/<app>.zip` that exists. */
export function defaultTargets(repoRoot: string): string[] {
  const zips = APP_IDS.map((app) => resolve(repoRoot, 'dist', `${app}.zip`)).filter((zip) => existsSync(zip));
  return [...APP_IDS.map((app) => resolve(repoRoot, 'apps', app, 'dist')), ...zips];
}

function validateTarget(target: string, shown: string): ValidationReport {
  if (!existsSync(target)) {
    const message = 'does not exist; run `pnpm build` first.';
    return { source: shown, errors: [{ severity: 'error', rule: 'package.missing', file: shown, message }], warnings: [] };
  }
  try {
    return { ...validatePackage(target), source: shown };
  } catch (cause) {
    const message = `could not be read: ${cause instanceof Error ? cause.message : String(cause)}`;
    return { source: shown, errors: [{ severity: 'error', rule: 'package.unreadable', file: shown, message }], warnings: [] };
  }
}

/** Validates the given folders/zips (or the default targets), logs a report per package, returns the exit code. */
export function runCli(args: string[], { cwd, repoRoot, log }: CliOptions): number {
  const targets = args.length > 0 ? args.map((arg) => resolve(cwd, arg)) : defaultTargets(repoRoot);
  const reports = targets.map((target) => validateTarget(target, relative(cwd, target) || '.'));
  for (const report of reports) log(`${formatReport(report)}\n`);
  const failed = reports.filter((report) => report.errors.length > 0).length;
  log(failed > 0 ? `${failed} of ${reports.length} packages have errors.` : `All ${reports.length} packages pass.`);
  return failed > 0 ? 1 : 0;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultTargets, runCli } from './runCli';
import { png, removeFixtures, writeFixture } from './testing';

afterEach(removeFixtures);

function run(args: string[], cwd = '/'): { code: number; output: string } {
  const lines: string[] = [];
  const code = runCli(args, { cwd, repoRoot: '/nowhere', log: (line) => lines.push(line) });
  return { code, output: lines.join('\n') };
}

it('exits 0 when every package passes', () => {
  expect(run([writeFixture(), writeFixture()]).code).toBe(0);
});

it('exits 1 and names the file when one package has an error', () => {
  const { code, output } = run([writeFixture(), writeFixture({ files: { 'assets/logo.png': png(1, 1) } })]);
  expect(code).toBe(1);
  expect(output).toContain('assets/logo.png');
  expect(output).toContain('image.wrong-size');
});

it('keeps exit code 0 for warnings alone', () => {
  const { code, output } = run([writeFixture({ files: { 'assets/app.js': 'fetch("http://x.example/")' } })]);
  expect(code).toBe(0);
  expect(output).toContain('content.insecure-http');
});

it('resolves relative paths from the given folder', () => {
  const dir = writeFixture();
  expect(run(['.'], dir).code).toBe(0);
});

it('fails with a build hint when a package folder does not exist', () => {
  const { code, output } = run(['/nowhere/apps/x/dist']);
  expect(code).toBe(1);
  expect(output).toContain('package.missing');
  expect(output).toContain('pnpm build');
});

it('defaults to the three app folders and only the zips that exist', () => {
  const root = mkdtempSync(join(tmpdir(), 'sell-bridge-root-'));
  try {
    expect(defaultTargets(root)).toEqual(['sell-in-chat', 'sell-in-support', 'chat-in-sell'].map((app) => join(root, 'apps', app, 'dist')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

/**
 * `pnpm validate [paths...]`: checks built app folders (or zips) offline against Zendesk's upload rules
 * (docs/platform/zaf.md §Upload validation). With no paths it checks the three `apps/<app>/dist` folders and their `dist/<app>.zip`.
 * Exits 1 when any package has an error; warnings alone keep exit code 0.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { runCli } from './validate/runCli';

process.exitCode = runCli(process.argv.slice(2), {
  // pnpm runs this from another package's folder; INIT_CWD is the folder the command was started in.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  repoRoot: resolve(fileURLToPath(import.meta.url), '../../../..'),
  log: (line) => console.log(line),
});

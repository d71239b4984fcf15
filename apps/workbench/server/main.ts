/**
 * `pnpm dev`: the workbench. Serves the host page (a local Zendesk) on one origin and each app on its own origin,
 * and answers the apps' proxied requests from the embedded sandbox (or the real APIs in live mode).
 *
 *   --built        serve apps/<app>/dist (what would be uploaded) instead of the sources with hot reload
 *   --live         forward Sell/Chat requests to the real APIs with .workbench/secrets.json
 *   --port <n>     host port (default 4570; apps use the next three ports)
 *   --state <file> sandbox state file (default .workbench/sandbox.json)
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { startWorkbench } from './startWorkbench';

const { values } = parseArgs({
  options: {
    built: { type: 'boolean', default: false },
    live: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.WORKBENCH_PORT ?? '4570' },
    state: { type: 'string' },
    fresh: { type: 'boolean', default: false },
  },
});

const root = resolve(import.meta.dirname, '../../..');
const workbench = await startWorkbench({
  root,
  port: Number(values.port),
  mode: values.built ? 'built' : 'dev',
  live: values.live,
  stateFile: values.state ?? resolve(root, '.workbench/sandbox.json'),
  fresh: values.fresh,
});

console.log(`\n  Sell Bridge workbench: ${workbench.url}\n`);
for (const [id, url] of Object.entries(workbench.appUrls)) console.log(`  ${id.padEnd(16)} ${url}`);
console.log(`\n  mode: ${workbench.mode}${values.live ? ' (live APIs)' : ' (sandbox)'}; Ctrl+C to stop\n`);

const stop = () => {
  void workbench.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

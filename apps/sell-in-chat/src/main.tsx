import '@zendeskgarden/css-bedrock/dist/index.css';
import { bootApp } from '@sell-bridge/app-kit';

// The entry chunk paints the skeleton; the rest of the app loads behind it (the `pnpm bench` budgets, apps/workbench/bench/run.ts).
void bootApp(document.getElementById('root')!, () => import('./App'));

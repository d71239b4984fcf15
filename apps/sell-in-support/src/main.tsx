import '@zendeskgarden/css-bedrock/dist/index.css';
import { bootApp } from '@sell-bridge/app-kit';

// The entry chunk paints the skeleton; the rest of the app loads behind it (docs/architecture.md §10 budgets).
void bootApp(document.getElementById('root')!, () => import('./App'));

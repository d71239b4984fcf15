import { StrictMode, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import '@zendeskgarden/css-bedrock/dist/index.css';
import { AppShell } from '@sell-bridge/app-kit';
import { createZafClient } from '@sell-bridge/zaf';

/** One component per ZAF location, loaded on demand (STYLE §2). */
const LOCATIONS = {
  top_bar: lazy(() => import('./locations/TopBar')),
  lead_card: lazy(() => import('./locations/RecordCard')),
  person_card: lazy(() => import('./locations/RecordCard')),
  company_card: lazy(() => import('./locations/RecordCard')),
  deal_card: lazy(() => import('./locations/RecordCard')),
  modal: lazy(() => import('./locations/Admin')),
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The one OAuth slot of this app is Chat's, so Sell can only come from the optional personal token. */}
    <AppShell client={createZafClient()} locations={LOCATIONS} sellTokenSetting="sell_api_token" />
  </StrictMode>,
);

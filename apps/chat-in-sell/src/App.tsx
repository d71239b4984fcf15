import { lazy } from 'react';
import { AppShell } from '@sell-bridge/app-kit';
import { createZafClient } from '@sell-bridge/zaf';

/** One component per ZAF location, loaded on demand. */
const LOCATIONS = {
  top_bar: lazy(() => import('./locations/TopBar')),
  lead_card: lazy(() => import('./locations/RecordCard')),
  person_card: lazy(() => import('./locations/RecordCard')),
  company_card: lazy(() => import('./locations/RecordCard')),
  deal_card: lazy(() => import('./locations/RecordCard')),
  modal: lazy(() => import('./locations/Admin')),
};

// One host client per iframe: the SDK's handshake with Zendesk starts as soon as this chunk runs.
const client = createZafClient();

/** The app behind the booting skeleton: the host client, the shell and the location components. */
export function App() {
  // The one OAuth slot of this app is Chat's, so Sell can only come from the optional personal token.
  return <AppShell client={client} locations={LOCATIONS} sellTokenSetting="sell_api_token" />;
}

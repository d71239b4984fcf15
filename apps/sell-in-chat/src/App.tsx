import { lazy } from 'react';
import { AppShell } from '@sell-bridge/app-kit';
import { createZafClient } from '@sell-bridge/zaf';

/** One component per ZAF location, loaded on demand. */
const LOCATIONS = {
  chat_sidebar: lazy(() => import('./locations/ChatSidebar')),
  modal: lazy(() => import('./locations/Admin')),
};

// One host client per iframe: the SDK's handshake with Zendesk starts as soon as this chunk runs.
const client = createZafClient();

/** The app behind the booting skeleton: the host client, the shell and the location components. */
export function App() {
  return <AppShell client={client} locations={LOCATIONS} sellTokenSetting={__SELL_TOKEN_SETTING__} />;
}

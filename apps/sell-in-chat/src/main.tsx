import { StrictMode, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import '@zendeskgarden/css-bedrock/dist/index.css';
import { AppShell } from '@sell-bridge/app-kit';
import { createZafClient } from '@sell-bridge/zaf';

/** One component per ZAF location, loaded on demand (STYLE §2). */
const LOCATIONS = {
  chat_sidebar: lazy(() => import('./locations/ChatSidebar')),
  modal: lazy(() => import('./locations/Admin')),
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppShell client={createZafClient()} locations={LOCATIONS} sellTokenSetting={__SELL_TOKEN_SETTING__} />
  </StrictMode>,
);

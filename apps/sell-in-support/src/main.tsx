import { StrictMode, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import '@zendeskgarden/css-bedrock/dist/index.css';
import { AppShell } from '@sell-bridge/app-kit';
import { createZafClient } from '@sell-bridge/zaf';

const TicketsCard = lazy(() => import('./locations/TicketsCard'));

/** One component per ZAF location, loaded on demand (STYLE §2); every Sell card lists the record's tickets. */
const LOCATIONS = {
  ticket_sidebar: lazy(() => import('./locations/TicketSidebar')),
  lead_card: TicketsCard,
  person_card: TicketsCard,
  company_card: TicketsCard,
  deal_card: TicketsCard,
  modal: lazy(() => import('./locations/Admin')),
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppShell client={createZafClient()} locations={LOCATIONS} sellTokenSetting={__SELL_TOKEN_SETTING__} />
  </StrictMode>,
);

import { fixtures, type Sandbox } from '@sell-bridge/sandbox';
import { renderApp, sellAppSettings, type HostSettingValue, type RenderAppOptions, type RenderAppResult } from '@sell-bridge/app-kit/testing';
import TicketSidebar from '../src/locations/TicketSidebar';

export * from '@sell-bridge/app-kit/testing';

/** `ticket.requester` as Support reports it. */
interface Requester {
  id?: number;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** Options of `renderTicketSidebar`: the requester, plus anything `renderApp` takes. */
export interface TicketSidebarOptions extends Omit<RenderAppOptions, 'locations' | 'sandbox' | 'settings'> {
  requester: Requester;
  /** Merged over the installation's defaults (`sellAppSettings`). */
  settings?: Record<string, HostSettingValue>;
}

/** The Sell admin signed in to Support as an admin: sees every record and every settings problem. */
const sellAdmin = { email: fixtures.adminUser.email, name: fixtures.adminUser.name, role: 'admin', locale: 'en-US' };

/** The ticket sidebar of Sell-in-Support on ticket 1, through the real AppShell, against the sandbox. */
export function renderTicketSidebar(sandbox: Sandbox, { requester, settings, ...options }: TicketSidebarOptions): RenderAppResult {
  return renderApp({
    currentUser: sellAdmin,
    ...options,
    sandbox,
    locations: { ticket_sidebar: TicketSidebar },
    settings: sellAppSettings(settings),
    paths: { 'ticket.requester': { id: 360_100_001, ...requester }, ...options.paths },
  });
}

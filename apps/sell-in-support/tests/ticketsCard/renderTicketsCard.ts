import type { Sandbox, SupportTicket } from '@sell-bridge/sandbox';
import type { SellLocation } from '@sell-bridge/zaf';
import { fakeSellContext } from '@sell-bridge/zaf/testing';
import { renderApp, sellAppSettings, type HostSettingValue, type RenderAppOptions, type RenderAppResult } from '@sell-bridge/app-kit/testing';
import TicketsCard from '../../src/locations/TicketsCard';

/** Options of `renderTicketsCard`: the card, its host paths, plus anything `renderApp` takes. */
export interface TicketsCardOptions extends Omit<RenderAppOptions, 'locations' | 'sandbox' | 'settings' | 'context'> {
  location?: Extract<SellLocation, 'lead_card' | 'person_card' | 'company_card' | 'deal_card'>;
  /** Merged over the installation's defaults (`sellAppSettings`). */
  settings?: Record<string, HostSettingValue>;
  /** The Sell user's zone and locale (context `currentUser`). */
  timezone?: string;
  locale?: string;
}

/** Sell-in-Support on a Sell card, through the real AppShell, against the sandbox (Support on example.zendesk.com). */
export function renderTicketsCard(sandbox: Sandbox, { location = 'lead_card', settings, timezone = 'UTC', locale = 'en-US', ...options }: TicketsCardOptions): RenderAppResult {
  const base = fakeSellContext({ location });
  return renderApp({
    ...options,
    sandbox,
    context: { ...base, currentUser: { ...base.currentUser, timezone, locale } },
    locations: { [location]: TicketsCard },
    settings: sellAppSettings({ show_tickets_in_sell: true, ...settings }),
  });
}

/** The tickets Support holds for `email`'s requester, newest update first (what the card must show, in order). */
export function ticketsOf(sandbox: Sandbox, ...emails: string[]): SupportTicket[] {
  const wanted = new Set(emails.map((e) => e.toLowerCase()));
  const ids = new Set(sandbox.state.supportUsers.filter((u) => u.email !== null && wanted.has(u.email.toLowerCase())).map((u) => u.id));
  return sandbox.state.tickets
    .filter((t) => ids.has(t.requester_id))
    .sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : b.id - a.id));
}

/** Support requests the card made, as `METHOD /path` (no query). */
export function supportRequests(sandbox: Sandbox): string[] {
  return sandbox.requestLog.filter((r) => new URL(r.url).hostname.endsWith('zendesk.com')).map((r) => `${r.method} ${new URL(r.url).pathname}`);
}

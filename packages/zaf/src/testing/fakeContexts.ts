import type { ChatContext, SellContext, SupportContext, ZafContext } from '../contextTypes';
import type { ZafMetadata } from '../types';

/** Instance guid of the app in a fake client unless told otherwise. */
export const FAKE_APP_GUID = 'fake-app-guid';

/** Metadata of a fake installation: ids 1, no settings. */
export function fakeMetadata(overrides: Partial<ZafMetadata> = {}): ZafMetadata {
  return { appId: 1, installationId: 1, name: 'Sell Bridge (fake)', version: '0.0.0', settings: {}, ...overrides };
}

/** Support `ticket_sidebar` context for ticket 1 on account `example`. */
export function fakeSupportContext(overrides: Partial<SupportContext> = {}): SupportContext {
  return {
    instanceGuid: FAKE_APP_GUID,
    product: 'support',
    location: 'ticket_sidebar',
    account: { subdomain: 'example' },
    ticketId: 1,
    ...overrides,
  };
}

/** Chat `chat_sidebar` context. */
export function fakeChatContext(overrides: Partial<ChatContext> = {}): ChatContext {
  return { instanceGuid: FAKE_APP_GUID, product: 'chat', location: 'chat_sidebar', ...overrides };
}

/** Sell `top_bar` context with a USD account and an English-speaking admin. */
export function fakeSellContext(overrides: Partial<SellContext> = {}): SellContext {
  return {
    instanceGuid: FAKE_APP_GUID,
    product: 'sell',
    location: 'top_bar',
    account: {
      domain: 'example.zendesk.com',
      currency: 'USD',
      timezone: 'UTC',
      numberFormat: '1,000.00',
      timeFormat: 'HH:mm',
      dateFormat: 'YYYY-MM-DD',
      decimalSeparator: '.',
    },
    currentUser: {
      id: 1,
      name: 'Ada Admin',
      email: 'ada@example.com',
      status: 'active',
      invited: false,
      confirmed: true,
      phone: null,
      role: 'admin',
      roles: [],
      group: null,
      reportsTo: null,
      timezone: 'UTC',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      deletedAt: null,
      locale: 'en-US',
    },
    ...overrides,
  };
}

/** The default context of each product, by product name. */
export function fakeContext(product: ZafContext['product']): ZafContext {
  if (product === 'sell') return fakeSellContext();
  return product === 'chat' ? fakeChatContext() : fakeSupportContext();
}

// Test-only helpers for the shared sidebar's component tests (import by path; not in the testing index).
import { fixtures, type Sandbox } from '@sell-bridge/sandbox';
import { fakeChatContext } from '@sell-bridge/zaf/testing';
import { sellAppSettings } from './hostSettings';
import { renderApp, type HostSettingValue, type HostUser, type RenderAppResult } from './renderApp';
import type { ConversationIdentity } from '../useSellMatch';
import { SellSidebar, type SellSidebarProps } from '../sidebar/SellSidebar';

/** The Sell admin signed in to Chat as an admin (sees every record and every settings problem). */
export const adminAgent: HostUser = { id: 9001, email: fixtures.adminUser.email, name: fixtures.adminUser.name, role: 'admin', locale: 'en-US' };

/** Who the chat is with. */
export function visitor(email: string | null, phone: string | null = null, name: string | null = 'Visitor'): ConversationIdentity {
  return { name, email, phone };
}

/** The shared sidebar in a Chat sidebar location for a fixed identity, against the sandbox. */
export function renderSidebar(
  sandbox: Sandbox,
  identity: ConversationIdentity,
  options: { settings?: Record<string, HostSettingValue>; currentUser?: HostUser; footer?: SellSidebarProps['footer']; noMatch?: SellSidebarProps['noMatch'] } = {},
): RenderAppResult {
  const { footer, noMatch } = options;
  function Location() {
    return <SellSidebar identity={identity} {...(footer ? { footer } : {})} {...(noMatch ? { noMatch } : {})} />;
  }
  return renderApp({
    sandbox,
    context: fakeChatContext(),
    locations: { chat_sidebar: Location },
    settings: sellAppSettings(options.settings),
    currentUser: options.currentUser ?? adminAgent,
  });
}

/** A `field_layout` setting value with these widget lists (the others keep their defaults). */
export function fieldLayout(widgets: Partial<Record<'lead' | 'person' | 'company' | 'deal', string[]>>): string {
  return JSON.stringify({ version: 1, updated_at: '2026-01-05T10:00:00Z', updated_by: 'Amelia Hart', ...widgets });
}

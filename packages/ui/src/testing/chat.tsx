// Test helpers for the chat widgets: English texts, the providers they render in, a chat row.
import type { ReactNode } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { en, type MessageKey } from '../i18n/messages/en';
import { translate, type Values } from '../i18n/translate';
import { SellBridgeTheme } from '../theme/SellBridgeTheme';
import type { ChatListItem } from '../chat/types';

/** The English text of a key, as an English-speaking rep reads it. */
export const english = (key: MessageKey, values?: Values): string => translate('en-US', en, en, key, values);

/** i18n (en-US) and the Garden theme. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nProvider hostLocale="en-US">
      <SellBridgeTheme colorScheme="light" locale="en-US">
        {children}
      </SellBridgeTheme>
    </I18nProvider>
  );
}

/** A chat row with sensible defaults. */
export function chatItem(patch: Partial<ChatListItem> = {}): ChatListItem {
  return { id: 'c1', visitorName: 'Ana Silva', state: 'waiting', lastActivityAt: '2026-03-02T10:15:00.000Z', unread: 0, agentNames: [], servedByMe: false, ...patch };
}

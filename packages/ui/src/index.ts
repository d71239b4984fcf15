export { I18nProvider, useI18n, type I18n } from './i18n/I18nProvider';
export { LOCALES, toLocale, translate, type Locale, type Messages, type Values } from './i18n/translate';
export type { MessageKey } from './i18n/messages/en';
export { SellBridgeTheme, type ColorScheme } from './theme/SellBridgeTheme';
export { StateMessage, type StateMessageProps, type StateTone } from './states/StateMessage';
export { LoadingSkeleton } from './states/LoadingSkeleton';
export * from './records';
export * from './lead';
export { ChatHistoryList, type ChatHistoryListProps } from './chats/ChatHistoryList';

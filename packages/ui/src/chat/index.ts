// Chat-in-Sell's widgets: the chat history on Sell cards and the top bar (connection, lists, conversation, Sell record).
export { ChatHistoryList, type ChatHistoryListProps } from './ChatHistoryList';
export { ConnectionStatusBar, type ConnectionStatusBarProps } from './ConnectionStatusBar';
export { ChatList, type ChatListProps } from './ChatList';
export { ChatConversation, type ChatConversationProps } from './ChatConversation';
export { VisitorRecordPanel, type LeadOffer, type VisitorRecordLink, type VisitorRecordState } from './VisitorRecordPanel';
export { formatChatTime } from './formatChatTime';
export type { ChatConnectionView, ChatLineItem, ChatListItem, ChatViewReason, ChatViewStatus } from './types';

// The sandbox's live chats and its simulated Chat Conversations API (decision 0006).
export { createConversations, API_AGENT_NAME, type ConversationsOptions } from './createConversations';
export { createAgentSessions, type AgentSession, type AgentSessions, type ServerFrame } from './agentSessions';
export { handleConversations, CONVERSATIONS_HOST, CONVERSATIONS_ORIGIN, POLL_PATH, MAX_POLL_WAIT_MS } from './handleConversations';
export { mirrorChat, toRestChat } from './toRestChat';
export { rootField } from './operations';
export type { Conversations, LiveAuthor, LiveChange, LiveChat, LiveChatStart, LiveMessage, LiveSpeaker, LiveVisitor } from './types';

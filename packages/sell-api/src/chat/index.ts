// Chat-in-Sell's link to Zendesk Chat: one ChatConnection interface, `live` and `recent` implementations (decision 0006).
export * from './types';
export { createChatConnection, type ChatConnectionOptions } from './createChatConnection';
export { createLiveConnection, type LiveConnectionOptions } from './createLiveConnection';
export { createRecentConnection, type RecentConnectionOptions } from './createRecentConnection';
export { browserPollPeers, joinSharedPoll, type PollPeers, type PollChannel, type PollMessage, type SharedPollMember } from './sharedPoll';
export {
  defaultSocketFactory,
  openPollingSocket,
  openWebSocket,
  UnsupportedSocketError,
  type ChatSocket,
  type ChatSocketFactory,
  type ChatSocketHandlers,
  type PollOptions,
} from './chatSocket';
export { CONVERSATIONS_GRAPHQL_URL } from './conversationsProtocol';
export { sessionBody } from './startAgentSession';
export { toChatMessages, toChatSummary } from './recentChats';

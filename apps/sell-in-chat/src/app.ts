import { IFRAME_URL, manifestParameters, type AppDefinition } from '@sell-bridge/app-build';

/** Sell-in-Chat: the Chat sidebar (docs/architecture.md §1). */
export const app: AppDefinition = {
  id: 'sell-in-chat',
  name: 'Sell for Chat',
  locations: { chat: { chat_sidebar: { url: IFRAME_URL } } },
  domainWhitelist: ['api.getbase.com'],
  parameters: manifestParameters('sell-in-chat'),
  oauth: { provider: 'sell', parameter: 'access_token' },
};

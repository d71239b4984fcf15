import { IFRAME_URL, SELL_PARAMETERS, type AppDefinition } from '@sell-bridge/app-build';

/** Sell-in-Chat: the Chat sidebar (docs/architecture.md §1). */
export const app: AppDefinition = {
  id: 'sell-in-chat',
  name: 'Sell for Chat',
  locations: { chat: { chat_sidebar: { url: IFRAME_URL } } },
  domainWhitelist: ['api.getbase.com'],
  parameters: [...SELL_PARAMETERS, { name: 'save_transcripts', type: 'checkbox', default: false }],
  oauth: { provider: 'sell', parameter: 'access_token' },
};

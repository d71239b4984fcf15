import { IFRAME_URL, type AppDefinition } from '@sell-bridge/app-build';

/** Chat-in-Sell: chats in Sell's top bar and chat history on Sell cards (ARCHITECTURE §1, §12). */
export const app: AppDefinition = {
  id: 'chat-in-sell',
  name: 'Chat for Sell',
  locations: {
    sell: {
      top_bar: { url: IFRAME_URL, size: { width: '380px', height: '560px' } },
      lead_card: { url: IFRAME_URL },
      person_card: { url: IFRAME_URL },
      company_card: { url: IFRAME_URL },
      deal_card: { url: IFRAME_URL },
    },
  },
  domainWhitelist: ['www.zopim.com', 'chat-api.zopim.com'],
  parameters: [
    { name: 'chat_access_token', type: 'oauth' },
    { name: 'connect_on_load', type: 'checkbox', default: false },
    { name: 'show_chat_history', type: 'checkbox', default: true },
  ],
  oauth: {
    provider: 'chat',
    parameter: 'chat_access_token',
    fallbackParameter: { name: 'chat_access_token', type: 'text', secure: true, scopes: ['header'] },
  },
};

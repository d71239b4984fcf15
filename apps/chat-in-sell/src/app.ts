import { IFRAME_URL, manifestParameters, type AppDefinition } from '@sell-bridge/app-build';

/** Chat-in-Sell: chats in Sell's top bar and chat history on Sell cards (docs/architecture.md §1, §12). */
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
  domainWhitelist: ['www.zopim.com', 'chat-api.zopim.com', 'api.getbase.com'],
  // The Chat token, the Sell token, the sidebars' lead parameters (leads from the top bar get what the admin chose)
  // and its own two: core's settings schema says which (docs/architecture.md §4).
  parameters: manifestParameters('chat-in-sell'),
  oauth: {
    provider: 'chat',
    parameter: 'chat_access_token',
    // `body`: the Conversations API takes the token in the GraphQL variables of startAgentSession (decision 0006).
    fallbackParameter: { name: 'chat_access_token', type: 'text', secure: true, scopes: ['header', 'body'] },
  },
};

import { IFRAME_URL, SELL_PARAMETERS, type AppDefinition } from '@sell-bridge/app-build';

const LEAD_SETTINGS = new Set(['data_access', 'lead_status', 'lead_source', 'lead_owners', 'allow_any_owner', 'primary_admin_id']);

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
  parameters: [
    { name: 'chat_access_token', type: 'oauth' },
    // Optional: a Sell personal access token, so the top bar can match each chat to a Sell lead or contact and create
    // leads. Sell apps cannot call the Sell API on the rep's session; without it the top bar links to a Sell search.
    { name: 'sell_api_token', type: 'text', secure: true, scopes: ['header'] },
    // The sidebars' lead settings, so leads created from the top bar get what the admin chose (docs/architecture.md §4).
    // Not `access_token`: a manifest has at most one OAuth parameter, and Chat-in-Sell's is the Chat token.
    ...SELL_PARAMETERS.filter((parameter) => LEAD_SETTINGS.has(parameter.name)),
    { name: 'connect_on_load', type: 'checkbox', default: false },
    { name: 'show_chat_history', type: 'checkbox', default: true },
  ],
  oauth: {
    provider: 'chat',
    parameter: 'chat_access_token',
    // `body`: the Conversations API takes the token in the GraphQL variables of startAgentSession (decision 0006).
    fallbackParameter: { name: 'chat_access_token', type: 'text', secure: true, scopes: ['header', 'body'] },
  },
};

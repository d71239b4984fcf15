import { IFRAME_URL, manifestParameters, type AppDefinition } from '@sell-bridge/app-build';

/** Sell-in-Support: the ticket sidebar, plus Sell cards listing a customer's tickets (docs/architecture.md §1). */
export const app: AppDefinition = {
  id: 'sell-in-support',
  name: 'Sell for Support',
  locations: {
    support: { ticket_sidebar: { url: IFRAME_URL, flexible: true } },
    sell: {
      lead_card: { url: IFRAME_URL },
      person_card: { url: IFRAME_URL },
      company_card: { url: IFRAME_URL },
      deal_card: { url: IFRAME_URL },
    },
  },
  domainWhitelist: ['api.getbase.com'],
  parameters: manifestParameters('sell-in-support'),
  oauth: { provider: 'sell', parameter: 'access_token' },
};

import { fixtures } from './fixtures';
import { EPOCH_MS, isoSeconds } from './random';
import type { Installation } from './types';

const STAMP = isoSeconds(EPOCH_MS - 30 * 86_400_000);
const EMPTY_LAYOUT = '';

/** The three apps' installations with default, non-secure settings (docs/architecture.md §4); secure values kept apart. */
export function seedInstallations(tokens: { sell: string; chat: string }): Installation[] {
  const shared = {
    data_access: 'sell_users_only',
    lead_status: 'New',
    lead_owners: '',
    allow_any_owner: false,
    primary_admin_id: fixtures.adminUser.id,
    field_layout: EMPTY_LAYOUT,
  };
  const base = { enabled: true, created_at: STAMP, updated_at: STAMP };
  return [
    {
      id: fixtures.installations.sellInChat,
      app_id: 900_001,
      product: 'chat',
      settings: { name: 'Sell in Chat', ...shared, lead_source: fixtures.leadSources.missing, save_transcripts: true },
      secure: { sell_api_token: tokens.sell },
      ...base,
    },
    {
      id: fixtures.installations.sellInSupport,
      app_id: 900_002,
      product: 'support',
      settings: { name: 'Sell in Support', ...shared, lead_source: fixtures.leadSources.existing, show_tickets_in_sell: true },
      secure: { sell_api_token: tokens.sell },
      ...base,
    },
    {
      id: fixtures.installations.chatInSell,
      app_id: 900_003,
      product: 'sell',
      settings: {
        name: 'Chat in Sell',
        data_access: shared.data_access,
        lead_status: shared.lead_status,
        lead_owners: shared.lead_owners,
        allow_any_owner: shared.allow_any_owner,
        primary_admin_id: shared.primary_admin_id,
        lead_source: fixtures.leadSources.existing,
        connect_on_load: false,
        show_chat_history: true,
      },
      // The Sell token too: the top bar shows each chat's Sell records and creates leads on first run.
      secure: { chat_access_token: tokens.chat, sell_api_token: tokens.sell },
      ...base,
    },
  ];
}

/** Parameter names whose values are secure: stored in `secure`, never answered by the API. */
export const SECURE_SETTINGS = new Set(['access_token', 'sell_api_token', 'chat_access_token']);

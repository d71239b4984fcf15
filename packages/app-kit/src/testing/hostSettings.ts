import type { HostSettingValue } from './renderApp';

type Settings = Record<string, HostSettingValue>;

/**
 * Settings of a Sell-in-Support / Sell-in-Chat installation as the host hands them over (docs/architecture.md §4): text and
 * number parameters as strings, checkboxes as booleans, secure ones absent.
 */
export function sellAppSettings(overrides: Settings = {}): Settings {
  return {
    data_access: 'sell_users_only',
    lead_status: 'New',
    lead_source: '',
    lead_owners: '',
    allow_any_owner: false,
    primary_admin_id: '',
    field_layout: '',
    ...overrides,
  };
}

/** Settings of a Chat-in-Sell installation as the host hands them over. */
export function chatInSellSettings(overrides: Settings = {}): Settings {
  return { connect_on_load: false, show_chat_history: true, ...overrides };
}

import type { Settings } from './settings-types';

/** The three apps of the project, as they are named in `apps/` and in each package's zip. */
export type AppId = 'sell-in-chat' | 'sell-in-support' | 'chat-in-sell';

export type ParameterType = 'text' | 'checkbox' | 'number' | 'hidden' | 'oauth';

/** One installation parameter: the manifest declares it, `parseSettings` reads it, the admin view writes it back. */
export interface SettingSpec {
  /** The manifest parameter name: a contract with every existing installation (docs/architecture.md §4). */
  readonly name: string;
  readonly type: ParameterType;
  /** The typed setting read from it; none for tokens, which never reach the iframe (the proxy substitutes them). */
  readonly key?: keyof Settings;
  /** What an unset parameter means, in the parameter's own form (the manifest declares it). */
  readonly default?: string | number | boolean;
  /** Secure: Zendesk keeps the value server-side and only its proxy substitutes `{{setting.name}}`. */
  readonly secure?: true;
  /** Where the proxy may substitute a secure value. */
  readonly scopes?: readonly ('header' | 'body' | 'url')[];
  /** The apps whose manifest declares it: an app never reads or writes a parameter it does not declare. */
  readonly apps: readonly AppId[];
  /** How the admin view saves it: with the integration settings, or by publishing the field layout. */
  readonly saved?: 'settings' | 'layout';
}

const ALL: readonly AppId[] = ['sell-in-chat', 'sell-in-support', 'chat-in-sell'];
const SIDEBARS: readonly AppId[] = ['sell-in-chat', 'sell-in-support'];

/**
 * Every installation parameter, in manifest order. The names are a contract; adding a setting starts here
 * (CONTRIBUTING.md). Chat-in-Sell declares the sidebars' lead parameters so top-bar leads get what the admin chose,
 * but not `access_token`: a manifest has one OAuth parameter, and Chat-in-Sell's is the Chat token.
 */
export const SETTINGS_SCHEMA: readonly SettingSpec[] = [
  { name: 'access_token', type: 'oauth', apps: SIDEBARS },
  { name: 'chat_access_token', type: 'oauth', apps: ['chat-in-sell'] },
  // A Sell personal access token, for installations without Sell OAuth, and Chat-in-Sell's only way to Sell: Sell
  // apps cannot call the Sell API on the rep's session (decision 0003).
  { name: 'sell_api_token', type: 'text', secure: true, scopes: ['header'], apps: ALL },
  { name: 'data_access', type: 'text', key: 'dataAccess', default: 'sell_users_only', apps: ALL, saved: 'settings' },
  { name: 'lead_status', type: 'text', key: 'leadStatus', default: 'New', apps: ALL, saved: 'settings' },
  { name: 'lead_source', type: 'text', key: 'leadSource', apps: ALL, saved: 'settings' },
  { name: 'lead_owners', type: 'text', key: 'leadOwners', apps: ALL, saved: 'settings' },
  { name: 'allow_any_owner', type: 'checkbox', key: 'allowAnyOwner', default: false, apps: ALL, saved: 'settings' },
  { name: 'primary_admin_id', type: 'number', key: 'primaryAdminId', apps: ALL, saved: 'settings' },
  { name: 'field_layout', type: 'hidden', key: 'fieldLayout', apps: SIDEBARS, saved: 'layout' },
  { name: 'save_transcripts', type: 'checkbox', key: 'saveTranscripts', default: false, apps: ['sell-in-chat'], saved: 'settings' },
  { name: 'show_tickets_in_sell', type: 'checkbox', key: 'showTicketsInSell', default: true, apps: ['sell-in-support'], saved: 'settings' },
  { name: 'connect_on_load', type: 'checkbox', key: 'connectOnLoad', default: false, apps: ['chat-in-sell'], saved: 'settings' },
  { name: 'show_chat_history', type: 'checkbox', key: 'showChatHistory', default: true, apps: ['chat-in-sell'], saved: 'settings' },
];

type TypedSpec = SettingSpec & { key: keyof Settings };
const typed = SETTINGS_SCHEMA.filter((spec): spec is TypedSpec => spec.key !== undefined);

/** The spec of each typed setting. */
export const SETTING_SPEC = Object.fromEntries(typed.map((spec) => [spec.key, spec])) as Readonly<Record<keyof Settings, TypedSpec>>;

/** The manifest parameter name of each typed setting. */
export const PARAM_OF = Object.fromEntries(typed.map((spec) => [spec.key, spec.name])) as Readonly<Record<keyof Settings, string>>;

/** The parameters an app's manifest declares, in manifest order. */
export function parametersOf(app: AppId): SettingSpec[] {
  return SETTINGS_SCHEMA.filter((spec) => spec.apps.includes(app));
}

/** The typed settings an app's admin view saves together (`settings`) or publishes (`layout`). */
export function savedKeys(app: AppId, saved: 'settings' | 'layout'): (keyof Settings)[] {
  return typed.filter((spec) => spec.saved === saved && spec.apps.includes(app)).map((spec) => spec.key);
}

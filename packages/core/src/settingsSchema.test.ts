import { defaultSettings, parseSettings } from './parseSettings';
import { PARAM_OF, parametersOf, savedKeys, SETTINGS_SCHEMA } from './settingsSchema';
import type { Settings } from './settings-types';

it('has one parameter per typed setting, and unique names', () => {
  const keys = SETTINGS_SCHEMA.flatMap((spec) => (spec.key ? [spec.key] : []));
  expect([...keys].sort()).toEqual(Object.keys(defaultSettings()).sort());
  expect(new Set(SETTINGS_SCHEMA.map((spec) => spec.name)).size).toBe(SETTINGS_SCHEMA.length);
});

it('never reads a secure or OAuth parameter into the settings (the iframe never sees their values)', () => {
  for (const spec of SETTINGS_SCHEMA) if (spec.secure || spec.type === 'oauth') expect(spec.key).toBeUndefined();
});

// A value that differs from the default, as the installation stores it, and what parseSettings makes of it.
it.each<[keyof Settings, unknown, unknown]>([
  ['dataAccess', 'all_agents', 'all_agents'],
  ['leadStatus', ' Working ', 'Working'],
  ['leadSource', 'Chat', 'Chat'],
  ['leadOwners', 'user:7,distribution:9', [{ kind: 'user', id: 7 }, { kind: 'distribution', id: 9 }]],
  ['allowAnyOwner', true, true],
  ['primaryAdminId', '42', 42],
  ['saveTranscripts', 'true', true],
  ['showTicketsInSell', false, false],
  ['connectOnLoad', true, true],
  ['showChatHistory', '0', false],
])('reads %s from its parameter', (key, stored, expected) => {
  const parsed = parseSettings({ [PARAM_OF[key]]: stored });
  expect(parsed.settings[key]).toEqual(expected);
  expect(parsed.settings[key]).not.toEqual(defaultSettings()[key]);
});

it('reads the field layout from its parameter', () => {
  const layout = { version: 1, updated_at: null, updated_by: null, lead: ['email'], person: ['email'], company: ['name'], deal: ['name'] };
  expect(parseSettings({ [PARAM_OF.fieldLayout]: JSON.stringify(layout) }).settings.fieldLayout.lead).toEqual(['email']);
});

it('means the declared default when a parameter is unset', () => {
  const declared = Object.fromEntries(SETTINGS_SCHEMA.flatMap((spec) => (spec.default === undefined ? [] : [[spec.name, spec.default]])));
  expect(parseSettings(declared).settings).toEqual(defaultSettings());
  expect(parseSettings(Object.fromEntries(SETTINGS_SCHEMA.map((spec) => [spec.name, '']))).settings).toEqual(defaultSettings());
});

it.each<[Parameters<typeof parametersOf>[0], string[]]>([
  ['sell-in-chat', ['access_token', 'sell_api_token', 'data_access', 'lead_status', 'lead_source', 'lead_owners', 'allow_any_owner', 'primary_admin_id', 'field_layout', 'save_transcripts']],
  ['sell-in-support', ['access_token', 'sell_api_token', 'data_access', 'lead_status', 'lead_source', 'lead_owners', 'allow_any_owner', 'primary_admin_id', 'field_layout', 'show_tickets_in_sell']],
  ['chat-in-sell', ['chat_access_token', 'sell_api_token', 'data_access', 'lead_status', 'lead_source', 'lead_owners', 'allow_any_owner', 'primary_admin_id', 'connect_on_load', 'show_chat_history']],
])('declares for %s exactly its parameters, in manifest order', (app, names) => {
  expect(parametersOf(app).map((spec) => spec.name)).toEqual(names);
});

it('saves only what an app declares', () => {
  for (const app of ['sell-in-chat', 'sell-in-support', 'chat-in-sell'] as const) {
    const declared = new Set(parametersOf(app).map((spec) => spec.name));
    for (const key of [...savedKeys(app, 'settings'), ...savedKeys(app, 'layout')]) expect(declared).toContain(PARAM_OF[key]);
  }
});

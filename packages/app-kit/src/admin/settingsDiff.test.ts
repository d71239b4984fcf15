import { DEFAULT_FIELD_LAYOUT, defaultSettings, parseSettings, type Settings } from '@sell-bridge/core';
import type { SupportInstallation } from '@sell-bridge/sell-api';
import { changedKeys, hasConflict, scopeKeys, settingsPayload, toSnapshot } from './settingsDiff';

const base = defaultSettings();
const all = [...scopeKeys('sell-in-support', 'settings'), ...scopeKeys('sell-in-support', 'layout')];

it.each([
  ['data access', { dataAccess: 'all_agents' }, { data_access: 'all_agents' }],
  ['owners', { leadOwners: [{ kind: 'user', id: 7 }, { kind: 'distribution', id: 9 }] }, { lead_owners: 'user:7,distribution:9' }],
  ['a new lead source', { leadSource: ' Partner referral ' }, { lead_source: 'Partner referral' }],
  ['no lead source', { leadSource: null }, {}],
  ['the primary admin', { primaryAdminId: 1000001 }, { primary_admin_id: 1000001 }],
  ['allow any owner', { allowAnyOwner: true }, { allow_any_owner: true }],
  ['show tickets in Sell', { showTicketsInSell: false }, { show_tickets_in_sell: false }],
] as const)('sends only what changed: %s', (_name, patch, expected) => {
  const next: Settings = { ...base, ...(patch as Partial<Settings>) };
  expect(settingsPayload(next, changedKeys(base, next, all))).toEqual(expected);
});

it('sends nothing when an edit is undone', () => {
  const next: Settings = { ...base, leadStatus: 'New ', leadOwners: [] };
  expect(changedKeys(base, next, all)).toEqual([]);
});

it('writes the layout as the documented JSON, which parseSettings reads back', () => {
  const layout = { ...DEFAULT_FIELD_LAYOUT, lead: ['email', 'custom:Favourite colour'], updated_at: '2025-03-04T10:05:00.000Z', updated_by: 'Amelia Hart' };
  const next: Settings = { ...base, fieldLayout: layout };
  const payload = settingsPayload(next, changedKeys(base, next, all));
  expect(Object.keys(payload)).toEqual(['field_layout']);
  expect(Object.keys(JSON.parse(String(payload.field_layout)) as object)).toEqual(['version', 'updated_at', 'updated_by', 'lead', 'person', 'company', 'deal']);
  const parsed = parseSettings({ field_layout: payload.field_layout });
  expect(parsed.ok && parsed.settings.fieldLayout).toEqual(layout);
});

it('does not count a new stamp alone as a layout change', () => {
  const next: Settings = { ...base, fieldLayout: { ...base.fieldLayout, updated_by: 'Someone' } };
  expect(changedKeys(base, next, all)).toEqual([]);
});

it.each([
  ['sell-in-chat', 'settings', ['dataAccess', 'leadStatus', 'leadSource', 'leadOwners', 'allowAnyOwner', 'primaryAdminId', 'saveTranscripts']],
  ['sell-in-support', 'settings', ['dataAccess', 'leadStatus', 'leadSource', 'leadOwners', 'allowAnyOwner', 'primaryAdminId', 'showTicketsInSell']],
  ['sell-in-support', 'layout', ['fieldLayout']],
  ['chat-in-sell', 'settings', ['dataAccess', 'leadStatus', 'leadSource', 'leadOwners', 'allowAnyOwner', 'primaryAdminId', 'connectOnLoad', 'showChatHistory']],
  ['chat-in-sell', 'layout', []],
] as const)('edits only the parameters %s declares (%s)', (app, scope, keys) => {
  expect(scopeKeys(app, scope)).toEqual(keys);
});

function installation(settings: SupportInstallation['settings'], updated_at?: string): SupportInstallation {
  return { id: 1, app_id: 2, enabled: true, settings, ...(updated_at ? { updated_at } : {}) };
}

it.each([
  ['the stamp moved', installation({ lead_status: 'New' }, 'T1'), installation({ lead_status: 'New' }, 'T2'), ['lead_status'], true],
  ['nothing moved', installation({ lead_status: 'New' }, 'T1'), installation({ lead_status: 'New' }, 'T1'), ['lead_status'], false],
  ['no stamp, a written setting changed', installation({ lead_status: 'New' }), installation({ lead_status: 'Working' }), ['lead_status'], true],
  ['no stamp, another setting changed', installation({ lead_status: 'New', data_access: 'a' }), installation({ lead_status: 'New', data_access: 'b' }), ['lead_status'], false],
  ['no stamp, empty and missing are the same', installation({ lead_source: '' }), installation({}), ['lead_source'], false],
] as const)('detects someone else’s save when %s', (_name, opened, latest, params, expected) => {
  expect(hasConflict(toSnapshot(opened), toSnapshot(latest), params)).toBe(expected);
});

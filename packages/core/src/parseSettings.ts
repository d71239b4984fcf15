import type { DataAccess, Problem, Settings } from './settings-types';
import { parseFieldLayout, copyDefaultLayout } from './settingsLayout';
import { parseLeadOwners } from './settingsOwners';
import { describeValue, isUnset, readBoolean, readPositiveInteger, readText, type SettingsFindings } from './settingsValues';

export { formatOwners } from './settingsOwners';

/**
 * The outcome of reading installation settings. Either way `settings` is complete (defaults filled in), so an admin
 * screen can show the best guess next to the problems; agents get the app only when `ok` is true.
 */
export type ParseResult =
  | { ok: true; settings: Settings; warnings: Problem[] }
  | { ok: false; problems: Problem[]; settings: Settings; warnings: Problem[] };

const DATA_ACCESS: readonly DataAccess[] = ['sell_users_only', 'all_agents'];

/** The settings of a fresh installation (docs/architecture.md §4 defaults); a new object on every call. */
export function defaultSettings(): Settings {
  return {
    dataAccess: 'sell_users_only',
    leadStatus: 'New',
    leadSource: null,
    leadOwners: [],
    allowAnyOwner: false,
    primaryAdminId: null,
    fieldLayout: copyDefaultLayout(),
    saveTranscripts: false,
    showTicketsInSell: true,
    connectOnLoad: false,
    showChatHistory: true,
  };
}

/** Unknown modes fall back to `sell_users_only`, the stricter one: a typo must never open Sell data to every agent. */
function readDataAccess(value: unknown, findings: SettingsFindings): DataAccess {
  if (isUnset(value)) return 'sell_users_only';
  const mode = typeof value === 'string' ? value.trim().toLowerCase() : null;
  const known = DATA_ACCESS.find((candidate) => candidate === mode);
  if (known) return known;
  findings.problems.push({
    key: 'settings.problem.data_access_unknown',
    param: 'data_access',
    values: { value: describeValue(value) },
  });
  return 'sell_users_only';
}

/**
 * Turns `metadata().settings` into typed settings (docs/architecture.md §4). Never throws: whatever Zendesk (or a hand-edited
 * installation) sends, the result lists translation-keyed problems instead. Unknown keys such as `title` are ignored;
 * secure settings never reach the iframe, so they are not read.
 */
export function parseSettings(raw: Record<string, unknown>): ParseResult {
  const source: Record<string, unknown> = typeof raw === 'object' && raw !== null ? raw : {};
  // Own keys only: a value inherited from a prototype is not something the admin configured.
  const read = (param: string): unknown => (Object.hasOwn(source, param) ? source[param] : undefined);
  const findings: SettingsFindings = { problems: [], warnings: [] };
  const defaults = defaultSettings();

  const settings: Settings = {
    dataAccess: readDataAccess(read('data_access'), findings),
    leadStatus: readText(read('lead_status'), 'lead_status', findings) ?? defaults.leadStatus,
    leadSource: readText(read('lead_source'), 'lead_source', findings),
    leadOwners: parseLeadOwners(read('lead_owners'), findings),
    allowAnyOwner: readBoolean(read('allow_any_owner'), 'allow_any_owner', defaults.allowAnyOwner, findings),
    primaryAdminId: readPositiveInteger(read('primary_admin_id'), 'primary_admin_id', 'settings.problem.primary_admin_invalid', findings),
    fieldLayout: parseFieldLayout(read('field_layout'), findings),
    saveTranscripts: readBoolean(read('save_transcripts'), 'save_transcripts', defaults.saveTranscripts, findings),
    showTicketsInSell: readBoolean(read('show_tickets_in_sell'), 'show_tickets_in_sell', defaults.showTicketsInSell, findings),
    connectOnLoad: readBoolean(read('connect_on_load'), 'connect_on_load', defaults.connectOnLoad, findings),
    showChatHistory: readBoolean(read('show_chat_history'), 'show_chat_history', defaults.showChatHistory, findings),
  };

  // Viewing still works without a primary admin, so this is a warning; creating a lead will stop with a clear
  // owner error (resolveOwner) until the admin sets one.
  const needsPrimaryAdmin =
    settings.dataAccess === 'all_agents' && !settings.allowAnyOwner && settings.leadOwners.length === 0;
  const primaryAdminReported = findings.problems.some((problem) => problem.param === 'primary_admin_id');
  if (needsPrimaryAdmin && settings.primaryAdminId === null && !primaryAdminReported) {
    findings.warnings.push({ key: 'settings.problem.primary_admin_missing', param: 'primary_admin_id' });
  }

  const { problems, warnings } = findings;
  return problems.length === 0 ? { ok: true, settings, warnings } : { ok: false, problems, settings, warnings };
}

import type { DataAccess, Problem, Settings } from './settings-types';
import { parseFieldLayout } from './settingsLayout';
import { parseLeadOwners } from './settingsOwners';
import { PARAM_OF, SETTING_SPEC } from './settingsSchema';
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

/** The settings of a fresh installation (the schema's defaults, docs/architecture.md §4); a new object on every call. */
export function defaultSettings(): Settings {
  return parseSettings({}).settings;
}

/** Unknown modes fall back to `sell_users_only`, the stricter one: a typo must never open Sell data to every agent. */
function readDataAccess(value: unknown, findings: SettingsFindings): DataAccess {
  if (isUnset(value)) return 'sell_users_only';
  const mode = typeof value === 'string' ? value.trim().toLowerCase() : null;
  const known = DATA_ACCESS.find((candidate) => candidate === mode);
  if (known) return known;
  findings.problems.push({
    key: 'settings.problem.data_access_unknown',
    param: PARAM_OF.dataAccess,
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
  const findings: SettingsFindings = { problems: [], warnings: [] };
  // Each setting is read from its parameter (the schema's name), unset meaning the schema's default. Own keys only:
  // a value inherited from a prototype is not something the admin configured.
  const read = (key: keyof Settings): unknown => {
    const { name, default: fallback } = SETTING_SPEC[key];
    const value = Object.hasOwn(source, name) ? source[name] : undefined;
    return isUnset(value) ? fallback : value;
  };
  const bool = (key: 'allowAnyOwner' | 'saveTranscripts' | 'showTicketsInSell' | 'connectOnLoad' | 'showChatHistory') =>
    readBoolean(read(key), PARAM_OF[key], SETTING_SPEC[key].default === true, findings);

  const settings: Settings = {
    dataAccess: readDataAccess(read('dataAccess'), findings),
    leadStatus: readText(read('leadStatus'), PARAM_OF.leadStatus, findings) ?? String(SETTING_SPEC.leadStatus.default),
    leadSource: readText(read('leadSource'), PARAM_OF.leadSource, findings),
    leadOwners: parseLeadOwners(read('leadOwners'), findings),
    allowAnyOwner: bool('allowAnyOwner'),
    primaryAdminId: readPositiveInteger(read('primaryAdminId'), PARAM_OF.primaryAdminId, 'settings.problem.primary_admin_invalid', findings),
    fieldLayout: parseFieldLayout(read('fieldLayout'), findings),
    saveTranscripts: bool('saveTranscripts'),
    showTicketsInSell: bool('showTicketsInSell'),
    connectOnLoad: bool('connectOnLoad'),
    showChatHistory: bool('showChatHistory'),
  };

  // Viewing still works without a primary admin, so this is a warning; creating a lead will stop with a clear
  // owner error (resolveOwner) until the admin sets one.
  const needsPrimaryAdmin =
    settings.dataAccess === 'all_agents' && !settings.allowAnyOwner && settings.leadOwners.length === 0;
  const primaryAdminReported = findings.problems.some((problem) => problem.param === PARAM_OF.primaryAdminId);
  if (needsPrimaryAdmin && settings.primaryAdminId === null && !primaryAdminReported) {
    findings.warnings.push({ key: 'settings.problem.primary_admin_missing', param: PARAM_OF.primaryAdminId });
  }

  const { problems, warnings } = findings;
  return problems.length === 0 ? { ok: true, settings, warnings } : { ok: false, problems, settings, warnings };
}

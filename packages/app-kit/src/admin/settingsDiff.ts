import { formatOwners, PARAM_OF, parseSettings, savedKeys, type FieldLayout, type ParseResult, type Settings, type WidgetKind } from '@sell-bridge/core';
import type { InstallationSettingValue, SupportInstallation } from '@sell-bridge/sell-api';
import type { AdminApp } from '@sell-bridge/ui';

/** The two things an admin saves separately: the integration settings, and the published field layout. */
export type AdminScope = 'settings' | 'layout';

/** The settings each app declares, per scope (core's settings schema): an app never writes a parameter it lacks. */
export function scopeKeys(app: AdminApp, scope: AdminScope): readonly (keyof Settings)[] {
  return savedKeys(app, scope);
}

const WIDGETS: readonly WidgetKind[] = ['lead', 'person', 'company', 'deal'];

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** Whether two layouts show the same fields in the same order; the stamps are not an edit. */
export function sameLayout(a: FieldLayout, b: FieldLayout): boolean {
  return WIDGETS.every((widget) => sameList(a[widget], b[widget]));
}

/** The `field_layout` JSON: exactly `{version, updated_at, updated_by, lead, person, company, deal}`. */
function layoutJson(layout: FieldLayout): string {
  const { version, updated_at, updated_by, lead, person, company, deal } = layout;
  return JSON.stringify({ version, updated_at, updated_by, lead, person, company, deal });
}

/**
 * A setting as it is written to the installation: text trimmed, owners as `user:<id>,distribution:<id>`, an unset
 * number or source as '' (what Zendesk's own form stores), the layout as JSON. `parseSettings` reads each back.
 */
function toSettingValue(key: keyof Settings, settings: Settings): InstallationSettingValue {
  switch (key) {
    case 'leadOwners':
      return formatOwners(settings.leadOwners);
    case 'leadSource':
      return settings.leadSource?.trim() ?? '';
    case 'leadStatus':
      return settings.leadStatus.trim();
    case 'primaryAdminId':
      return settings.primaryAdminId ?? '';
    case 'fieldLayout':
      return layoutJson(settings.fieldLayout);
    default:
      return settings[key];
  }
}

/** The keys of `keys` whose value in `next` would be written differently from `base`. */
export function changedKeys(base: Settings, next: Settings, keys: readonly (keyof Settings)[]): (keyof Settings)[] {
  return keys.filter((key) =>
    key === 'fieldLayout' ? !sameLayout(base.fieldLayout, next.fieldLayout) : toSettingValue(key, base) !== toSettingValue(key, next),
  );
}

/** The PUT body's `settings`: only the given keys, under their parameter names. */
export function settingsPayload(next: Settings, keys: readonly (keyof Settings)[]): Record<string, InstallationSettingValue> {
  return Object.fromEntries(keys.map((key) => [PARAM_OF[key], toSettingValue(key, next)]));
}

/** The installation as the view last read or wrote it. */
export interface InstallationSnapshot {
  /** Setting values exactly as the API returned them. */
  raw: Readonly<Record<string, InstallationSettingValue>>;
  updatedAt: string | null;
  parsed: ParseResult;
}

/** Reads an installation answer into a snapshot. */
export function toSnapshot(installation: SupportInstallation): InstallationSnapshot {
  return {
    raw: installation.settings,
    updatedAt: typeof installation.updated_at === 'string' ? installation.updated_at : null,
    parsed: parseSettings(installation.settings),
  };
}

const normalized = (value: InstallationSettingValue | undefined): string => JSON.stringify(value === undefined || value === '' ? null : value);

/**
 * Whether someone else saved since `opened` was read: the installation's `updated_at` moved, or (when the API gives no
 * stamp) one of the parameters about to be written holds another value now.
 */
export function hasConflict(opened: InstallationSnapshot, latest: InstallationSnapshot, params: readonly string[]): boolean {
  if (opened.updatedAt !== null && latest.updatedAt !== null && opened.updatedAt !== latest.updatedAt) return true;
  return params.some((param) => normalized(opened.raw[param]) !== normalized(latest.raw[param]));
}

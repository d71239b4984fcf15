import type { FieldLayout, WidgetKind } from './settings-types';
import { describeValue, isUnset, type SettingsFindings } from './settingsValues';
import { DEFAULT_FIELD_LAYOUT } from './widgets/defaultLayouts';
import { PARAM_OF } from './settingsSchema';

const PARAM = PARAM_OF.fieldLayout;
const WIDGETS: readonly WidgetKind[] = ['lead', 'person', 'company', 'deal'];
const META_KEYS: readonly string[] = ['version', 'updated_at', 'updated_by'];

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWidget(key: string): key is WidgetKind {
  return (WIDGETS as readonly string[]).includes(key);
}

/** A fresh copy of the default layout, so no caller can change the shared constant through the settings it gets. */
function copyDefaultLayout(): FieldLayout {
  const d = DEFAULT_FIELD_LAYOUT;
  return { ...d, lead: [...d.lead], person: [...d.person], company: [...d.company], deal: [...d.deal] };
}

function shapeProblem(findings: SettingsFindings, part: string): void {
  findings.warnings.push({ key: 'settings.problem.field_layout_shape', param: PARAM, values: { part } });
}

/** One widget's field keys: trimmed non-empty strings, each once. Null when the value is not a list at all. */
function readFieldList(value: unknown, widget: WidgetKind, findings: SettingsFindings): string[] | null {
  if (!Array.isArray(value)) {
    shapeProblem(findings, widget);
    return null;
  }
  // A Set, not `includes`: a pasted layout of thousands of keys must not cost a quadratic scan in every sidebar.
  const fields = new Set<string>();
  (value as unknown[]).forEach((entry, index) => {
    const field = typeof entry === 'string' ? entry.trim() : '';
    if (field === '') {
      findings.warnings.push({ key: 'settings.problem.field_layout_field_key', param: PARAM, values: { widget, index } });
    } else if (fields.has(field)) {
      findings.warnings.push({ key: 'settings.problem.field_layout_duplicate_field', param: PARAM, values: { widget, field } });
    } else {
      fields.add(field);
    }
  });
  return [...fields];
}

function readNullableText(data: Json, key: 'updated_at' | 'updated_by', fallback: string | null, findings: SettingsFindings): string | null {
  if (!Object.hasOwn(data, key)) return fallback;
  const value = data[key];
  if (value === null || typeof value === 'string') return value;
  shapeProblem(findings, key);
  return fallback;
}

/**
 * Parses the hidden `field_layout` parameter (docs/architecture.md §7). Unset means the default layout; a widget missing from
 * the JSON keeps its default list (layouts written before a widget existed stay valid). Broken JSON, a wrong shape,
 * unknown widgets and non-string field keys are warnings, not problems: the result is still a usable layout, built
 * from the valid parts and the defaults, so a bad layout never takes the sidebar away from agents; admins see the
 * warnings beside it. Field keys are not checked against the catalog here: custom fields are only known at runtime.
 */
export function parseFieldLayout(value: unknown, findings: SettingsFindings): FieldLayout {
  const layout = copyDefaultLayout();
  if (isUnset(value)) return layout;
  let data: unknown = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value) as unknown;
    } catch {
      findings.warnings.push({ key: 'settings.problem.field_layout_json', param: PARAM });
      return layout;
    }
  }
  if (!isRecord(data)) {
    shapeProblem(findings, 'root');
    return layout;
  }
  for (const key of Object.keys(data)) {
    if (!isWidget(key) && !META_KEYS.includes(key)) {
      findings.warnings.push({
        key: 'settings.problem.field_layout_unknown_widget',
        param: PARAM,
        values: { widget: describeValue(key) },
      });
    }
  }
  if (Object.hasOwn(data, 'version')) {
    const version = data.version;
    if (typeof version === 'number' && Number.isSafeInteger(version) && version > 0) layout.version = version;
    else findings.warnings.push({ key: 'settings.problem.field_layout_version', param: PARAM, values: { value: describeValue(version) } });
  }
  layout.updated_at = readNullableText(data, 'updated_at', layout.updated_at, findings);
  layout.updated_by = readNullableText(data, 'updated_by', layout.updated_by, findings);
  for (const widget of WIDGETS) {
    if (!Object.hasOwn(data, widget)) continue;
    const fields = readFieldList(data[widget], widget, findings);
    if (fields) layout[widget] = fields;
  }
  return layout;
}

import type { CustomFieldValues, SellContact, SellDeal, SellLead } from '../sell';
import type { Problem } from '../settings-types';
import type { FieldDef, FieldType } from './fieldCatalog';
import { CUSTOM_FIELD_PREFIX } from './fieldCatalog';
import { createFormatters } from './formatters';
import { formatValue } from './formatValue';
import type { NameSource } from './lookups';
import { truncateText } from './plainText';
import { recordProp } from './standardFields';

export type { NameSource } from './lookups';
export { sampleRecord, SAMPLE_LOOKUPS } from './sampleRecord';

/** Any record a widget shows. */
export type SellRecord = SellLead | SellContact | SellDeal;

/** Everything formatting depends on besides the record; pass lookups so ids show as names. */
export interface FormatContext {
  /** BCP 47 locale of the viewer (`fr-FR`); falls back to en-US when unusable. */
  locale: string;
  /** IANA zone for timestamps (`Europe/Paris`); Sell's `UTC+02:00` form is accepted for whole hours. */
  timeZone: string;
  /** Account currency, used for money when the record has none of its own. */
  currency?: string | null;
  /** The account's 12/24-hour preference (Sell `time_format`); the locale's default when absent. */
  hour12?: boolean;
  /** Sell users, for `owner`. */
  users?: NameSource;
  /** Sources of the record's resource: lead sources for leads, deal sources for deals. */
  sources?: NameSource;
  /** Pipeline stages, for a deal's `stage`. */
  stages?: NameSource;
  /** Contacts (persons and companies), for a person's `company` and a deal's `contact`/`organization`. */
  contacts?: NameSource;
  /** Longest text shown, in user-perceived characters; longer values are cut and flagged. Default 500. */
  maxTextLength?: number;
  /** Keep rows for empty values (flagged `empty`) instead of leaving them out, e.g. for an admin preview. */
  keepEmpty?: boolean;
}

/** One render-ready row of a field widget. Every string is plain text, never markup. */
export interface FieldRow {
  key: string;
  /** Translation key of a standard field's label. */
  labelKey?: string;
  /** A custom field's own name. */
  label?: string;
  kind: FieldType;
  /** The value to show. When `textKey` is set it equals that key, the fallback if no translation exists. */
  text: string;
  /** Translate this key to show the value (`value.yes`, `value.customer_status.current`). */
  textKey?: string;
  /** For email, phone and url rows: a vetted `http(s):`, `mailto:` or `tel:` link, or null to show plain text. */
  href?: string | null;
  /** The separate values of tags, multi-select and list values. */
  items?: string[];
  /** An address, one line per entry in the viewer's locale order. */
  lines?: string[];
  /** The text (or an item, or the item count) was cut to fit; `fullText` holds the whole text. */
  truncated?: boolean;
  fullText?: string;
  /** An id whose name was not in the lookups; `text` shows `#<id>`. */
  unresolved?: boolean;
  /** Only with `keepEmpty`: the record has no value for this field. */
  empty?: boolean;
}

const DEFAULT_MAX_TEXT = 500;
const MAX_ITEMS = 50;

function readValue(record: SellRecord, def: FieldDef): unknown {
  // Own properties only: a layout key such as `constructor` must never reach the prototype.
  if (def.source === 'custom') {
    const name = def.key.slice(CUSTOM_FIELD_PREFIX.length);
    const custom: CustomFieldValues | undefined = (record as { custom_fields?: CustomFieldValues }).custom_fields;
    return custom && Object.hasOwn(custom, name) ? custom[name] : undefined;
  }
  const prop = recordProp(def.key);
  return Object.hasOwn(record, prop) ? (record as unknown as Record<string, unknown>)[prop] : undefined;
}

function recordCurrency(record: SellRecord): string | null {
  return 'currency' in record && typeof record.currency === 'string' && record.currency.trim() !== '' ? record.currency : null;
}

/**
 * Turns a record into the rows of its widget, in layout order. Values are formatted by type in the viewer's
 * locale and time zone; empty values are left out; keys missing from the catalog are skipped (see `layoutProblems`).
 */
export function toFieldRows(record: SellRecord, layout: readonly string[], catalog: readonly FieldDef[], ctx: FormatContext): FieldRow[] {
  const byKey = new Map(catalog.map((def) => [def.key, def]));
  const formatters = createFormatters(ctx);
  const env = {
    formatters,
    currency: recordCurrency(record) ?? ctx.currency,
    users: ctx.users,
    sources: ctx.sources,
    stages: ctx.stages,
    contacts: ctx.contacts,
  };
  const max = Math.max(1, Math.floor(ctx.maxTextLength ?? DEFAULT_MAX_TEXT));
  const rows: FieldRow[] = [];
  const done = new Set<string>();

  for (const key of layout) {
    const def = byKey.get(key);
    if (!def || done.has(key)) continue;
    done.add(key);
    const row: FieldRow = { key, kind: def.type, text: '' };
    if (def.labelKey !== undefined) row.labelKey = def.labelKey;
    if (def.label !== undefined) row.label = def.label;

    const value = formatValue(def, readValue(record, def), env);
    if (value.text === '' && !value.items?.length) {
      if (ctx.keepEmpty) rows.push({ ...row, empty: true });
      continue;
    }

    let truncated = false;
    const cut = (text: string): string => {
      const result = truncateText(text, max);
      truncated ||= result.truncated;
      return result.text;
    };
    Object.assign(row, value);
    row.text = cut(value.text);
    if (truncated) row.fullText = value.text;
    if (value.items) {
      row.items = value.items.slice(0, MAX_ITEMS).map(cut);
      truncated ||= value.items.length > MAX_ITEMS;
    }
    if (value.lines) row.lines = value.lines.map(cut);
    if (truncated) row.truncated = true;
    rows.push(row);
  }
  return rows;
}

/** Layout entries an admin should fix: keys no longer in the catalog (a deleted custom field) and repeats. */
export function layoutProblems(layout: readonly string[], catalog: readonly FieldDef[]): Problem[] {
  const known = new Set(catalog.map((def) => def.key));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  layout.forEach((key, index) => {
    if (!known.has(key)) {
      problems.push({ key: 'layout.unknown_field', param: 'field_layout', values: { field: key, position: index + 1 } });
    } else if (seen.has(key)) {
      problems.push({ key: 'layout.duplicate_field', param: 'field_layout', values: { field: key, position: index + 1 } });
    }
    seen.add(key);
  });
  return problems;
}

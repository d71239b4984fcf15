import type { CustomFieldType, SellCustomFieldChoice, SellCustomFieldDef } from '../sell';
import type { WidgetKind } from '../settings-types';
import { STANDARD_FIELDS } from './standardFields';

/** How a field's value is formatted and rendered. */
export type FieldType =
  | 'text'
  | 'longText'
  | 'number'
  | 'money'
  | 'percent'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'email'
  | 'phone'
  | 'url'
  | 'address'
  /** One choice of a Sell `list` field. */
  | 'choice'
  /** A Sell `multi_select_list` value. */
  | 'multiChoice'
  | 'tags'
  /** A fixed set of Sell values, rendered as translation keys. */
  | 'enum'
  /** References resolved to names through the lookups in `FormatContext`. */
  | 'user'
  | 'source'
  | 'stage'
  | 'contact';

/** One field an admin can put in a widget layout. */
export interface FieldDef {
  /** Layout key: a standard field name (`email`) or `custom:<Sell field name>`. */
  key: string;
  /** Translation key of a standard field's label (`field.email`). */
  labelKey?: string;
  /** A custom field's name as the Sell admin wrote it. */
  label?: string;
  type: FieldType;
  source: 'standard' | 'custom';
  /** Known values of an `enum` field. */
  values?: readonly string[];
  /** Choices of a custom `list`/`multi_select_list` field. */
  choices?: readonly SellCustomFieldChoice[];
}

/** Prefix of custom field keys in a layout (docs/architecture.md §7). */
export const CUSTOM_FIELD_PREFIX = 'custom:';

/** The layout key of a custom field. */
export function customFieldKey(name: string): string {
  return `${CUSTOM_FIELD_PREFIX}${name}`;
}

const CUSTOM_TYPES: Readonly<Record<CustomFieldType, FieldType>> = {
  string: 'text',
  text: 'longText',
  number: 'number',
  bool: 'boolean',
  date: 'date',
  datetime: 'datetime',
  email: 'email',
  phone: 'phone',
  url: 'url',
  address: 'address',
  list: 'choice',
  multi_select_list: 'multiChoice',
};

/** The field type a Sell custom field type renders as; unknown types (the API has sent `boolean`) degrade safely. */
export function customFieldType(type: string): FieldType {
  if (type === 'boolean') return 'boolean';
  return Object.hasOwn(CUSTOM_TYPES, type) ? CUSTOM_TYPES[type as CustomFieldType] : 'text';
}

/** Whether a contact custom field applies to this widget; fields with neither flag apply to both. */
function appliesTo(widget: WidgetKind, field: SellCustomFieldDef): boolean {
  if (widget !== 'person' && widget !== 'company') return true;
  if (field.for_contact === undefined && field.for_organisation === undefined) return true;
  return widget === 'person' ? field.for_contact === true : field.for_organisation === true;
}

/**
 * Every field a widget can show: its standard fields, then the custom fields of its resource.
 * Pass the custom fields of the widget's resource: `/v2/lead/custom_fields` for lead,
 * `/v2/contact/custom_fields` for person and company, `/v2/deal/custom_fields` for deal.
 */
export function fieldCatalog(widget: WidgetKind, customFields: readonly SellCustomFieldDef[]): FieldDef[] {
  const standard = STANDARD_FIELDS[widget].map((field): FieldDef => {
    const def: FieldDef = { key: field.key, labelKey: `field.${field.key}`, type: field.type, source: 'standard' };
    if (field.values) def.values = field.values;
    return def;
  });
  const seen = new Set(standard.map((field) => field.key));
  const custom: FieldDef[] = [];
  for (const field of customFields) {
    const key = customFieldKey(field.name);
    // Sell keeps names unique per resource; a repeat would make the layout key ambiguous, so the first wins.
    if (field.name.trim() === '' || seen.has(key) || !appliesTo(widget, field)) continue;
    seen.add(key);
    const def: FieldDef = { key, label: field.name, type: customFieldType(field.type), source: 'custom' };
    if (field.choices && field.choices.length > 0) def.choices = field.choices;
    custom.push(def);
  }
  return [...standard, ...custom];
}

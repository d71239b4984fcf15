import type { WidgetKind } from '../settings-types';
import type { FieldType } from './fieldCatalog';

/** A built-in Sell field as a widget shows it; `prop` is the record property when it differs from `key`. */
export interface StandardField {
  key: string;
  type: FieldType;
  prop?: string;
  /** Known values of an `enum` field; each renders as the key `value.<field key>.<value>`. */
  values?: readonly string[];
}

const owner: StandardField = { key: 'owner', type: 'user', prop: 'owner_id' };
const tags: StandardField = { key: 'tags', type: 'tags' };
const timestamps: StandardField[] = [
  { key: 'created_at', type: 'datetime' },
  { key: 'updated_at', type: 'datetime' },
];
const social: StandardField[] = [
  { key: 'fax', type: 'text' },
  // Sell stores whatever was typed (a handle or a URL); `url` links real URLs and shows handles as text.
  { key: 'twitter', type: 'url' },
  { key: 'facebook', type: 'url' },
  { key: 'linkedin', type: 'url' },
  { key: 'skype', type: 'text' },
];
const contactStatuses: StandardField[] = [
  { key: 'customer_status', type: 'enum', values: ['none', 'current', 'past'] },
  { key: 'prospect_status', type: 'enum', values: ['none', 'current', 'lost'] },
];

/** Built-in fields per widget, in the order the admin view offers them (docs/platform/sell.md §Record fields). */
export const STANDARD_FIELDS: Readonly<Record<WidgetKind, readonly StandardField[]>> = {
  lead: [
    { key: 'email', type: 'email' },
    { key: 'phone', type: 'phone' },
    { key: 'mobile', type: 'phone' },
    owner,
    { key: 'status', type: 'text' },
    { key: 'source', type: 'source', prop: 'source_id' },
    { key: 'title', type: 'text' },
    { key: 'organization_name', type: 'text' },
    { key: 'industry', type: 'text' },
    { key: 'website', type: 'url' },
    { key: 'address', type: 'address' },
    tags,
    { key: 'description', type: 'longText' },
    ...social,
    ...timestamps,
  ],
  person: [
    { key: 'email', type: 'email' },
    { key: 'phone', type: 'phone' },
    { key: 'mobile', type: 'phone' },
    owner,
    { key: 'title', type: 'text' },
    { key: 'company', type: 'contact', prop: 'contact_id' },
    { key: 'industry', type: 'text' },
    { key: 'website', type: 'url' },
    { key: 'address', type: 'address' },
    tags,
    ...contactStatuses,
    { key: 'description', type: 'longText' },
    ...social,
    ...timestamps,
  ],
  company: [
    { key: 'email', type: 'email' },
    { key: 'phone', type: 'phone' },
    { key: 'mobile', type: 'phone' },
    { key: 'website', type: 'url' },
    { key: 'industry', type: 'text' },
    owner,
    { key: 'address', type: 'address' },
    { key: 'billing_address', type: 'address' },
    { key: 'shipping_address', type: 'address' },
    tags,
    ...contactStatuses,
    { key: 'parent_organization', type: 'contact', prop: 'parent_organization_id' },
    { key: 'description', type: 'longText' },
    ...social,
    ...timestamps,
  ],
  deal: [
    { key: 'value', type: 'money' },
    { key: 'stage', type: 'stage', prop: 'stage_id' },
    owner,
    { key: 'estimated_close_date', type: 'date' },
    { key: 'hot', type: 'boolean' },
    { key: 'source', type: 'source', prop: 'source_id' },
    tags,
    { key: 'customized_win_likelihood', type: 'percent' },
    { key: 'contact', type: 'contact', prop: 'contact_id' },
    { key: 'organization', type: 'contact', prop: 'organization_id' },
    { key: 'added_at', type: 'date' },
    { key: 'last_stage_change_at', type: 'datetime' },
    ...timestamps,
  ],
};

const PROPS = new Map<string, string>(
  Object.values(STANDARD_FIELDS)
    .flat()
    .map((field) => [field.key, field.prop ?? field.key]),
);

/** The record property a standard field key reads (`owner` → `owner_id`); the key itself when not renamed. */
export function recordProp(key: string): string {
  return PROPS.get(key) ?? key;
}

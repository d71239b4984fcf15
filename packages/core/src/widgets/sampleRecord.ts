import type { CustomFieldValue, CustomFieldValues, SellAddress, SellContact, SellDeal, SellLead } from '../sell';
import type { WidgetKind } from '../settings-types';
import type { FieldDef, FieldType } from './fieldCatalog';
import { CUSTOM_FIELD_PREFIX } from './fieldCatalog';

// Obviously fake on purpose: reserved example.com domains (RFC 2606), the 555-01xx range reserved for fiction,
// and fixed dates, so nobody mistakes the admin preview for a customer's data.
const OWNER_ID = 9001;
const SOURCE_ID = 9002;
const STAGE_ID = 9003;
const COMPANY_ID = 9004;
const PERSON_ID = 9005;
const CREATED = '2024-05-17T09:30:00Z';
const UPDATED = '2024-06-03T15:45:00Z';
const ADDRESS: SellAddress = { line1: '123 Example Street', city: 'Springfield', postal_code: '12345', state: 'IL', country: 'US' };

/** Lookups that resolve the ids used by `sampleRecord`; spread them into the preview's `FormatContext`. */
export const SAMPLE_LOOKUPS = {
  users: [{ id: OWNER_ID, name: 'Sam Sample' }],
  sources: [{ id: SOURCE_ID, name: 'Sample source' }],
  stages: [{ id: STAGE_ID, name: 'Sample stage' }],
  contacts: [
    { id: COMPANY_ID, name: 'Example Corp' },
    { id: PERSON_ID, name: 'Pat Placeholder' },
  ],
} as const satisfies Record<string, readonly { id: number; name: string }[]>;

const BY_TYPE: Readonly<Record<FieldType, CustomFieldValue>> = {
  text: 'Sample text',
  longText: 'Sample notes: this text stands in for a longer description.',
  number: 42,
  money: 1250,
  percent: 60,
  boolean: true,
  date: '2024-07-01',
  datetime: CREATED,
  email: 'sample@example.com',
  phone: '+1 555 0100',
  url: 'https://www.example.com',
  address: ADDRESS,
  choice: 'Option A',
  multiChoice: ['Option A', 'Option B'],
  tags: ['sample', 'preview'],
  enum: null,
  user: OWNER_ID,
  source: SOURCE_ID,
  stage: STAGE_ID,
  contact: COMPANY_ID,
};

function customValue(def: FieldDef): CustomFieldValue {
  const names = (def.choices ?? []).map((choice) => choice.name);
  if (def.type === 'choice' && names[0] !== undefined) return names[0];
  if (def.type === 'multiChoice' && names.length > 0) return names.slice(0, 2);
  return BY_TYPE[def.type];
}

function customFields(catalog: readonly FieldDef[]): CustomFieldValues {
  const values: CustomFieldValues = {};
  for (const def of catalog) {
    if (def.source === 'custom') values[def.key.slice(CUSTOM_FIELD_PREFIX.length)] = customValue(def);
  }
  return values;
}

const shared = {
  creator_id: OWNER_ID,
  owner_id: OWNER_ID,
  title: 'Sample title',
  description: BY_TYPE.longText as string,
  industry: 'Sample industry',
  website: 'https://www.example.com',
  email: 'sample@example.com',
  phone: '+1 555 0100',
  mobile: '+1 555 0101',
  fax: '+1 555 0102',
  twitter: 'https://twitter.com/example',
  facebook: 'https://www.facebook.com/example',
  linkedin: 'https://www.linkedin.com/company/example',
  skype: 'sample.example',
  address: ADDRESS,
  tags: ['sample', 'preview'],
  created_at: CREATED,
  updated_at: UPDATED,
};

function contact(isOrganization: boolean, catalog: readonly FieldDef[]): SellContact {
  return {
    ...shared,
    id: isOrganization ? COMPANY_ID : PERSON_ID,
    is_organization: isOrganization,
    contact_id: isOrganization ? null : COMPANY_ID,
    parent_organization_id: isOrganization ? COMPANY_ID : null,
    name: isOrganization ? 'Example Corp' : 'Pat Placeholder',
    first_name: isOrganization ? null : 'Pat',
    last_name: isOrganization ? null : 'Placeholder',
    customer_status: 'current',
    prospect_status: 'current',
    billing_address: ADDRESS,
    shipping_address: ADDRESS,
    custom_fields: customFields(catalog),
  };
}

/** A clearly fake record for the admin's layout preview, with a value for every field in the catalog. */
export function sampleRecord(widget: 'lead', catalog: readonly FieldDef[]): SellLead;
export function sampleRecord(widget: 'person' | 'company', catalog: readonly FieldDef[]): SellContact;
export function sampleRecord(widget: 'deal', catalog: readonly FieldDef[]): SellDeal;
export function sampleRecord(widget: WidgetKind, catalog: readonly FieldDef[]): SellLead | SellContact | SellDeal;
export function sampleRecord(widget: WidgetKind, catalog: readonly FieldDef[]): SellLead | SellContact | SellDeal {
  switch (widget) {
    case 'lead':
      return {
        ...shared,
        id: 9006,
        first_name: 'Pat',
        last_name: 'Placeholder',
        organization_name: 'Example Corp',
        status: 'New',
        source_id: SOURCE_ID,
        custom_fields: customFields(catalog),
      };
    case 'person':
    case 'company':
      return contact(widget === 'company', catalog);
    case 'deal':
      return {
        id: 9007,
        creator_id: OWNER_ID,
        owner_id: OWNER_ID,
        name: 'Sample deal',
        contact_id: PERSON_ID,
        organization_id: COMPANY_ID,
        source_id: SOURCE_ID,
        stage_id: STAGE_ID,
        value: '12500.00',

        currency: null,
        hot: true,
        estimated_close_date: '2024-09-30',
        customized_win_likelihood: 60,
        last_stage_change_at: UPDATED,
        added_at: '2024-05-17',
        tags: ['sample', 'preview'],
        custom_fields: customFields(catalog),
        created_at: CREATED,
        updated_at: UPDATED,
      };
  }
}

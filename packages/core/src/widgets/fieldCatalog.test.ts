import type { CustomFieldType, SellCustomFieldDef } from '../sell';
import type { WidgetKind } from '../settings-types';
import { DEFAULT_FIELD_LAYOUT } from './defaultLayouts';
import type { FieldType } from './fieldCatalog';
import { customFieldKey, customFieldType, fieldCatalog } from './fieldCatalog';

const WIDGETS: WidgetKind[] = ['lead', 'person', 'company', 'deal'];

const custom = (name: string, type: CustomFieldType, extra: Partial<SellCustomFieldDef> = {}): SellCustomFieldDef => ({
  id: name.length,
  name,
  type,
  ...extra,
});

describe('fieldCatalog', () => {
  it.each([
    ['lead', ['email', 'phone', 'mobile', 'owner', 'status', 'source', 'title', 'organization_name', 'industry', 'website', 'address', 'tags', 'description', 'fax', 'twitter', 'facebook', 'linkedin', 'skype', 'created_at', 'updated_at']],
    ['person', ['email', 'phone', 'mobile', 'owner', 'title', 'company', 'industry', 'website', 'address', 'tags', 'customer_status', 'prospect_status', 'description', 'created_at']],
    ['company', ['email', 'phone', 'website', 'industry', 'owner', 'address', 'billing_address', 'shipping_address', 'tags', 'description']],
    ['deal', ['value', 'stage', 'owner', 'estimated_close_date', 'hot', 'source', 'tags', 'customized_win_likelihood', 'added_at', 'created_at']],
  ] as const)('offers the standard %s fields', (widget, keys) => {
    const catalog = fieldCatalog(widget, []);
    expect(catalog.map((f) => f.key)).toEqual(expect.arrayContaining([...keys]));
  });

  it.each(WIDGETS)('covers every key of the default %s layout', (widget) => {
    const keys = new Set(fieldCatalog(widget, []).map((f) => f.key));
    for (const key of DEFAULT_FIELD_LAYOUT[widget]) expect(keys).toContain(key);
  });

  it.each(WIDGETS)('labels standard %s fields with field.<key> translation keys and no copy', (widget) => {
    for (const field of fieldCatalog(widget, [])) {
      expect(field).toMatchObject({ source: 'standard', labelKey: `field.${field.key}` });
      expect(field.label).toBeUndefined();
    }
  });

  it.each(WIDGETS)('never lists a %s field twice', (widget) => {
    const keys = fieldCatalog(widget, [custom('Region', 'string'), custom('Region', 'text')]).map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ['lead', 'email', 'email'],
    ['lead', 'mobile', 'phone'],
    ['lead', 'website', 'url'],
    ['lead', 'owner', 'user'],
    ['lead', 'source', 'source'],
    ['lead', 'description', 'longText'],
    ['lead', 'updated_at', 'datetime'],
    ['person', 'company', 'contact'],
    ['person', 'customer_status', 'enum'],
    ['company', 'billing_address', 'address'],
    ['deal', 'value', 'money'],
    ['deal', 'stage', 'stage'],
    ['deal', 'hot', 'boolean'],
    ['deal', 'estimated_close_date', 'date'],
    ['deal', 'customized_win_likelihood', 'percent'],
    ['deal', 'tags', 'tags'],
  ] as const)('types the %s field %s as %s', (widget, key, type) => {
    expect(fieldCatalog(widget, []).find((f) => f.key === key)?.type).toBe(type);
  });

  it('lists the known values of status enums', () => {
    const field = fieldCatalog('company', []).find((f) => f.key === 'prospect_status');
    expect(field?.values).toEqual(['none', 'current', 'lost']);
  });

  it.each<[CustomFieldType, FieldType]>([
    ['string', 'text'],
    ['text', 'longText'],
    ['number', 'number'],
    ['bool', 'boolean'],
    ['date', 'date'],
    ['datetime', 'datetime'],
    ['email', 'email'],
    ['phone', 'phone'],
    ['url', 'url'],
    ['address', 'address'],
    ['list', 'choice'],
    ['multi_select_list', 'multiChoice'],
  ])('maps the Sell custom type %s to %s', (sellType, type) => {
    const [field] = fieldCatalog('deal', [custom('Field', sellType)]).filter((f) => f.source === 'custom');
    expect(field).toEqual({ key: 'custom:Field', label: 'Field', type, source: 'custom' });
  });

  it.each([
    ['boolean', 'boolean'],
    ['rich_text', 'text'],
    ['constructor', 'text'],
  ])('maps the unexpected custom type %s to %s', (sellType, type) => {
    expect(customFieldType(sellType)).toBe(type);
  });

  it('appends custom fields after the standard ones, in the order Sell lists them', () => {
    const keys = fieldCatalog('lead', [custom('Zeta', 'string'), custom('Alpha', 'number')]).map((f) => f.key);
    expect(keys.slice(-2)).toEqual(['custom:Zeta', 'custom:Alpha']);
    expect(keys[0]).toBe('email');
  });

  it('keeps the choices of list fields', () => {
    const choices = [
      { id: 1, name: 'Gold' },
      { id: 2, name: 'Silver' },
    ];
    const [field] = fieldCatalog('lead', [custom('Tier', 'list', { choices })]).filter((f) => f.source === 'custom');
    expect(field?.choices).toEqual(choices);
  });

  it('skips custom fields without a name', () => {
    expect(fieldCatalog('lead', [custom('  ', 'string')]).some((f) => f.source === 'custom')).toBe(false);
  });

  it.each([
    ['person', { for_contact: true, for_organisation: false }, true],
    ['company', { for_contact: true, for_organisation: false }, false],
    ['person', { for_contact: false, for_organisation: true }, false],
    ['company', { for_contact: false, for_organisation: true }, true],
    ['person', { for_contact: true, for_organisation: true }, true],
    ['company', { for_contact: true, for_organisation: true }, true],
    ['company', { for_contact: true }, false],
    ['person', {}, true],
    ['company', {}, true],
    ['lead', { for_contact: false, for_organisation: false }, true],
    ['deal', { for_contact: false, for_organisation: false }, true],
  ] as const)('on the %s widget, a custom field flagged %j is offered: %s', (widget, flags, offered) => {
    const keys = fieldCatalog(widget, [custom('Segment', 'string', flags)]).map((f) => f.key);
    expect(keys.includes('custom:Segment')).toBe(offered);
  });

  it('builds custom keys from the raw field name', () => {
    expect(customFieldKey('Renewal: date')).toBe('custom:Renewal: date');
  });
});

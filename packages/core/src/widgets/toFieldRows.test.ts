import type { CustomFieldType, CustomFieldValue, SellCustomFieldDef } from '../sell';
import type { WidgetKind } from '../settings-types';
import { DEFAULT_FIELD_LAYOUT } from './defaultLayouts';
import type { FieldDef, FieldType } from './fieldCatalog';
import { fieldCatalog } from './fieldCatalog';
import { plainText } from './plainText';
import { COMPANY, DEAL, LEAD, LOOKUPS, PERSON, SAFE_HREF, XSS_CORPUS } from '../testing';
import type { FieldRow, FormatContext, SellRecord } from './toFieldRows';
import { layoutProblems, toFieldRows } from './toFieldRows';

const US: FormatContext = { locale: 'en-US', timeZone: 'America/New_York', ...LOOKUPS };
const spaces = (text: string | undefined) => text?.replace(/\s/gu, ' ');

const customDef = (name: string, type: CustomFieldType, extra: Partial<SellCustomFieldDef> = {}): SellCustomFieldDef => ({
  id: 1,
  name,
  type,
  ...extra,
});

/** The row of one custom field of the given type holding `value`, on a deal. */
function customRow(type: CustomFieldType, value: CustomFieldValue, ctx: FormatContext = US, extra: Partial<SellCustomFieldDef> = {}) {
  const catalog = fieldCatalog('deal', [customDef('F', type, extra)]);
  return toFieldRows({ ...DEAL, custom_fields: { F: value } }, ['custom:F'], catalog, { ...ctx, keepEmpty: true })[0];
}

const RECORDS: [WidgetKind, SellRecord][] = [
  ['lead', LEAD],
  ['person', PERSON],
  ['company', COMPANY],
  ['deal', DEAL],
];

/** Kinds whose hostile string value must come out as exactly that string, made plain. */
const STRING_KINDS = new Set<FieldType>(['text', 'longText', 'email', 'phone', 'url', 'number', 'money', 'date', 'datetime', 'choice', 'multiChoice', 'enum']);

describe('toFieldRows', () => {
  it.each<[CustomFieldType, CustomFieldValue, Partial<FieldRow>]>([
    ['string', 'Gold tier', { kind: 'text', text: 'Gold tier' }],
    ['text', 'Line one\nLine two', { kind: 'longText', text: 'Line one\nLine two' }],
    ['number', 1234.5, { kind: 'number', text: '1,234.5' }],
    ['number', '42', { kind: 'number', text: '42' }],
    ['number', 'about 3', { kind: 'number', text: 'about 3' }],
    ['bool', true, { kind: 'boolean', text: 'value.yes', textKey: 'value.yes' }],
    ['bool', false, { kind: 'boolean', text: 'value.no', textKey: 'value.no' }],
    ['bool', 'true', { kind: 'boolean', textKey: 'value.yes' }],
    ['bool', 'maybe', { kind: 'boolean', text: 'maybe' }],
    ['date', '2024-03-15', { kind: 'date', text: 'Mar 15, 2024' }],
    ['date', 'next week', { kind: 'date', text: 'next week' }],
    ['datetime', '2024-03-15T23:30:00Z', { kind: 'datetime' }],
    ['email', 'ann@example.com', { kind: 'email', text: 'ann@example.com', href: 'mailto:ann@example.com' }],
    ['email', 'not an email', { kind: 'email', text: 'not an email', href: null }],
    ['phone', '+1 (555) 010-0199', { kind: 'phone', text: '+1 (555) 010-0199', href: 'tel:+15550100199' }],
    // Bare E.164, as the apps write a new lead's phone: grouped for reading, the link unchanged.
    ['phone', '+12025550199', { kind: 'phone', text: '+1 202 555 0199', href: 'tel:+12025550199' }],
    ['phone', '+442079460958', { kind: 'phone', text: '+44 20 7946 0958', href: 'tel:+442079460958' }],
    ['url', 'example.com/pricing', { kind: 'url', text: 'example.com/pricing', href: 'https://example.com/pricing' }],
    ['url', 42, { kind: 'url', text: '42', href: null }],
    ['address', { city: 'Springfield', state: 'IL' }, { kind: 'address', text: 'Springfield, IL', lines: ['Springfield, IL'] }],
    ['address', '12 Main St, Springfield', { kind: 'address', text: '12 Main St, Springfield' }],
    ['list', 'Gold', { kind: 'choice', text: 'Gold' }],
    ['multi_select_list', ['Red', 'Blue', ''], { kind: 'multiChoice', text: 'Red, Blue', items: ['Red', 'Blue'] }],
    ['multi_select_list', 'Red', { kind: 'multiChoice', text: 'Red', items: ['Red'] }],
  ])('formats a custom %s field holding %j', (type, value, expected) => {
    expect(customRow(type, value)).toMatchObject(expected);
  });

  it.each<[CustomFieldType, unknown, string]>([
    ['string', ['a', 'b'], 'a, b'],
    ['string', { city: 'Springfield', state: 'IL' }, 'Springfield, IL'],
    ['string', 42, '42'],
    ['number', Number.NaN, ''],
    ['number', Number.POSITIVE_INFINITY, ''],
    ['date', 20240315, '20240315'],
  ])('falls back to plain text when a %s field holds %j', (type, value, text) => {
    expect(customRow(type, value as CustomFieldValue)?.text).toBe(text);
  });

  it('shows a datetime in the viewer zone', () => {
    // 23:30 UTC on the 15th is 19:30 in New York the same day.
    const text = customRow('datetime', '2024-03-15T23:30:00Z')?.text;
    expect(text).toContain('Mar 15, 2024');
    expect(text).toContain('7:30');
  });

  it.each<[CustomFieldType, CustomFieldValue]>([
    ['string', null],
    ['string', '   '],
    ['number', null],
    ['bool', null],
    ['multi_select_list', []],
    ['address', { line1: '', city: null }],
    ['url', ''],
    ['string', { unexpected: 'object' } as unknown as CustomFieldValue],
  ])('treats a %s field holding %j as empty', (type, value) => {
    expect(customRow(type, value)).toMatchObject({ empty: true, text: '' });
    const catalog = fieldCatalog('deal', [customDef('F', type)]);
    expect(toFieldRows({ ...DEAL, custom_fields: { F: value } }, ['custom:F'], catalog, US)).toEqual([]);
  });

  it('leaves out custom fields the record has no value for, even ones named like Object members', () => {
    const catalog = fieldCatalog('lead', [customDef('constructor', 'string'), customDef('toString', 'string')]);
    expect(toFieldRows(LEAD, ['custom:constructor', 'custom:toString'], catalog, US)).toEqual([]);
    expect(toFieldRows({ ...LEAD, custom_fields: undefined } as unknown as SellRecord, ['custom:constructor'], catalog, US)).toEqual([]);
  });

  it('maps list values that arrive as choice ids to their names', () => {
    const choices = [
      { id: 1, name: 'Gold' },
      { id: 2, name: 'Silver' },
    ];
    expect(customRow('list', 2, US, { choices })?.text).toBe('Silver');
    expect(customRow('list', 9, US, { choices })?.text).toBe('9');
    expect(customRow('list', ['Gold', 'Silver'], US, { choices })).toMatchObject({ items: ['Gold', 'Silver'] });
    expect(customRow('multi_select_list', [1, 2] as unknown as CustomFieldValue, US, { choices })?.items).toEqual(['Gold', 'Silver']);
  });

  it.each([
    ['lead', LEAD, ['email', 'phone', 'mobile', 'status', 'source', 'owner', 'title', 'address', 'tags']],
    ['person', PERSON, ['email', 'phone', 'mobile', 'title', 'owner', 'address', 'tags']],
    ['company', COMPANY, ['email', 'phone', 'website', 'industry', 'owner', 'address']],
    ['deal', DEAL, ['value', 'stage', 'owner', 'estimated_close_date', 'hot']],
  ] as const)('renders the default %s layout in layout order, leaving out empty values', (widget, record, keys) => {
    const rows = toFieldRows(record, DEFAULT_FIELD_LAYOUT[widget], fieldCatalog(widget, []), US);
    expect(rows.map((r) => r.key)).toEqual(keys);
    for (const row of rows) expect(row.labelKey).toBe(`field.${row.key}`);
  });

  it('resolves owner, source, stage and contacts through the lookups', () => {
    const deal = toFieldRows(DEAL, ['owner', 'source', 'stage', 'contact', 'organization'], fieldCatalog('deal', []), US);
    expect(deal.map((r) => r.text)).toEqual(['Sam Seller', 'Referral', 'Qualified', 'Ann Lee', 'Example Corp']);
    const person = toFieldRows(PERSON, ['company'], fieldCatalog('person', []), US);
    expect(person[0]?.text).toBe('Example Corp');
  });

  it('accepts lookups as a Map or a function', () => {
    const ctx: FormatContext = {
      ...US,
      users: new Map([[7, { name: 'From Map' }]]),
      stages: (id) => (id === 5 ? 'From function' : undefined),
    };
    expect(toFieldRows(DEAL, ['owner', 'stage'], fieldCatalog('deal', []), ctx).map((r) => r.text)).toEqual(['From Map', 'From function']);
  });

  it('shows an id it cannot name as #id and flags it', () => {
    const rows = toFieldRows({ ...DEAL, owner_id: 99, stage_id: '5' as unknown as number }, ['owner', 'stage'], fieldCatalog('deal', []), {
      locale: 'en-US',
      timeZone: 'UTC',
    });
    expect(rows).toEqual([
      expect.objectContaining({ key: 'owner', text: '#99', unresolved: true }),
      expect.objectContaining({ key: 'stage', text: '#5', unresolved: true }),
    ]);
  });

  it('shows a reference that is not an id as text', () => {
    const rows = toFieldRows({ ...DEAL, owner_id: 'Ann' as unknown as number }, ['owner'], fieldCatalog('deal', []), US);
    expect(rows[0]).toMatchObject({ text: 'Ann' });
    expect(rows[0]?.unresolved).toBeUndefined();
  });

  it.each([
    ['en-US', 'America/New_York', '€1,234.50', ['Mar 15, 2024']],
    ['fr-FR', 'Europe/Paris', '1 234,50 €', ['15 mars 2024']],
    ['de-DE', 'Europe/Berlin', '1.234,50 €', ['15.03.2024']],
    ['ja-JP', 'Asia/Tokyo', '€1,234.50', ['2024/03/15']],
  ])('formats a deal in %s (%s)', (locale, timeZone, money, closeDate) => {
    const rows = toFieldRows(DEAL, ['value', 'estimated_close_date', 'customized_win_likelihood', 'created_at'], fieldCatalog('deal', []), {
      locale,
      timeZone,
    });
    const text = (key: string) => spaces(rows.find((r) => r.key === key)?.text);
    expect(text('value')).toBe(money);
    for (const part of closeDate) expect(text('estimated_close_date')).toContain(part);
    expect(text('customized_win_likelihood')).toMatch(/^60\s?%$/u);
    expect(text('created_at')).toContain('2024');
  });

  it('shows created_at on the day it was in the viewer zone', () => {
    const [tokyo] = toFieldRows(DEAL, ['created_at'], fieldCatalog('deal', []), { locale: 'de-DE', timeZone: 'Asia/Tokyo' });
    const [newYork] = toFieldRows(DEAL, ['created_at'], fieldCatalog('deal', []), { locale: 'de-DE', timeZone: 'America/New_York' });
    expect(tokyo?.text).toContain('16.03.2024');
    expect(newYork?.text).toContain('15.03.2024');
  });

  it.each([
    ['the deal currency', { currency: 'EUR' }, {}, '€1,234.50'],
    ['the account currency when the deal has none', { currency: null }, { currency: 'GBP' }, '£1,234.50'],
    ['a plain number when nobody names a currency', { currency: '' }, {}, '1,234.5'],
  ])('formats money in %s', (_, deal, ctx, expected) => {
    const [row] = toFieldRows({ ...DEAL, ...deal }, ['value'], fieldCatalog('deal', []), { ...US, ...ctx });
    expect(row?.text).toBe(expected);
  });

  it('renders booleans and status enums as translation keys, unknown enum values as text', () => {
    const deal = toFieldRows({ ...DEAL, hot: false }, ['hot'], fieldCatalog('deal', []), US);
    expect(deal[0]).toMatchObject({ textKey: 'value.no' });
    const company = toFieldRows({ ...COMPANY, prospect_status: 'dormant' }, ['customer_status', 'prospect_status'], fieldCatalog('company', []), US);
    expect(company).toEqual([
      expect.objectContaining({ textKey: 'value.customer_status.past', text: 'value.customer_status.past' }),
      expect.objectContaining({ text: 'dormant' }),
    ]);
    expect(company[1]?.textKey).toBeUndefined();
  });

  it('gives tags as items and a joined text', () => {
    const [row] = toFieldRows(LEAD, ['tags'], fieldCatalog('lead', []), US);
    expect(row).toMatchObject({ kind: 'tags', items: ['vip', 'chat'], text: 'vip, chat' });
  });

  it('gives addresses as lines in the viewer locale', () => {
    const [row] = toFieldRows(LEAD, ['address'], fieldCatalog('lead', []), { locale: 'fr-FR', timeZone: 'Europe/Paris' });
    expect(row?.lines).toEqual(['12 Main St', '62704 Springfield', 'IL', 'États-Unis']);
    expect(row?.text).toBe(row?.lines?.join('\n'));
  });

  it('links social profiles that are URLs and shows handles as text', () => {
    const rows = toFieldRows(LEAD, ['twitter', 'linkedin', 'website'], fieldCatalog('lead', []), US);
    expect(rows.map((r) => r.href)).toEqual([null, 'https://www.linkedin.com/in/example', 'https://example.com/']);
  });

  it('skips keys missing from the catalog and repeated keys', () => {
    const rows = toFieldRows(LEAD, ['custom:Deleted', 'email', 'constructor', '__proto__', 'email', 'phone'], fieldCatalog('lead', []), US);
    expect(rows.map((r) => r.key)).toEqual(['email', 'phone']);
  });

  it('labels custom rows with the field name', () => {
    const catalog = fieldCatalog('lead', [customDef('Renewal date', 'date')]);
    const [row] = toFieldRows({ ...LEAD, custom_fields: { 'Renewal date': '2025-01-31' } }, ['custom:Renewal date'], catalog, US);
    expect(row).toMatchObject({ key: 'custom:Renewal date', label: 'Renewal date', kind: 'date' });
    expect(row?.labelKey).toBeUndefined();
  });

  it('cuts 5,000-character text to the limit, flags it and keeps the full text', () => {
    const long = 'x'.repeat(5000);
    const [row] = toFieldRows({ ...LEAD, description: long }, ['description'], fieldCatalog('lead', []), US);
    expect(row?.truncated).toBe(true);
    expect(row?.text).toHaveLength(501);
    expect(row?.fullText).toBe(long);
    const [short] = toFieldRows({ ...LEAD, description: long }, ['description'], fieldCatalog('lead', []), { ...US, maxTextLength: 10 });
    expect(short?.text).toBe(`${'x'.repeat(10)}…`);
  });

  it('caps long lists and flags them', () => {
    const tags = Array.from({ length: 80 }, (_, i) => `tag${i}`);
    const [row] = toFieldRows({ ...LEAD, tags }, ['tags'], fieldCatalog('lead', []), { ...US, maxTextLength: 5000 });
    expect(row?.items).toHaveLength(50);
    expect(row?.truncated).toBe(true);
    expect(row?.fullText).toBeUndefined();
  });

  it('keeps emoji and right-to-left text intact', () => {
    const rows = toFieldRows({ ...LEAD, title: '👩🏽‍💻 مديرة المبيعات', industry: 'קמעונאות' }, ['title', 'industry'], fieldCatalog('lead', []), US);
    expect(rows.map((r) => r.text)).toEqual(['👩🏽‍💻 مديرة المبيعات', 'קמעונאות']);
    expect(rows.some((r) => r.truncated)).toBe(false);
  });

  it.each(XSS_CORPUS)('renders the hostile value %j as plain text with no unsafe link in any field', (payload) => {
    const types: CustomFieldType[] = ['string', 'text', 'email', 'phone', 'url', 'list', 'multi_select_list', 'number', 'date', 'bool'];
    const defs = types.map((type) => customDef(type, type));
    const custom = Object.fromEntries(types.map((type) => [type, type === 'multi_select_list' ? [payload] : payload]));
    for (const [widget, record] of RECORDS) {
      const hostile = Object.fromEntries(
        Object.entries(record).map(([key, value]) => [key, typeof value === 'string' ? payload : value]),
      );
      const catalog = fieldCatalog(widget, defs);
      const rows = toFieldRows({ ...hostile, custom_fields: custom } as unknown as SellRecord, catalog.map((f) => f.key), catalog, {
        ...US,
        maxTextLength: 5000,
      });
      expect(rows.filter((r) => r.key.startsWith('custom:'))).toHaveLength(types.length);
      for (const row of rows) {
        if (row.href !== undefined && row.href !== null) expect(row.href).toMatch(SAFE_HREF);
        if (row.kind === 'email' || row.kind === 'url' || row.kind === 'phone') expect(row.href).toBeNull();
        if (STRING_KINDS.has(row.kind)) expect(row.text).toBe(plainText(payload));
      }
    }
  });
});

describe('layoutProblems', () => {
  const catalog: FieldDef[] = fieldCatalog('lead', [customDef('Tier', 'list')]);

  it('reports nothing for a clean layout', () => {
    expect(layoutProblems(['email', 'custom:Tier'], catalog)).toEqual([]);
  });

  it('lists unknown and repeated keys with their 1-based position', () => {
    expect(layoutProblems(['email', 'custom:Deleted', 'email', 'stage'], catalog)).toEqual([
      { key: 'layout.unknown_field', param: 'field_layout', values: { field: 'custom:Deleted', position: 2 } },
      { key: 'layout.duplicate_field', param: 'field_layout', values: { field: 'email', position: 3 } },
      { key: 'layout.unknown_field', param: 'field_layout', values: { field: 'stage', position: 4 } },
    ]);
  });
});

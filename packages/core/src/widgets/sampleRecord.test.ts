import type { CustomFieldType, SellCustomFieldDef } from '../sell';
import type { WidgetKind } from '../settings-types';
import { fieldCatalog } from './fieldCatalog';
import { SAMPLE_LOOKUPS, sampleRecord } from './sampleRecord';
import { SAFE_HREF } from '../testing';
import { toFieldRows } from './toFieldRows';

const TYPES: CustomFieldType[] = ['string', 'text', 'number', 'bool', 'date', 'datetime', 'email', 'phone', 'url', 'address', 'list', 'multi_select_list'];
const customFields: SellCustomFieldDef[] = TYPES.map((type, id) => ({ id, name: `Sample ${type}`, type }));
const WIDGETS: WidgetKind[] = ['lead', 'person', 'company', 'deal'];

describe('sampleRecord', () => {
  it.each(WIDGETS)('fills every field of the %s catalog, standard and custom', (widget) => {
    const catalog = fieldCatalog(widget, customFields);
    const rows = toFieldRows(sampleRecord(widget, catalog), catalog.map((f) => f.key), catalog, {
      locale: 'en-US',
      timeZone: 'UTC',
      currency: 'USD',
      keepEmpty: true,
      ...SAMPLE_LOOKUPS,
    });
    expect(rows.filter((r) => r.empty).map((r) => r.key)).toEqual([]);
    expect(rows.filter((r) => r.unresolved).map((r) => r.key)).toEqual([]);
    expect(rows).toHaveLength(catalog.length);
  });

  it.each(WIDGETS)('uses only reserved example domains and fictional numbers in the %s sample', (widget) => {
    const catalog = fieldCatalog(widget, customFields);
    const rows = toFieldRows(sampleRecord(widget, catalog), catalog.map((f) => f.key), catalog, { locale: 'en-US', timeZone: 'UTC' });
    for (const row of rows.filter((r) => r.kind === 'email' || r.kind === 'phone' || (r.kind === 'url' && r.key !== 'twitter' && r.key !== 'facebook' && r.key !== 'linkedin'))) {
      expect(row.href).toMatch(SAFE_HREF);
      expect(row.href).toMatch(/example\.com|^tel:\+1555010\d$/);
    }
  });

  it('uses the choices of list fields when there are some', () => {
    const choices = [
      { id: 1, name: 'Gold' },
      { id: 2, name: 'Silver' },
      { id: 3, name: 'Bronze' },
    ];
    const catalog = fieldCatalog('lead', [
      { id: 1, name: 'Tier', type: 'list', choices },
      { id: 2, name: 'Perks', type: 'multi_select_list', choices },
    ]);
    expect(sampleRecord('lead', catalog).custom_fields).toEqual({ Tier: 'Gold', Perks: ['Gold', 'Silver'] });
  });

  it('makes a company an organization and a person a member of it', () => {
    const company = sampleRecord('company', []);
    const person = sampleRecord('person', []);
    expect(company.is_organization).toBe(true);
    expect(person.is_organization).toBe(false);
    expect(person.contact_id).toBe(company.id);
  });

  it('leaves the deal currency to the account so the preview matches it', () => {
    const catalog = fieldCatalog('deal', []);
    const [row] = toFieldRows(sampleRecord('deal', catalog), ['value'], catalog, { locale: 'de-DE', timeZone: 'UTC', currency: 'EUR' });
    expect(row?.text.replace(/\s/gu, ' ')).toBe('12.500,00 €');
  });

  it('is the same on every call', () => {
    const catalog = fieldCatalog('deal', customFields);
    expect(sampleRecord('deal', catalog)).toEqual(sampleRecord('deal', catalog));
  });
});

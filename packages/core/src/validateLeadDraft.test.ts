import type { LeadDraft } from './leadDraft';
import { LEAD_ERROR_KEYS, LEAD_LIMITS, mapSellValidationErrors, validateLeadDraft } from './validateLeadDraft';

const draft = (values: Partial<LeadDraft> = {}): LeadDraft => ({
  first_name: '',
  last_name: '',
  organization_name: '',
  email: '',
  phone: '',
  title: '',
  description: '',
  tags: [],
  status: 'New',
  sourceName: '',
  ...values,
});

it.each<[string, Partial<LeadDraft>]>([
  ['a last name alone', { last_name: 'Lee' }],
  ['a company alone', { organization_name: 'Acme' }],
  ['a full person with company', { first_name: 'Ann', last_name: 'Lee', organization_name: 'Acme' }],
  ['a valid email', { last_name: 'Lee', email: ' Ann@Acme.io ' }],
  ['an international phone', { last_name: 'Lee', phone: '+33 1 23 45 67 89' }],
  ['values at their length limit', { last_name: 'x'.repeat(LEAD_LIMITS.last_name), description: 'y'.repeat(LEAD_LIMITS.description) }],
  ['a limit counted in characters, not UTF-16 units', { last_name: '𠀋'.repeat(LEAD_LIMITS.last_name) }],
])('accepts %s', (_label, values) => {
  expect(validateLeadDraft(draft(values))).toEqual({});
});

it.each<[string, Partial<LeadDraft>, string, string]>([
  ['nothing', {}, 'last_name', 'lead.error.last_name_or_organization_required'],
  ['blank names', { last_name: '  ', organization_name: ' ' }, 'last_name', 'lead.error.last_name_or_organization_required'],
  ['a first name alone', { first_name: 'Ann' }, 'last_name', 'lead.error.last_name_required'],
  ['a first name and a company without a last name', { first_name: 'Ann', organization_name: 'Acme' }, 'last_name', 'lead.error.last_name_required'],
  ['a malformed email', { last_name: 'Lee', email: 'ann@' }, 'email', 'lead.error.email_invalid'],
  ['an unparseable phone', { last_name: 'Lee', phone: 'ask at desk' }, 'phone', 'lead.error.phone_invalid'],
  ['a national phone with no region', { last_name: 'Lee', phone: '01 23 45 67 89' }, 'phone', 'lead.error.phone_invalid'],
])('rejects %s', (_label, values, field, key) => {
  expect(validateLeadDraft(draft(values))).toEqual({ [field]: { key } });
});

it('reads national phone numbers in the given region', () => {
  expect(validateLeadDraft(draft({ last_name: 'Lee', phone: '01 23 45 67 89' }), { defaultRegion: 'FR' })).toEqual({});
});

it.each<[keyof typeof LEAD_LIMITS & keyof LeadDraft]>([
  ['first_name'],
  ['last_name'],
  ['organization_name'],
  ['title'],
  ['email'],
  ['phone'],
  ['description'],
])('rejects a %s over its length limit with the limit as a value', (field) => {
  const errors = validateLeadDraft(draft({ last_name: 'Lee', [field]: 'x'.repeat(LEAD_LIMITS[field] + 1) }));
  expect(errors[field]).toEqual({ key: 'lead.error.too_long', values: { max: LEAD_LIMITS[field] } });
});

it('rejects a tag over the tag length limit', () => {
  const errors = validateLeadDraft(draft({ last_name: 'Lee', tags: ['ok', 't'.repeat(LEAD_LIMITS.tag + 1)] }));
  expect(errors).toEqual({ tags: { key: 'lead.error.too_long', values: { max: LEAD_LIMITS.tag } } });
});

it('reports every broken field at once', () => {
  expect(Object.keys(validateLeadDraft(draft({ first_name: 'Ann', email: 'x', phone: 'y' }))).sort()).toEqual([
    'email',
    'last_name',
    'phone',
  ]);
});

it('returns only keys listed in LEAD_ERROR_KEYS', () => {
  const errors = validateLeadDraft(draft({ first_name: 'Ann', email: 'x', phone: 'y', title: 'x'.repeat(300) }));
  const mapped = mapSellValidationErrors(
    ['blank', 'missing', 'incorrect_value', 'invalid_type', 'already_exists', 'weird'].map((code, index) => ({
      field: ['/first_name', '/last_name', '/email', '/phone', '/title', '/description'][index],
      code,
      message: 'm',
    })),
  );
  for (const { key } of [...Object.values(errors), ...Object.values(mapped.fields)]) {
    expect(LEAD_ERROR_KEYS).toContain(key);
  }
});

it.each<[string, string, string]>([
  ['/last_name', 'last_name', 'lead.error.required'],
  ['/data/email', 'email', 'lead.error.invalid'],
  ['email', 'email', 'lead.error.invalid'],
  ['/data/organization_name', 'organization_name', 'lead.error.invalid'],
  ['/tags/0', 'tags', 'lead.error.invalid'],
  ['/source_id', 'sourceName', 'lead.error.invalid'],
  ['/status', 'status', 'lead.error.invalid'],
])('maps the Sell error pointer %s to the %s field', (pointer, field, key) => {
  const code = key === 'lead.error.required' ? 'blank' : 'incorrect_value';
  const { fields, unmapped } = mapSellValidationErrors([{ field: pointer, code, message: 'Sell says no' }]);
  expect(fields).toEqual({ [field]: { key, values: { message: 'Sell says no', code } } });
  expect(unmapped).toEqual([]);
});

it.each<[string, string]>([
  ['blank', 'lead.error.required'],
  ['missing', 'lead.error.required'],
  ['incorrect_value', 'lead.error.invalid'],
  ['invalid_type', 'lead.error.invalid'],
  ['already_exists', 'lead.error.already_exists'],
  ['unknown', 'lead.error.rejected'],
  ['constructor', 'lead.error.rejected'],
])('maps the Sell error code %s to %s', (code, key) => {
  expect(mapSellValidationErrors([{ field: '/email', code, message: 'm' }]).fields.email?.key).toBe(key);
});

it.each<[string, string | null | undefined]>([
  ['the owner', '/owner_id'],
  ['a custom field', '/custom_fields/Budget'],
  ['an unknown attribute', '/invalid_field'],
  ['a prototype name', '/constructor'],
  ['no field at all', undefined],
  ['a null field', null],
  ['the whole payload', '/data'],
])('leaves errors about %s unmapped', (_label, pointer) => {
  const sellError = { field: pointer, code: 'unknown', message: 'm' };
  expect(mapSellValidationErrors([sellError])).toEqual({ fields: {}, unmapped: [sellError] });
});

it('keeps the first Sell error of a field', () => {
  const { fields } = mapSellValidationErrors([
    { field: '/last_name', code: 'blank', message: 'first' },
    { field: '/data/last_name', code: 'incorrect_value', message: 'second' },
  ]);
  expect(fields.last_name?.values?.message).toBe('first');
});

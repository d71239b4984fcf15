import fc from 'fast-check';
import { normalizeEmail, normalizePhone, regionFromLocale } from './normalizePhone';
import { toRegion } from './phoneRegion';

it.each([
  ['an international number', '+33 1 23 45 67 89', undefined, '+33123456789', true],
  ['a national number in the default region', '01 23 45 67 89', 'FR', '+33123456789', true],
  ['a US number with punctuation', '(201) 555-0123', 'US', '+12015550123', true],
  ['a Japanese mobile number', '090-1234-5678', 'JP', '+819012345678', true],
  ['a lower-case region', '090-1234-5678', 'jp', '+819012345678', true],
  ['a tel: link', 'tel:+442071838750', undefined, '+442071838750', true],
  ['full-width digits', '＋４４ ２０ ７１８３ ８７５０', undefined, '+442071838750', true],
  ['an international call prefix in the default region', '0033 1 23 45 67 89', 'FR', '+33123456789', true],
  ['a plausible length with unassigned leading digits', '+1 999 555 0123', undefined, '+19995550123', false],
])('normalises phones: %s', (_label, raw, region, e164, valid) => {
  expect(normalizePhone(raw, region)).toMatchObject({ e164, valid, raw: raw.trim() });
});

it.each([
  ['+1 (415) 555-0142', undefined, '4155550142'],
  ['+972 3-555-0134', undefined, '35550134'],
  ['01 23 45 67 89', 'FR', '123456789'],
])('gives the national number Sell search indexes: %s', (raw, region, national) => {
  expect(normalizePhone(raw, region).nationalNumber).toBe(national);
});

it.each([
  ['letters only', 'call me', 'US'],
  ['too few digits', '12', 'US'],
  ['too many digits', '+1 201 555 01234', undefined],
  ['a national number without a region', '01 23 45 67 89', undefined],
  ['a national number with an unknown region', '01 23 45 67 89', 'XX'],
  ['an empty string', '', 'FR'],
])('keeps the raw text when a phone cannot be parsed: %s', (_label, raw, region) => {
  expect(normalizePhone(raw, region)).toEqual({ e164: null, raw, valid: false, extension: null, international: null, nationalNumber: null });
});

it('treats a missing phone as empty text', () => {
  expect(normalizePhone(null)).toMatchObject({ e164: null, raw: '' });
  expect(normalizePhone(undefined, 'US').raw).toBe('');
});

it('trims the raw text it keeps', () => {
  expect(normalizePhone('  ask at the desk  ').raw).toBe('ask at the desk');
});

it('reports an extension separately because E.164 cannot hold it', () => {
  expect(normalizePhone('+81 90 1234 5678 ext. 12')).toMatchObject({ e164: '+819012345678', extension: '12' });
});

it('offers a readable international form that parses back to the same number', () => {
  const phone = normalizePhone('01 23 45 67 89', 'FR');
  expect(phone.international).not.toBeNull();
  expect(normalizePhone(phone.international).e164).toBe(phone.e164);
});

it('gives E.164 output a plus sign and digits only', () => {
  fc.assert(
    fc.property(fc.string(), fc.constantFrom(undefined, 'US', 'FR', 'JP', 'DE'), (raw, region) => {
      const { e164 } = normalizePhone(raw, region);
      return e164 === null || /^\+[1-9]\d{3,14}$/.test(e164);
    }),
  );
});

it.each([
  ['fr-FR', 'FR'],
  ['en-US', 'US'],
  ['en-GB', 'GB'],
  ['fr-CA', 'CA'],
  ['pt_br', 'BR'],
  ['zh-Hant-TW', 'TW'],
  ['es-419', 'ES'],
  ['ja', 'JP'],
  ['fr', 'FR'],
  ['de', 'DE'],
  ['es', 'ES'],
  ['en', 'US'],
  ['EN', 'US'],
  [' de-AT ', 'AT'],
])('derives the phone region of locale %s as %s', (locale, region) => {
  expect(regionFromLocale(locale)).toBe(region);
});

it.each([['xx'], [''], ['tlh-QQ'], [null], [undefined]])('gives no region for unknown locale %s', (locale) => {
  expect(regionFromLocale(locale)).toBeNull();
});

it.each([
  ['fr', 'FR'],
  [' us ', 'US'],
  ['XX', null],
  ['FRA', null],
  [null, null],
])('accepts only supported two-letter regions: %s', (code, region) => {
  expect(toRegion(code)).toBe(region);
});

it.each([
  ['trims and lower-cases', '  Ann.Lee@Acme.IO ', 'ann.lee@acme.io'],
  ['strips mailto:', 'mailto:ann@acme.io', 'ann@acme.io'],
  ['strips a mailto query', 'MAILTO:ann@acme.io?subject=Hi', 'ann@acme.io'],
  ['strips angle brackets', '<ann@acme.io>', 'ann@acme.io'],
  ['takes the address out of a display form', 'Ann Lee <ann@acme.io>', 'ann@acme.io'],
  ['keeps a +tag', 'ann+sales@acme.io', 'ann+sales@acme.io'],
  ['keeps a question mark that is part of the local part', 'what?@acme.io', 'what?@acme.io'],
  ['accepts internationalised domains', 'ann@bücher.de', 'ann@bücher.de'],
  ['accepts subdomains', 'ann@mail.acme.co.uk', 'ann@mail.acme.co.uk'],
])('normalises emails: %s', (_label, raw, email) => {
  expect(normalizeEmail(raw)).toBe(email);
});

it.each([
  ['null', null],
  ['undefined', undefined],
  ['empty', ''],
  ['no at sign', 'ann.acme.io'],
  ['nothing before the at sign', '@acme.io'],
  ['no dot in the domain', 'ann@localhost'],
  ['a numeric top-level domain', 'ann@10.0.0.1'],
  ['two addresses', 'ann@acme.io, bob@acme.io'],
  ['spaces inside', 'ann lee@acme.io'],
  ['a double dot', 'ann..lee@acme.io'],
  ['a trailing dot in the local part', 'ann.@acme.io'],
  ['a domain label starting with a hyphen', 'ann@-acme.io'],
  ['a local part over 64 characters', `${'a'.repeat(65)}@acme.io`],
  ['an address over 254 characters', `ann@${'a'.repeat(250)}.io`],
])('rejects implausible emails: %s', (_label, raw) => {
  expect(normalizeEmail(raw)).toBeNull();
});

it('accepts generated RFC addresses and is idempotent on them', () => {
  fc.assert(
    fc.property(fc.emailAddress(), (raw) => {
      const email = normalizeEmail(raw);
      return email !== null && normalizeEmail(email) === email;
    }),
  );
});

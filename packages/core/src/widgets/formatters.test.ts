import { createFormatters, parseIso, resolveLocale } from './formatters';

/** Intl separates groups with various spaces (U+00A0, U+202F) depending on ICU; compare with plain spaces. */
const spaces = (text: string | null) => text?.replace(/\s/gu, ' ');

describe('resolveLocale', () => {
  it.each([
    ['fr-FR', 'fr-FR'],
    ['en-us', 'en-US'],
    ['ja', 'ja'],
    ['not a locale!', 'en-US'],
    ['', 'en-US'],
  ])('resolves %j to %j', (input, expected) => {
    expect(resolveLocale(input)).toBe(expected);
  });
});

describe('parseIso', () => {
  it.each([
    ['2024-03-15', Date.UTC(2024, 2, 15), true],
    ['2024-03-15T10:20:30Z', Date.UTC(2024, 2, 15, 10, 20, 30), false],
    ['2024-03-15T10:20:30.5Z', Date.UTC(2024, 2, 15, 10, 20, 30, 500), false],
    ['2024-03-15T10:20:30', Date.UTC(2024, 2, 15, 10, 20, 30), false],
    ['2024-03-15 10:20', Date.UTC(2024, 2, 15, 10, 20), false],
    ['2024-03-15T10:20:30+02:00', Date.UTC(2024, 2, 15, 8, 20, 30), false],
    ['2024-03-15T10:20:30-0530', Date.UTC(2024, 2, 15, 15, 50, 30), false],
  ])('reads %j as UTC epoch %d (date only: %s)', (input, epoch, dateOnly) => {
    expect(parseIso(input)).toEqual({ epoch, dateOnly });
  });

  it.each(['2024-02-30', '2024-13-01', '2024-03-15T24:00:00Z', '2024-03-15T10:60Z', '15/03/2024', 'March 15, 2024', '2024-03-15<script>', ''])(
    'refuses %j',
    (input) => {
      expect(parseIso(input)).toBeNull();
    },
  );
});

describe('createFormatters', () => {
  it.each([
    ['en-US', 'USD', '$1,234.50'],
    ['en-US', 'EUR', '€1,234.50'],
    ['de-DE', 'EUR', '1.234,50 €'],
    ['fr-FR', 'EUR', '1 234,50 €'],
    ['ja-JP', 'usd', '$1,234.50'],
  ])('formats money in %s with %s as %j', (locale, currency, expected) => {
    expect(spaces(createFormatters({ locale, timeZone: 'UTC' }).money(1234.5, currency))).toBe(expected);
  });

  it('formats yen without decimals in ja-JP', () => {
    // ICU versions differ between the full-width and half-width yen sign.
    expect(createFormatters({ locale: 'ja-JP', timeZone: 'UTC' }).money(1234.5, 'JPY')).toMatch(/^[¥￥]1,235$/u);
  });

  it.each([null, undefined, '', 'euro', '12'])('formats money without a usable currency (%j) as a plain number', (currency) => {
    expect(createFormatters({ locale: 'de-DE', timeZone: 'UTC' }).money(1234.5, currency)).toBe('1.234,5');
  });

  it.each([
    ['en-US', '1,234,567.891'],
    ['de-DE', '1.234.567,891'],
    ['fr-FR', '1 234 567,891'],
    ['ja-JP', '1,234,567.891'],
  ])('formats numbers in %s as %j', (locale, expected) => {
    expect(spaces(createFormatters({ locale, timeZone: 'UTC' }).number(1234567.891))).toBe(expected);
  });

  it.each([
    ['en-US', '60%'],
    ['de-DE', '60 %'],
    ['ja-JP', '60%'],
  ])('formats a 0-100 likelihood in %s as %j', (locale, expected) => {
    expect(spaces(createFormatters({ locale, timeZone: 'UTC' }).percent(60))).toBe(expected);
  });

  it.each([
    ['en-US', ['Mar', '15', '2024']],
    ['fr-FR', ['15', 'mars', '2024']],
    ['de-DE', ['15.03.2024']],
    ['ja-JP', ['2024/03/15']],
  ])('keeps the calendar day of a date in %s whatever the zone', (locale, parts) => {
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const text = createFormatters({ locale, timeZone }).date('2024-03-15');
      for (const part of parts) expect(text).toContain(part);
    }
  });

  it.each([
    ['en-US', 'America/Los_Angeles', ['Mar', '15', '2024', '4:30']],
    ['fr-FR', 'Europe/Paris', ['16', 'mars', '2024', '00:30']],
    ['de-DE', 'Europe/Berlin', ['16.03.2024', '00:30']],
    ['ja-JP', 'Asia/Tokyo', ['2024/03/16', '8:30']],
  ])('shows a timestamp in %s in the %s time zone', (locale, timeZone, parts) => {
    const text = createFormatters({ locale, timeZone }).datetime('2024-03-15T23:30:00Z');
    for (const part of parts) expect(text).toContain(part);
  });

  it('shows the local day of a timestamp in a date field', () => {
    expect(createFormatters({ locale: 'de-DE', timeZone: 'Asia/Tokyo' }).date('2024-03-15T23:30:00Z')).toContain('16.03.2024');
  });

  it('shows a date-only value in a datetime field without inventing a time', () => {
    expect(createFormatters({ locale: 'de-DE', timeZone: 'Asia/Tokyo' }).datetime('2024-03-15')).toBe(
      createFormatters({ locale: 'de-DE', timeZone: 'UTC' }).date('2024-03-15'),
    );
  });

  it('follows the 12/24-hour preference', () => {
    expect(createFormatters({ locale: 'en-US', timeZone: 'UTC', hour12: false }).datetime('2024-03-15T23:30:00Z')).toContain('23:30');
    expect(createFormatters({ locale: 'de-DE', timeZone: 'UTC', hour12: true }).datetime('2024-03-15T23:30:00Z')).toContain('11:30');
  });

  it('returns null for dates it cannot read', () => {
    const f = createFormatters({ locale: 'en-US', timeZone: 'UTC' });
    expect(f.date('soon')).toBeNull();
    expect(f.datetime('yesterday')).toBeNull();
  });

  it('accepts Sell offset zones', () => {
    expect(createFormatters({ locale: 'de-DE', timeZone: 'UTC+09:00' }).datetime('2024-03-15T23:30:00Z')).toContain('16.03.2024');
  });

  it('falls back to en-US for an unusable locale', () => {
    const f = createFormatters({ locale: '??', timeZone: 'UTC' });
    expect(f.locale).toBe('en-US');
    expect(f.number(1234.5)).toBe('1,234.5');
  });

  it.each([
    ['fr-FR', 'DE', 'Allemagne'],
    ['de-DE', 'FR', 'Frankreich'],
    ['en-US', 'JP', 'Japan'],
    ['en-US', 'Germany', 'Germany'],
    ['en-US', 'de', 'de'],
  ])('shows the country %2$s in %1$s as %3$s', (locale, country, expected) => {
    expect(createFormatters({ locale, timeZone: 'UTC' }).country(country)).toBe(expected);
  });

  it('joins lists in the locale style', () => {
    expect(createFormatters({ locale: 'en-US', timeZone: 'UTC' }).list(['a', 'b', 'c'])).toBe('a, b, c');
    expect(createFormatters({ locale: 'ja-JP', timeZone: 'UTC' }).list(['a', 'b'])).not.toContain(',');
  });

  it('reports the language and likely region of the locale', () => {
    expect(createFormatters({ locale: 'ja', timeZone: 'UTC' })).toMatchObject({ language: 'ja', region: 'JP' });
  });
});

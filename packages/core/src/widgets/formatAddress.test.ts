import type { SellAddress } from '../sell';
import { formatAddress, isAddress } from './formatAddress';
import { createFormatters } from './formatters';

const full: SellAddress = { line1: '12 Main St', city: 'Springfield', postal_code: '62704', state: 'IL', country: 'US' };
const lines = (address: SellAddress, locale: string) => formatAddress(address, createFormatters({ locale, timeZone: 'UTC' }));

describe('formatAddress', () => {
  it('writes US order with a comma after the city', () => {
    expect(lines(full, 'en-US')).toEqual(['12 Main St', 'Springfield, IL 62704', 'United States']);
  });

  it('uses the US pattern for English without a region', () => {
    expect(lines(full, 'en')[1]).toBe('Springfield, IL 62704');
  });

  it.each(['fr-FR', 'de-DE', 'es', 'pt-BR'])('puts the postal code before the city in %s', (locale) => {
    const result = lines({ ...full, country: 'DE', state: null }, locale);
    expect(result[0]).toBe('12 Main St');
    expect(result[1]).toBe('62704 Springfield');
    expect(result).toHaveLength(3);
  });

  it('writes large-to-small order in ja-JP with the localized country', () => {
    const result = lines({ line1: '千代田1-1', city: '千代田区', postal_code: '100-0001', state: '東京都', country: 'JP' }, 'ja-JP');
    expect(result).toEqual(['日本', '100-0001', '東京都 千代田区', '千代田1-1']);
  });

  it('drops empty parts and lines, and the comma with nothing after the city', () => {
    expect(lines({ line1: '  ', city: 'Springfield', postal_code: null, state: '', country: undefined }, 'en-US')).toEqual(['Springfield']);
  });

  it('keeps a free-text country as typed', () => {
    expect(lines({ country: 'Deutschland' }, 'fr-FR')).toEqual(['Deutschland']);
  });

  it('folds newlines inside a part onto its line and ignores non-text parts', () => {
    const address = { line1: 'Building A\nFloor 3', city: 42 as unknown as string, country: { x: 1 } as unknown as string };
    expect(lines(address, 'en-US')).toEqual(['Building A, Floor 3', '42']);
  });

  it('keeps hostile markup as plain text', () => {
    expect(lines({ line1: '<img src=x onerror=alert(1)>' }, 'en-US')).toEqual(['<img src=x onerror=alert(1)>']);
  });
});

describe('isAddress', () => {
  it.each([
    [{ city: 'Paris' }, true],
    [{ line1: null }, true],
    [{ street: 'x' }, false],
    [['Paris'], false],
    [null, false],
    ['Paris', false],
  ])('recognises %j as an address: %s', (value, expected) => {
    expect(isAddress(value)).toBe(expected);
  });
});

import { normalizeLocale } from './normalizeLocale';

describe('normalizeLocale', () => {
  it.each([
    ['fr-FR', undefined, 'fr'],
    ['en_GB', undefined, 'en'],
    ['JA', undefined, 'ja'],
    [' de-ch ', undefined, 'de'],
    ['es-419', undefined, 'es'],
    ['pt-BR', ['en', 'pt-br'], 'pt-br'],
    ['pt-PT', ['en', 'pt-br'], 'en'],
    ['fr-CA', ['en', 'fr'], 'fr'],
    ['nl-NL', ['en', 'fr'], 'en'],
    ['', undefined, 'en'],
    [undefined, undefined, 'en'],
    [null, undefined, 'en'],
    ['12-34', undefined, 'en'],
  ])('%s (supported %j) → %s', (raw, supported, expected) => {
    expect(normalizeLocale(raw, supported)).toBe(expected);
  });

  it('uses the given fallback', () => {
    expect(normalizeLocale('nl', ['fr'], 'fr')).toBe('fr');
  });
});

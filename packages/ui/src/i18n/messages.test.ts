import { en } from './messages/en';
import { fr } from './messages/fr';
import { es } from './messages/es';
import { de } from './messages/de';
import { ja } from './messages/ja';
import { toLocale, translate } from './translate';

const catalogs = { fr, es, de, ja };

describe.each(Object.entries(catalogs))('the %s catalog', (_name, messages) => {
  it('has exactly the English keys', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('keeps every placeholder of the English text', () => {
    for (const [key, text] of Object.entries(en)) {
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect({ key, placeholders: placeholders(messages[key] ?? '') }).toEqual({ key, placeholders: placeholders(text) });
    }
  });
});

describe('translate', () => {
  const messages = { greet: 'Bonjour {name}', 'items.one': '{count} élément', 'items.other': '{count} éléments' };

  it('interpolates values and formats numbers for the locale', () => {
    expect(translate('fr', messages, {}, 'greet', { name: 'Ana' })).toBe('Bonjour Ana');
    expect(translate('fr', messages, {}, 'items', { count: 1200 })).toBe('1\u202f200 éléments');
    expect(translate('fr', messages, {}, 'items', { count: 1 })).toBe('1 élément');
  });

  it('falls back to English, then to the key, and reports the miss', () => {
    const missing: string[] = [];
    expect(translate('fr', {}, { only: 'English' }, 'only')).toBe('English');
    expect(translate('fr', {}, {}, 'nope', undefined, (k) => missing.push(k))).toBe('nope');
    expect(missing).toEqual(['nope']);
  });
});

describe('toLocale', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['ja', 'ja'],
    ['de_CH', 'de'],
    ['pt-BR', 'en'],
    [undefined, 'en'],
  ])('maps %s to %s', (input, expected) => {
    expect(toLocale(input)).toBe(expected);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOSSARY } from '../../ui/src/i18n/glossary';
import { de } from '../../ui/src/i18n/messages/de';
import { en } from '../../ui/src/i18n/messages/en';
import { es } from '../../ui/src/i18n/messages/es';
import { fr } from '../../ui/src/i18n/messages/fr';
import { ja } from '../../ui/src/i18n/messages/ja';

type Catalog = Readonly<Record<string, string>>;
const LOCALES = { fr, es, de, ja } as const;

/** Every string of an app's manifest texts, flattened to `path.to.key` → text. */
function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (typeof value !== 'object' || value === null) return {};
  const flat: Record<string, string> = {};
  for (const [key, inner] of Object.entries(value)) Object.assign(flat, flatten(inner, prefix ? `${prefix}.${key}` : key));
  return flat;
}

const appsDir = join(__dirname, '../../../apps');
const manifests = readdirSync(appsDir)
  .filter((app) => {
    try {
      return readdirSync(join(appsDir, app, 'src/translations')).includes('en.json');
    } catch {
      return false;
    }
  })
  .map((app) => {
    const read = (lang: string) => flatten(JSON.parse(readFileSync(join(appsDir, app, 'src/translations', `${lang}.json`), 'utf8')));
    return { name: `${app} manifest`, en: read('en'), fr: read('fr'), es: read('es'), de: read('de'), ja: read('ja') };
  });

const catalogs: { name: string; en: Catalog; fr: Catalog; es: Catalog; de: Catalog; ja: Catalog }[] = [
  { name: 'UI', en, fr, es, de, ja },
  ...manifests,
];

it.each(Object.keys(GLOSSARY))('translates “%s” one way in every language, across the UI and the manifests', (term) => {
  const entry = GLOSSARY[term]!;
  const misses: string[] = [];
  for (const catalog of catalogs) {
    for (const [key, english] of Object.entries(catalog.en)) {
      // `user:<id>` / `distribution:<id>` are syntax, not words.
      if (!entry.en.test(english.replace(/\b(user|distribution):\S*/g, ''))) continue;
      for (const locale of Object.keys(LOCALES) as (keyof typeof LOCALES)[]) {
        const text = catalog[locale][key];
        if (text !== undefined && !text.toLowerCase().includes(entry[locale])) misses.push(`${catalog.name} ${locale} ${key}: ${text}`);
      }
    }
  }
  expect(misses.join("\n")).toBe("");
});

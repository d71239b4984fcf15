import { GLOSSARY } from '../testing/glossary';
import { de } from './messages/de';
import { en } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { ja } from './messages/ja';

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

// Each app's manifest texts (apps/<app>/src/translations/<lang>.json), read by Vite's glob at test time.
const translationFiles = import.meta.glob<unknown>('../../../../apps/*/src/translations/*.json', { eager: true, import: 'default' });
const byApp = new Map<string, Record<string, Record<string, string>>>();
for (const [path, json] of Object.entries(translationFiles)) {
  const match = /apps\/([^/]+)\/src\/translations\/([a-z]+)\.json$/.exec(path);
  if (!match) continue;
  const [, app, lang] = match as unknown as [string, string, string];
  byApp.set(app, { ...byApp.get(app), [lang]: flatten(json) });
}
const manifests = [...byApp].map(([app, texts]) => ({
  name: `${app} manifest`,
  en: texts.en ?? {},
  fr: texts.fr ?? {},
  es: texts.es ?? {},
  de: texts.de ?? {},
  ja: texts.ja ?? {},
}));

it('reads the manifest texts of the three apps', () => {
  expect(manifests.map((m) => m.name).sort()).toEqual(['chat-in-sell manifest', 'sell-in-chat manifest', 'sell-in-support manifest']);
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

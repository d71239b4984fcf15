import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { APP_IDS } from './runCli';
import { validatePackage } from './validatePackage';

// The built packages of docs/architecture.md §9; `pnpm test` builds them before the tests run.
const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../../..');
const LOCALES = ['en', 'fr', 'es', 'de', 'ja'];

describe.each(APP_IDS)('the built %s package', (app) => {
  const dist = join(repoRoot, 'apps', app, 'dist');

  it('exists (run `pnpm build` first)', () => {
    expect(existsSync(join(dist, 'manifest.json')), `${dist} is missing: run pnpm build`).toBe(true);
  });

  it('passes every upload rule without errors', () => {
    expect(validatePackage(dist).errors).toEqual([]);
  });

  it('labels every setting in every language', () => {
    const labelWarnings = validatePackage(dist).warnings.filter((finding) => finding.rule.startsWith('translation.'));
    expect(labelWarnings).toEqual([]);
  });

  it.each(LOCALES)('ships translations/%s.json with the marketplace texts and a label and help text per setting', (locale) => {
    const translations = JSON.parse(readFileSync(join(dist, 'translations', `${locale}.json`), 'utf8')) as {
      app: Record<string, unknown> & { parameters: Record<string, { label?: string; helpText?: string }> };
    };
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { parameters: { name: string }[] };
    for (const key of ['name', 'short_description', 'long_description', 'installation_instructions']) {
      expect(translations.app[key], `${locale}: app.${key}`).toEqual(expect.any(String));
    }
    for (const { name } of manifest.parameters) {
      expect(translations.app.parameters[name]?.label, `${locale}: ${name}.label`).toEqual(expect.any(String));
      expect(translations.app.parameters[name]?.helpText, `${locale}: ${name}.helpText`).toEqual(expect.any(String));
    }
  });

  it('ships the same app name in every language', () => {
    const names = LOCALES.map((locale) => (JSON.parse(readFileSync(join(dist, 'translations', `${locale}.json`), 'utf8')) as { app: { name: string } }).app.name);
    expect(new Set(names).size).toBe(1);
  });
});

import { parseStrictJson } from './findDuplicateKeys';
import { isRecord, type AppPackage, type Findings } from './types';

/** Translation file names Zendesk accepts: `en`, `pt-br`, … (docs/platform/zaf.md §Translations). */
const TRANSLATION_LOCALE = /^[a-z]{2}(-\w{2,3})?$/;
/** Marketplace limit on `app.short_description`. */
const SHORT_DESCRIPTION_MAX = 80;
const PUBLIC_KEYS = ['name', 'short_description', 'long_description', 'installation_instructions'];
const PRODUCTS = ['support', 'chat', 'sell', 'standalone_chat'];

interface TranslationContext {
  isPrivate: boolean;
  products: string[];
  parameterNames: string[];
}

// `app.package` holds Zendesk i18n-format strings: every leaf is `{title, value}` with string values.
function isI18nTree(node: unknown): boolean {
  if (!isRecord(node)) return false;
  const keys = Object.keys(node).sort();
  if (keys.length === 2 && keys[0] === 'title' && keys[1] === 'value') return typeof node.title === 'string' && typeof node.value === 'string';
  return Object.values(node).every(isI18nTree);
}

function missingMarketplaceKeys(scope: Record<string, unknown>, isPrivate: boolean): string[] {
  const present = Object.keys(scope).map((key) => (key === 'description' ? 'short_description' : key));
  return (isPrivate ? ['name'] : PUBLIC_KEYS).filter((key) => !present.includes(key));
}

function checkMarketplaceContent(file: string, app: Record<string, unknown>, context: TranslationContext, findings: Findings): void {
  const scoped = Object.keys(app).filter((key) => PRODUCTS.includes(key));
  if (scoped.length === 0) {
    const missing = missingMarketplaceKeys(app, context.isPrivate);
    const why = context.isPrivate ? '' : ' (public app)';
    if (missing.length > 0) findings.error('translation.missing-key', file, `needs app.${missing.join(', app.')}${why}.`);
    return;
  }
  const foreign = scoped.filter((product) => !context.products.includes(product));
  if (foreign.length > 0) {
    findings.error('translation.product-mismatch', file, `has text for ${foreign.join(', ')}, which the manifest does not declare.`);
  }
  for (const product of scoped) {
    const scope = app[product];
    const missing = isRecord(scope) ? missingMarketplaceKeys(scope, context.isPrivate) : PUBLIC_KEYS;
    if (missing.length > 0) findings.error('translation.missing-key', file, `needs app.${product}.${missing.join(`, app.${product}.`)}.`);
  }
}

function checkShortDescriptions(file: string, app: Record<string, unknown>, findings: Findings): void {
  const scopes: [string, unknown][] = [['app', app], ...PRODUCTS.map((p): [string, unknown] => [`app.${p}`, app[p]])];
  for (const [path, scope] of scopes) {
    if (!isRecord(scope)) continue;
    for (const key of ['short_description', 'description']) {
      const text = scope[key];
      if (typeof text === 'string' && [...text].length > SHORT_DESCRIPTION_MAX) {
        const message = `${path}.${key} has ${[...text].length} characters; the limit is ${SHORT_DESCRIPTION_MAX}.`;
        findings.error('translation.short-description-length', file, message);
      }
    }
  }
}

function checkParameterLabels(file: string, app: Record<string, unknown>, context: TranslationContext, findings: Findings): void {
  const { parameters } = app;
  if (parameters !== undefined && !isRecord(parameters)) {
    findings.error('translation.parameter-label', file, `app.parameters must be an object keyed by parameter name.`);
    return;
  }
  const entries = parameters ?? {};
  for (const [name, entry] of Object.entries(entries)) {
    if (!isRecord(entry) || typeof entry.label !== 'string' || entry.label.trim() === '') {
      findings.error('translation.parameter-label', file, `app.parameters.${name} must be an object with a label.`);
    }
  }
  const unlabelled = context.parameterNames.filter((name) => !(name in entries));
  if (unlabelled.length > 0) {
    findings.warn('translation.missing-label', file, `has no label for ${unlabelled.join(', ')}; admins would see the raw setting name.`);
  }
}

/** Checks every `translations/*.json` (docs/platform/zaf.md §Translations). */
export function checkTranslations(pkg: AppPackage, context: TranslationContext, findings: Findings): void {
  for (const file of pkg.files) {
    const match = /^translations\/(.*)\.json$/.exec(file);
    if (!match) continue;
    const locale = match[1] ?? '';
    if (!TRANSLATION_LOCALE.test(locale)) {
      findings.error('translation.invalid-locale', file, `"${locale}" is not a locale name such as en or pt-br.`);
      continue;
    }
    const { value, error, duplicates } = parseStrictJson(pkg.read(file).toString('utf8'));
    if (error !== undefined) {
      findings.error('translation.invalid-json', file, `is not valid JSON: ${error}`);
      continue;
    }
    for (const path of duplicates) findings.warn('translation.duplicate-key', file, `repeats key ${path}; only the last one counts.`);
    if (!isRecord(value)) {
      findings.error('translation.not-object', file, 'must hold a JSON object.');
      continue;
    }
    const app = isRecord(value.app) ? value.app : undefined;
    if (app && app.package !== undefined && !isI18nTree(app.package)) {
      findings.error('translation.invalid-format', file, `app.package must use {title, value} entries.`);
    }
    if (app) {
      checkParameterLabels(file, app, context, findings);
      checkShortDescriptions(file, app, findings);
    }
    if (locale === 'en') checkMarketplaceContent(file, app ?? {}, context, findings);
  }
}

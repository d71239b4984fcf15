import { parseStrictJson } from './findDuplicateKeys';
import { checkLocations } from './checkLocations';
import { isRecord, type AppPackage, type Findings } from './types';

const FILE = 'manifest.json';
/** Framework versions Zendesk serves today (docs/platform/zaf.md §Manifest fields). */
const SERVED_FRAMEWORK_VERSIONS = ['2.0'];
/** Locale pattern for `defaultLocale` (docs/platform/zaf.md §Manifest fields). */
const DEFAULT_LOCALE_PATTERN = /^[a-z]{2,3}(-\w{2,3})?$/;

const BOOLEAN_KEYS = ['requirementsOnly', 'marketingOnly', 'singleInstall', 'signedUrls', 'private'];
const STRING_KEYS = ['defaultLocale', 'version', 'frameworkVersion', 'remoteInstallationURL', 'termsConditionsURL', 'gaID'];
const ALLOWED_EXPERIMENTS = ['hashParams', 'newCssCompiler'];

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
}

/**
 * Finds manifest.json, parses it strictly and checks its top-level keys, types and locations. Returns the parsed
 * manifest when it is a JSON object, so the other checks can read it.
 */
export function checkManifest(pkg: AppPackage, findings: Findings): Record<string, unknown> | undefined {
  const fail = (rule: string, message: string): void => findings.error(rule, FILE, message);
  if (!pkg.has(FILE)) {
    const nested = pkg.files.find((path) => /^[^/]+\/manifest\.json$/.test(path));
    if (!nested) fail('package.missing-manifest', 'is missing from the package root.');
    else {
      const message = 'must be at the package root, not in a folder: re-create the archive from inside the app folder.';
      findings.error('package.nested-manifest', nested, message);
    }
    return undefined;
  }
  const { value, error, duplicates } = parseStrictJson(pkg.read(FILE).toString('utf8'));
  if (error !== undefined) {
    fail('manifest.invalid-json', `is not valid JSON: ${error}`);
    return undefined;
  }
  for (const path of duplicates) fail('manifest.duplicate-key', `duplicate key ${path}: Zendesk rejects repeated keys.`);
  if (!isRecord(value)) {
    fail('manifest.not-object', 'must hold a JSON object.');
    return undefined;
  }
  checkTopLevel(value, pkg, findings);
  const { frameworkVersion } = value;
  if (value.requirementsOnly === true || value.marketingOnly === true) checkListingOnly(value, pkg, findings);
  else {
    if (frameworkVersion === undefined) fail('manifest.missing-key', 'frameworkVersion is required.');
    else if (typeof frameworkVersion === 'string' && !SERVED_FRAMEWORK_VERSIONS.includes(frameworkVersion)) {
      const served = SERVED_FRAMEWORK_VERSIONS.join(', ');
      fail('manifest.framework-version', `frameworkVersion "${frameworkVersion}" is not served; use ${served}.`);
    }
    checkLocations(value.location, pkg, findings);
  }
  if (value.noTemplate !== undefined) {
    fail('manifest.no-template', 'noTemplate is not allowed in v2 apps; use per-location autoLoad/autoHide.');
  }
  return value;
}

function checkAuthor(author: unknown, findings: Findings): void {
  if (!isRecord(author)) {
    findings.error('manifest.wrong-type', FILE, 'author must be an object with name and email.');
    return;
  }
  for (const key of ['name', 'email', 'url']) {
    if (author[key] !== undefined && typeof author[key] !== 'string') {
      findings.error('manifest.wrong-type', FILE, `author.${key} must be a string.`);
    }
  }
  if (typeof author.url === 'string' && !isHttpUrl(author.url)) {
    findings.error('manifest.invalid-url', FILE, `author.url "${author.url}" is not an http(s) URL with a host.`);
  }
}

function checkTopLevel(manifest: Record<string, unknown>, pkg: AppPackage, findings: Findings): void {
  const fail = (rule: string, message: string): void => findings.error(rule, FILE, message);
  for (const key of ['author', 'defaultLocale']) {
    if (manifest[key] === undefined) fail('manifest.missing-key', `${key} is required.`);
  }
  for (const key of BOOLEAN_KEYS) {
    const value = manifest[key];
    if (value !== undefined && typeof value !== 'boolean') fail('manifest.wrong-type', `${key} must be true or false, not ${describe(value)}.`);
  }
  for (const key of STRING_KEYS) {
    const value = manifest[key];
    if (value !== undefined && typeof value !== 'string') fail('manifest.wrong-type', `${key} must be a string, not ${describe(value)}.`);
  }
  const { author, experiments, domainWhitelist, parameters, termsConditionsURL, defaultLocale } = manifest;
  if (author !== undefined) checkAuthor(author, findings);
  if (typeof termsConditionsURL === 'string' && !isHttpUrl(termsConditionsURL)) {
    fail('manifest.invalid-url', `termsConditionsURL "${termsConditionsURL}" is not an http(s) URL with a host.`);
  }
  if (experiments !== undefined && !isRecord(experiments)) fail('manifest.wrong-type', 'experiments must be an object.');
  if (isRecord(experiments)) {
    for (const [key, on] of Object.entries(experiments)) {
      if (on === true && !ALLOWED_EXPERIMENTS.includes(key)) {
        fail('manifest.experiments', `experiment "${key}" is unknown; allowed: ${ALLOWED_EXPERIMENTS.join(', ')}.`);
      }
    }
  }
  const whitelistOk = Array.isArray(domainWhitelist) && domainWhitelist.every((domain) => typeof domain === 'string');
  if (domainWhitelist !== undefined && !whitelistOk) fail('manifest.wrong-type', 'domainWhitelist must be an array of strings.');
  if (parameters !== undefined && !Array.isArray(parameters)) fail('manifest.wrong-type', 'parameters must be an array.');
  if (typeof defaultLocale !== 'string') return;
  const localeFile = `translations/${defaultLocale}.json`;
  if (!DEFAULT_LOCALE_PATTERN.test(defaultLocale)) {
    fail('manifest.default-locale', `defaultLocale "${defaultLocale}" is not a locale such as "en" or "pt-br".`);
  } else if (!pkg.has(localeFile)) {
    findings.error('manifest.default-locale-file', localeFile, `is missing, but defaultLocale is "${defaultLocale}".`);
  }
}

// requirements-only and marketing-only apps ship no app (docs/platform/zaf.md §Manifest and location rules).
function checkListingOnly(manifest: Record<string, unknown>, pkg: AppPackage, findings: Findings): void {
  const kind = manifest.marketingOnly === true ? 'marketingOnly' : 'requirementsOnly';
  const fail = (message: string): void => findings.error('manifest.banned-key', FILE, `${kind} apps ${message}`);
  if (manifest.location !== undefined) fail('must not declare a location.');
  if (manifest.frameworkVersion !== undefined) fail('must not declare a frameworkVersion.');
  if (kind === 'marketingOnly') {
    if (Array.isArray(manifest.parameters) && manifest.parameters.length > 0) fail('must not declare parameters.');
    if (manifest.private !== false) fail('cannot be private.');
  }
  for (const path of pkg.files) {
    if (/\.jsx?$/.test(path) || /^templates\/.*\.hdbs$/.test(path) || /^app\.s?css$/.test(path)) {
      findings.error('source.banned-file', path, `${kind} apps cannot ship source files.`);
    }
  }
}

import { isRecord, type AppPackage, type Findings } from './types';

const FILE = 'manifest.json';

/** Valid location names per product (docs/platform/zaf.md §Locations); legacy product keys map to the same lists. */
const LOCATIONS: Record<string, readonly string[]> = {
  support: [
    'top_bar', 'nav_bar', 'ticket_sidebar', 'new_ticket_sidebar', 'user_sidebar', 'organization_sidebar',
    'background', 'modal', 'ticket_editor', 'system_top_bar', 'custom_object_record_sidebar',
  ],
  chat: ['chat_sidebar', 'background'],
  standalone_chat: ['nav_bar', 'system_top_bar'],
  sell: [
    'deal_card', 'person_card', 'company_card', 'lead_card', 'background', 'modal', 'dashboard', 'note_editor',
    'call_log_editor', 'email_editor', 'top_bar', 'visit_editor',
  ],
};
const LEGACY_PRODUCT_KEYS: Record<string, string> = { zendesk: 'support', zopim: 'chat', lotus_box: 'standalone_chat' };

/** The product name a manifest location key stands for, or undefined for an unknown host. */
function productOf(key: string): string | undefined {
  return key in LOCATIONS ? key : LEGACY_PRODUCT_KEYS[key];
}

/** Every `[product, location]` pair a manifest declares, with legacy product keys normalised. */
export function declaredLocations(location: unknown): [string, string][] {
  if (!isRecord(location)) return [];
  return Object.entries(location).flatMap(([key, locations]) => {
    const product = productOf(key);
    return product && isRecord(locations) ? Object.keys(locations).map((name): [string, string] => [product, name]) : [];
  });
}

function checkUrl(url: string, where: string, pkg: AppPackage, findings: Findings): void {
  // Zendesk substitutes settings into such URLs at load time, so there is nothing to check here.
  if (url.includes('{{setting.')) return;
  let absolute: URL | undefined;
  try {
    absolute = new URL(url);
  } catch {
    absolute = undefined;
  }
  if (absolute) {
    if (absolute.protocol !== 'https:' && absolute.hostname !== 'localhost') {
      findings.error('location.invalid-url', FILE, `${where}: "${url}" must use https (or point at localhost).`);
    }
    return;
  }
  const path = url.split(/[?#]/)[0] ?? '';
  if (!path.startsWith('assets/')) findings.error('location.invalid-url', FILE, `${where}: "${url}" must start with assets/.`);
  else if (!pkg.has(path)) findings.error('location.missing-file', path, `is missing, but ${where} points at it.`);
}

function checkLocation(product: string, name: string, options: unknown, pkg: AppPackage, findings: Findings): void {
  const where = `location ${product}.${name}`;
  const fail = (rule: string, message: string): void => findings.error(rule, FILE, `${where} ${message}`);
  if (typeof options === 'string') {
    if (options === '') fail('location.missing-url', 'does not specify a URL.');
    else checkUrl(options, where, pkg, findings);
    return;
  }
  if (!isRecord(options)) {
    fail('location.invalid-shape', 'must be a URL string or an options object (v2 locations are URLs).');
    return;
  }
  const { url, autoLoad, flexible } = options;
  if (typeof url === 'string' && url !== '') checkUrl(url, where, pkg, findings);
  else if (url !== undefined && typeof url !== 'string') fail('location.invalid-shape', 'has a url that is not a string.');
  else if (autoLoad !== false) fail('location.missing-url', 'does not specify a URL (only autoLoad: false may omit it).');
  if (flexible !== undefined && typeof flexible !== 'boolean') fail('location.wrong-type', 'has flexible that is not true or false.');
  if (autoLoad !== undefined && typeof autoLoad !== 'boolean') fail('location.wrong-type', 'has autoLoad that is not true or false.');
}

/** Checks the manifest's `location` block: known products and locations, URLs that resolve (docs/platform/zaf.md §Manifest and location rules). */
export function checkLocations(location: unknown, pkg: AppPackage, findings: Findings): void {
  const fail = (rule: string, message: string): void => findings.error(rule, FILE, message);
  if (location === undefined || (isRecord(location) && Object.keys(location).length === 0)) {
    fail('manifest.missing-key', 'location is required and must declare at least one location.');
    return;
  }
  if (!isRecord(location)) {
    fail('location.invalid-shape', 'location must be an object of products (array and string forms are v1 only).');
    return;
  }
  for (const [key, locations] of Object.entries(location)) {
    const product = productOf(key);
    if (!product) {
      fail('location.unknown-product', `"${key}" is not a Zendesk product; use one of ${Object.keys(LOCATIONS).join(', ')}.`);
      continue;
    }
    if (!isRecord(locations)) {
      fail('location.invalid-shape', `location.${key} must be an object of locations.`);
      continue;
    }
    const known = LOCATIONS[product] ?? [];
    for (const [name, options] of Object.entries(locations)) {
      if (known.includes(name)) checkLocation(product, name, options, pkg, findings);
      else fail('location.unknown-location', `"${name}" is not a ${product} location; valid ones: ${known.join(', ')}.`);
    }
  }
}

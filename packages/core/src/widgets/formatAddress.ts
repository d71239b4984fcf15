import type { SellAddress } from '../sell';
import type { Formatters } from './formatters';
import { plainText } from './plainText';

type Part = keyof SellAddress;
/** Each line lists parts joined by a space; the first line may put a comma after the city (US style). */
type AddressPattern = readonly (readonly Part[])[];

// Conventions of where the viewer reads, not of where the address is: a viewer sees addresses the way their
// own locale writes them. Three families cover the locales Zendesk ships well enough for a sidebar.
const SMALL_TO_LARGE_US: AddressPattern = [['line1'], ['city', 'state', 'postal_code'], ['country']];
const SMALL_TO_LARGE_EU: AddressPattern = [['line1'], ['postal_code', 'city'], ['state'], ['country']];
const LARGE_TO_SMALL: AddressPattern = [['country'], ['postal_code'], ['state', 'city'], ['line1']];

const US_STYLE_REGIONS = new Set(['US', 'CA', 'AU', 'NZ', 'PH', 'IN', 'GB', 'IE', 'ZA', 'SG', 'MY']);
const LARGE_TO_SMALL_LANGUAGES = new Set(['ja', 'zh', 'ko']);

function patternFor(formatters: Formatters): AddressPattern {
  if (LARGE_TO_SMALL_LANGUAGES.has(formatters.language)) return LARGE_TO_SMALL;
  if (formatters.region !== undefined && US_STYLE_REGIONS.has(formatters.region)) return SMALL_TO_LARGE_US;
  if (formatters.language === 'en') return SMALL_TO_LARGE_US;
  return SMALL_TO_LARGE_EU;
}

function part(address: SellAddress, name: Part, formatters: Formatters): string {
  const raw = address[name];
  if (typeof raw !== 'string' && typeof raw !== 'number') return '';
  const text = plainText(String(raw)).replace(/\s*\n\s*/g, ', ');
  return name === 'country' ? formatters.country(text) : text;
}

/** Whether a value looks like a Sell address object. */
export function isAddress(value: unknown): value is SellAddress {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return ['line1', 'city', 'postal_code', 'state', 'country'].some((key) => key in value);
}

/** An address as display lines in the viewer's locale order; empty parts and lines are dropped. */
export function formatAddress(address: SellAddress, formatters: Formatters): string[] {
  const pattern = patternFor(formatters);
  const lines: string[] = [];
  for (const line of pattern) {
    const parts = line.map((name) => ({ name, text: part(address, name, formatters) })).filter((p) => p.text !== '');
    if (parts.length === 0) continue;
    // "Springfield, IL 62704": the comma belongs after the city only when something follows it.
    const text = parts
      .map((p, i) => (pattern === SMALL_TO_LARGE_US && p.name === 'city' && i < parts.length - 1 ? `${p.text},` : p.text))
      .join(' ');
    lines.push(text);
  }
  return lines;
}

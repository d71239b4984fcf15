import type { LinkKind } from '../safeHref';
import { normalizePhone } from '../normalizePhone';
import { safeHref } from '../safeHref';
import type { FieldDef } from './fieldCatalog';
import { formatAddress, isAddress } from './formatAddress';
import type { Formatters } from './formatters';
import type { NameSource } from './lookups';
import { lookupName } from './lookups';
import { plainText } from './plainText';

/** A value rendered for display, before truncation. */
export interface FormattedValue {
  text: string;
  textKey?: string;
  href?: string | null;
  items?: string[];
  lines?: string[];
  unresolved?: boolean;
}

/** What formatting needs besides the value: formatters, the lookups, the currency in force. */
export interface ValueEnv {
  formatters: Formatters;
  currency: string | null | undefined;
  users?: NameSource | undefined;
  sources?: NameSource | undefined;
  stages?: NameSource | undefined;
  contacts?: NameSource | undefined;
}

const NUMERIC = /^\s*-?\d+(?:\.\d+)?(?:e[+-]?\d+)?\s*$/i;

function toNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  // Sell sends decimals (deal value) as strings; anything looser than a plain decimal stays text.
  if (typeof raw === 'string' && NUMERIC.test(raw)) return Number(raw);
  return null;
}

function toBoolean(raw: unknown): boolean | null {
  if (typeof raw === 'boolean') return raw;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return null;
}

/** Any value as plain text, for fields whose value is not of the expected type. */
function looseText(raw: unknown, env: ValueEnv): string {
  if (typeof raw === 'string') return plainText(raw);
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : '';
  if (typeof raw === 'boolean') return String(raw);
  if (Array.isArray(raw)) return env.formatters.list(raw.map((item) => looseText(item, env)).filter((t) => t !== ''));
  if (isAddress(raw)) return formatAddress(raw, env.formatters).join(', ');
  // Unknown objects have no sensible display; showing JSON would only leak noise into the sidebar.
  return '';
}

function loose(raw: unknown, env: ValueEnv): FormattedValue {
  return { text: looseText(raw, env) };
}

function choiceName(raw: unknown, def: FieldDef, env: ValueEnv): string {
  // Values are choice names per the API; an id (number) is mapped through the field's choices if one arrives.
  if (typeof raw === 'number') {
    const choice = def.choices?.find((c) => c.id === raw);
    if (choice) return plainText(choice.name);
  }
  return looseText(raw, env);
}

function listOf(raw: unknown, def: FieldDef, env: ValueEnv): FormattedValue {
  const values: unknown[] = Array.isArray(raw) ? raw : [raw];
  const items = values.map((value) => choiceName(value, def, env)).filter((text) => text !== '');
  return { text: env.formatters.list(items), items };
}

/**
 * A phone stored as bare E.164 (`+12025550199`, what the apps write) reads better grouped (`+1 202 555 0199`); a
 * number stored the way someone typed it is shown as typed.
 */
function phoneText(raw: string): string {
  if (!/^\+\d{7,15}$/.test(raw.trim())) return raw;
  const phone = normalizePhone(raw);
  return phone.valid && phone.international ? phone.international : raw;
}

function link(raw: unknown, kind: LinkKind, env: ValueEnv): FormattedValue {
  if (typeof raw !== 'string') return { ...loose(raw, env), href: null };
  // The href is judged on the untouched value: hidden characters there are a reason to refuse the link.
  return { text: plainText(kind === 'phone' ? phoneText(raw) : raw), href: safeHref(raw, kind) };
}

function reference(raw: unknown, source: NameSource | undefined, env: ValueEnv): FormattedValue {
  const id = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : raw;
  if (typeof id !== 'number' || !Number.isInteger(id)) return loose(raw, env);
  const name = lookupName(source, id);
  return name === null ? { text: `#${id}`, unresolved: true } : { text: plainText(name) };
}

function whenNumber(raw: unknown, env: ValueEnv, format: (value: number) => string): FormattedValue {
  const value = toNumber(raw);
  return value === null ? loose(raw, env) : { text: format(value) };
}

function whenDate(raw: unknown, env: ValueEnv, format: (value: string) => string | null): FormattedValue {
  const text = typeof raw === 'string' ? format(raw) : null;
  return text === null ? loose(raw, env) : { text };
}

/** A field value formatted by its type; values of an unexpected type fall back to plain text. */
export function formatValue(def: FieldDef, raw: unknown, env: ValueEnv): FormattedValue {
  const { formatters } = env;
  switch (def.type) {
    case 'number':
      return whenNumber(raw, env, (n) => formatters.number(n));
    case 'money':
      return whenNumber(raw, env, (n) => formatters.money(n, env.currency));
    case 'percent':
      return whenNumber(raw, env, (n) => formatters.percent(n));
    case 'boolean': {
      const value = toBoolean(raw);
      if (value === null) return loose(raw, env);
      const key = value ? 'value.yes' : 'value.no';
      return { text: key, textKey: key };
    }
    case 'date':
      return whenDate(raw, env, (s) => formatters.date(s));
    case 'datetime':
      return whenDate(raw, env, (s) => formatters.datetime(s));
    case 'email':
    case 'phone':
    case 'url':
      return link(raw, def.type, env);
    case 'address': {
      if (!isAddress(raw)) return loose(raw, env);
      const lines = formatAddress(raw, formatters);
      return { text: lines.join('\n'), lines };
    }
    case 'choice':
      return Array.isArray(raw) ? listOf(raw, def, env) : { text: choiceName(raw, def, env) };
    case 'multiChoice':
    case 'tags':
      return listOf(raw, def, env);
    case 'enum': {
      if (typeof raw === 'string' && def.values?.includes(raw)) {
        const key = `value.${def.key}.${raw}`;
        return { text: key, textKey: key };
      }
      return loose(raw, env);
    }
    case 'user':
      return reference(raw, env.users, env);
    case 'source':
      return reference(raw, env.sources, env);
    case 'stage':
      return reference(raw, env.stages, env);
    case 'contact':
      return reference(raw, env.contacts, env);
    default:
      return loose(raw, env);
  }
}

import type { Problem } from './settings-types';

/** Where the readers of parseSettings collect what they find: problems block the app, warnings do not. */
export interface SettingsFindings {
  problems: Problem[];
  warnings: Problem[];
}

const MAX_DESCRIBED_LENGTH = 80;

/**
 * Shows an arbitrary setting value inside a problem message without ever throwing: settings come from outside, and
 * objects may lack `toString` (null prototype) or hold cycles, so they are named by type, never stringified.
 */
export function describeValue(value: unknown): string {
  let text: string;
  switch (typeof value) {
    case 'string':
      text = value;
      break;
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      text = String(value);
      break;
    case 'symbol':
      text = value.toString();
      break;
    case 'function':
      text = '[function]';
      break;
    default:
      text = value === null ? 'null' : Array.isArray(value) ? '[array]' : '[object]';
  }
  return text.length > MAX_DESCRIBED_LENGTH ? `${text.slice(0, MAX_DESCRIBED_LENGTH)}…` : text;
}

/** True for values that mean "not set": absent, null, or a blank string (what Zendesk sends for an empty field). */
export function isUnset(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Reads a `checkbox` parameter. Zendesk sends real booleans, but older installations and the settings API hold
 * strings, so `"true"`/`"false"`/`"1"`/`"0"` (any case, any surrounding space) count too; unset means the default.
 */
export function readBoolean(value: unknown, param: string, fallback: boolean, findings: SettingsFindings): boolean {
  if (isUnset(value)) return fallback;
  if (typeof value === 'boolean') return value;
  if (value === 1) return true;
  if (value === 0) return false;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === 'true' || word === '1') return true;
    if (word === 'false' || word === '0') return false;
  }
  findings.problems.push({ key: 'settings.problem.boolean_invalid', param, values: { value: describeValue(value) } });
  return fallback;
}

/** Reads a `text` parameter, trimmed; null when unset. A number is accepted as its decimal text. */
export function readText(value: unknown, param: string, findings: SettingsFindings): string | null {
  if (isUnset(value)) return null;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  findings.problems.push({ key: 'settings.problem.text_invalid', param, values: { value: describeValue(value) } });
  return null;
}

/**
 * Reads a `number` parameter that must hold a Sell id: a positive safe integer, given as a number or as digits in a
 * string (Zendesk stores number parameters as strings). Null when unset; anything else is reported under `problemKey`.
 */
export function readPositiveInteger(
  value: unknown,
  param: string,
  problemKey: string,
  findings: SettingsFindings,
): number | null {
  if (isUnset(value)) return null;
  const text = typeof value === 'string' ? value.trim() : null;
  const candidate = text !== null && /^\d+$/.test(text) ? Number(text) : value;
  if (typeof candidate === 'number' && Number.isSafeInteger(candidate) && candidate > 0) return candidate;
  findings.problems.push({ key: problemKey, param, values: { value: describeValue(value) } });
  return null;
}

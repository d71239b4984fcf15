import type { SellErrorSpec } from './sellEnvelope';
import { isObject } from './sellContext';
import type { SandboxCustomField } from './types';

function valueError(field: SandboxCustomField, value: unknown): 'invalid_type' | 'incorrect_value' | null {
  if (value === null) return null;
  const choices = (field.choices ?? []).map((c) => c.name);
  switch (field.type) {
    case 'number':
      return typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) ? null : 'invalid_type';
    case 'bool':
      return typeof value === 'boolean' ? null : 'invalid_type';
    case 'address':
      return isObject(value) ? null : 'invalid_type';
    case 'list':
      if (typeof value !== 'string') return 'invalid_type';
      return choices.includes(value) ? null : 'incorrect_value';
    case 'multi_select_list':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return 'invalid_type';
      return value.every((v) => choices.includes(v as string)) ? null : 'incorrect_value';
    default:
      return typeof value === 'string' ? null : 'invalid_type';
  }
}

/** Errors for a `custom_fields` object: unknown names, wrong types, values outside a list's choices. */
export function checkCustomFields(resource: string, value: unknown, fields: readonly SandboxCustomField[]): SellErrorSpec[] {
  if (!isObject(value)) return [{ resource, field: '/custom_fields', code: 'invalid_type', details: "The attribute '/custom_fields' must be an object." }];
  const errors: SellErrorSpec[] = [];
  for (const [name, v] of Object.entries(value)) {
    const field = fields.find((f) => f.name === name);
    const pointer = `/custom_fields/${name}`;
    if (!field) {
      errors.push({ resource, field: pointer, code: 'unknown', details: `The custom field '${name}' is not defined for the '${resource}' resource.` });
      continue;
    }
    const problem = valueError(field, v);
    if (problem) errors.push({ resource, field: pointer, code: problem, details: `The value of custom field '${name}' (${field.type}) is not valid.` });
  }
  return errors;
}

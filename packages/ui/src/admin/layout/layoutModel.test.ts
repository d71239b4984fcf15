import type { FieldDef } from '@sell-bridge/core';
import { addField, availableFields, moveField, removeField, sameFields } from './layoutModel';

const list = ['email', 'phone', 'owner'];

it.each([
  ['at the end by default', undefined, ['email', 'phone', 'owner', 'tags']],
  ['at an index', 1, ['email', 'tags', 'phone', 'owner']],
  ['clamped below', -3, ['tags', 'email', 'phone', 'owner']],
  ['clamped above', 99, ['email', 'phone', 'owner', 'tags']],
])('adds a field %s', (_name, index, expected) => {
  expect(addField(list, 'tags', index)).toEqual(expected);
});

it('moves a field that is already shown instead of repeating it', () => {
  expect(addField(list, 'owner', 0)).toEqual(['owner', 'email', 'phone']);
});

it('removes a field and leaves the others in order', () => {
  expect(removeField(list, 'phone')).toEqual(['email', 'owner']);
});

it.each([
  [0, 2, ['phone', 'owner', 'email']],
  [2, 0, ['owner', 'email', 'phone']],
  [1, 1, list],
  [2, 9, list],
])('moves the field at %i to %i', (from, to, expected) => {
  expect(moveField(list, from, to)).toEqual(expected);
});

it('compares layouts by keys and order', () => {
  expect(sameFields(list, [...list])).toBe(true);
  expect(sameFields(list, ['phone', 'email', 'owner'])).toBe(false);
});

it('offers catalog fields not shown, matching the label or the key', () => {
  const catalog: FieldDef[] = [
    { key: 'email', labelKey: 'field.email', type: 'email', source: 'standard' },
    { key: 'tags', labelKey: 'field.tags', type: 'tags', source: 'standard' },
    { key: 'custom:Favourite colour', label: 'Favourite colour', type: 'text', source: 'custom' },
  ];
  const label = (def: FieldDef) => def.label ?? def.key.toUpperCase();
  expect(availableFields(catalog, ['email'], '', label).map((def) => def.key)).toEqual(['tags', 'custom:Favourite colour']);
  expect(availableFields(catalog, ['email'], 'colour', label).map((def) => def.key)).toEqual(['custom:Favourite colour']);
  expect(availableFields(catalog, [], 'TAG', label).map((def) => def.key)).toEqual(['tags']);
});

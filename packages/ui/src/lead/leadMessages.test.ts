import { LEAD_ERROR_KEYS } from '@sell-bridge/core';
import { en } from '../i18n/messages/en';

// core returns reasons and errors as translation keys; every key its sources can produce needs an English text
// (messages.test.ts then holds the other languages to the same keys).
const sources = import.meta.glob<string>(['../../../core/src/*.ts', '!../../../core/src/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const coreKeys = Object.values(sources).flatMap((text) =>
  [...text.matchAll(/'((?:owner\.reason|lead\.error)\.[a-z_]+)'/g)].map((match) => match[1]!),
);

it('finds the keys core produces', () => {
  expect(coreKeys).toContain('owner.reason.creator');
  expect(coreKeys).toContain('lead.error.email_invalid');
});

it.each([...new Set([...coreKeys, ...LEAD_ERROR_KEYS])])('has an English text for %s', (key) => {
  expect(en).toHaveProperty([key]);
});

// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Imports flow one way (docs/architecture.md §2): apps → ui → core, apps → zaf, apps → sell-api → core. */
const ours = (/** @type {string[]} */ ...names) => names.map((n) => `@sell-bridge/${n}`);
const boundary = (/** @type {string[]} */ forbidden, /** @type {string} */ why) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: forbidden.map((name) => ({ name, message: why })),
      patterns: [{ group: forbidden.map((name) => `${name}/*`), message: why }],
    },
  ],
});

const allOurs = ours('core', 'zaf', 'sell-api', 'ui', 'sandbox', 'test-utils');
const sdk = 'zendesk_app_framework_sdk';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/coverage/**', '**/node_modules/**', '**/.workbench/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' }],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'packages/test-utils/**', '**/testing.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  { files: ['*.config.{js,ts}', '**/*.config.{js,ts}', 'eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  // Boundaries
  {
    files: ['packages/core/**'],
    rules: boundary([...allOurs, 'react', 'react-dom', sdk, 'msw'], 'core is pure: it imports nothing of ours, no React, no SDK.'),
  },
  {
    files: ['packages/sell-api/src/**'],
    ignores: ['**/*.test.ts'],
    rules: boundary([...ours('zaf', 'ui', 'sandbox', 'test-utils'), 'react', sdk], 'sell-api depends on core types and a Transport only.'),
  },
  {
    files: ['packages/ui/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: boundary([...ours('zaf', 'sell-api', 'sandbox'), sdk], 'ui renders core data; it never talks to the host or the network.'),
  },
  {
    files: ['packages/sandbox/**'],
    rules: boundary([...ours('zaf', 'ui', 'sell-api', 'test-utils'), 'react', sdk], 'sandbox fakes the services; it knows no client code.'),
  },
  {
    files: ['apps/sell-in-chat/**', 'apps/sell-in-support/**', 'apps/chat-in-sell/**'],
    ignores: ['**/*.test.{ts,tsx}', '**/tests/**'],
    rules: boundary([...ours('sandbox', 'test-utils'), sdk], 'apps reach the host only through @sell-bridge/zaf, and never bundle the sandbox.'),
  },
  {
    files: ['packages/app-kit/src/**'],
    ignores: ['**/*.test.{ts,tsx}', 'packages/app-kit/src/testing/**'],
    rules: boundary([...ours('sandbox', 'test-utils'), sdk], 'app-kit composes zaf, sell-api, core and ui; it never bundles the sandbox.'),
  },
  {
    files: ['packages/zaf/**', 'packages/test-utils/**', 'apps/workbench/**'],
    rules: {},
  },
);

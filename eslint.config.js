// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Imports flow one way (docs/architecture.md §2): apps → app-kit → (ui, zaf, sell-api) → core. */
const ours = (/** @type {string[]} */ ...names) => names.map((n) => `@sell-bridge/${n}`);
/** @typedef {{ paths: { name: string, message: string }[], patterns: ({ group: string[], message: string } | { regex: string, message: string })[] }} Restriction */
/** Forbids packages (with their subpaths) and any extra `groups` (gitignore-style), saying why. */
const forbid = (/** @type {string[]} */ names, /** @type {string} */ why, /** @type {string[]} */ groups = []) =>
  /** @type {Restriction} */ ({
    paths: names.map((name) => ({ name, message: why })),
    patterns: [{ group: [...names.map((name) => `${name}/*`), ...groups], message: why }],
  });
/** One no-restricted-imports rule from several restrictions: flat config replaces a rule's options, never merges them. */
const restrict = (/** @type {Restriction[]} */ ...restrictions) => ({
  'no-restricted-imports': [
    'error',
    { paths: restrictions.flatMap((r) => r.paths), patterns: restrictions.flatMap((r) => r.patterns) },
  ],
});

const allOurs = ours('core', 'zaf', 'sell-api', 'ui', 'app-kit', 'app-build', 'sandbox', 'test-utils');
const apps = ours('sell-in-chat', 'sell-in-support', 'chat-in-sell');
const sdk = 'zendesk_app_framework_sdk';

// What every file obeys, and what every production file obeys on top.
const noSdk = forbid([sdk], 'only packages/zaf imports the ZAF SDK: it is the one door to the host, faked in tests.');
const noCrossPackagePath = /** @type {Restriction} */ ({
  paths: [],
  // `../../ui/src/x`, `../../../packages/ui/x`, `../../sell-in-chat/src/app`: a path that climbs out of its package.
  patterns: [
    {
      regex: '^(\\.\\./)+((packages|apps)/[^/]+|[^./][^/]*/src)(/|$)',
      message: 'a relative path into another package skips its package.json exports: import @sell-bridge/<name>, adding an entry if needed.',
    },
  ],
});
const noTestCode = forbid(
  [...ours('sandbox', 'test-utils'), 'msw', 'vitest'],
  'test code (the sandbox, msw, vitest, Testing Library, any ./testing entry) never reaches production code, so never an app bundle.',
  ['@sell-bridge/*/testing', '@testing-library/*'],
);
/** Tests, test helpers, config and dev tooling: everything but production code. */
const notProduction = ['**/*.test.{ts,tsx}', '**/testing/**', '**/tests/**', '**/*.config.{js,ts}', 'apps/workbench/**', 'packages/test-utils/**'];

/**
 * A package's boundary: `boundary` on its production files (and on its tests too with `testsToo`), plus the rules of
 * every file; production files also may not import test code unless `testCode` (the sandbox is test code itself).
 */
const layer = (
  /** @type {string[]} */ files,
  /** @type {Restriction} */ boundary,
  { testsToo = false, testCode = false, hostSdk = false } = {},
) => {
  const shared = hostSdk ? [noCrossPackagePath] : [noSdk, noCrossPackagePath];
  return [
    ...(testsToo ? [{ files, rules: restrict(...shared, boundary) }] : []),
    { files, ignores: notProduction, rules: restrict(...shared, boundary, ...(testCode ? [] : [noTestCode])) },
  ];
};

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
    files: ['**/*.test.{ts,tsx}', 'packages/test-utils/**', '**/testing/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  { files: ['*.config.{js,ts}', '**/*.config.{js,ts}', 'eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  // Boundaries. Every file: no SDK outside zaf, no relative path into another package.
  { files: ['**/*.{js,mjs,ts,tsx}'], rules: restrict(noSdk, noCrossPackagePath) },
  ...layer(['packages/core/**'], forbid([...allOurs, 'react', 'react-dom', 'msw'], 'core is pure: it imports nothing of ours, no React, no SDK.'), {
    testsToo: true,
  }),
  ...layer(
    ['packages/zaf/**'],
    forbid(ours('sell-api', 'ui', 'app-kit', 'app-build', 'sandbox', 'test-utils'), 'zaf is the only door to the host SDK: it may import core, never what is built on top.'),
    { testsToo: true, hostSdk: true },
  ),
  ...layer(['packages/sell-api/**'], forbid([...ours('zaf', 'ui', 'app-kit', 'app-build'), 'react'], 'sell-api depends on core types and a Transport only.')),
  ...layer(['packages/ui/**'], forbid(ours('zaf', 'sell-api', 'app-kit', 'app-build'), 'ui renders core data; it never talks to the host or the network.')),
  ...layer(['packages/app-kit/**'], forbid(ours('app-build'), 'app-kit composes zaf, sell-api, core and ui at run time; build tooling stays out of the bundle.')),
  ...layer(
    ['packages/app-build/**'],
    forbid([...ours('zaf', 'sell-api', 'ui', 'app-kit', 'sandbox'), 'react', 'react-dom'], 'app-build is Node build tooling: it reads app definitions and built files, never app code.'),
  ),
  ...layer(
    ['packages/sandbox/**'],
    forbid([...ours('zaf', 'ui', 'sell-api', 'app-kit', 'app-build', 'test-utils'), 'react', sdk], 'sandbox fakes the services; it knows no client code.'),
    { testsToo: true, testCode: true },
  ),
  ...layer(['apps/sell-in-chat/**', 'apps/sell-in-support/**', 'apps/chat-in-sell/**'], forbid(apps, 'an app shares code through app-kit, never with another app.')),
);

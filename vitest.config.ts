import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'apps/workbench/vitest.e2e.config.ts'],
    restoreMocks: true,
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.{ts,tsx}', 'apps/*/src/**/*.{ts,tsx}'],
      exclude: ['**/*.test.{ts,tsx}', '**/*.d.ts', '**/testing.ts', '**/testing/**', 'packages/test-utils/**', 'apps/workbench/e2e/**'],
      reporter: ['text-summary', 'json-summary'],
      // packages/core is pure and fully testable; keep it that way (issue #2).
      thresholds: { 'packages/core/src/**': { lines: 95 } },
    },
  },
});

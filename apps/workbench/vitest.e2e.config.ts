import { defineProject } from 'vitest/config';

/** Browser end-to-end tests: the workbench on free ports, Debian Chromium, the built apps. */
export default defineProject({
  test: {
    name: '@sell-bridge/e2e',
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globals: true,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

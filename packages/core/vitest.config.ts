import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: '@sell-bridge/core', include: ['src/**/*.test.{ts,tsx}'], environment: 'node', globals: true, setupFiles: ['src/testing/fastCheckSeed.ts'] },
});

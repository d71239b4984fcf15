import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@sell-bridge/workbench',
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['@sell-bridge/test-utils/setup'],
  },
});

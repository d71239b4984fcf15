import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@sell-bridge/sell-in-support',
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    setupFiles: ['@sell-bridge/test-utils/setup'],
  },
});

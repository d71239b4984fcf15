import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@sell-bridge/ui',
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    globals: true,
    setupFiles: ['@sell-bridge/test-utils/setup'],
  },
});

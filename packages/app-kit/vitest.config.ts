import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@sell-bridge/app-kit',
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    globals: true,
    setupFiles: ['@sell-bridge/test-utils/setup'],
  },
});

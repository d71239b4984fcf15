import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@sell-bridge/zaf',
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    globals: true,
    setupFiles: ['../test-utils/src/setup.ts'],
  },
});

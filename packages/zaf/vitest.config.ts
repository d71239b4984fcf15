import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@sell-bridge/zaf',
    dir: './src',
    environment: 'jsdom',
    globals: true,
    setupFiles: ['@sell-bridge/test-utils/setup'],
  },
});

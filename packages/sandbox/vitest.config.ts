import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: '@sell-bridge/sandbox', include: ['src/**/*.test.{ts,tsx}'], environment: 'node', globals: true },
});

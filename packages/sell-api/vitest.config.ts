import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: '@sell-bridge/sell-api', include: ['src/**/*.test.{ts,tsx}'], environment: 'node', globals: true },
});

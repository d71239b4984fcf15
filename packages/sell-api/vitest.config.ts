import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: '@sell-bridge/sell-api', dir: './src', environment: 'node', globals: true },
});

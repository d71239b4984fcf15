import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: '@sell-bridge/core', dir: './src', environment: 'node', globals: true },
});

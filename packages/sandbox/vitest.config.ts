import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: '@sell-bridge/sandbox', dir: './src', environment: 'node', globals: true },
});

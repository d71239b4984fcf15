// Test helpers of @sell-bridge/core (`./testing` in package.json; never in the package index). fastCheckSeed.ts is
// the vitest setup file, not exported.
export * from './widgetFixtures';
export * from './sellUser';

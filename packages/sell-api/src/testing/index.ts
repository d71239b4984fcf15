// Test helpers of @sell-bridge/sell-api, for its own tests (`./testing` in package.json; never in the package index).
export * from './fakeTransport';
export * from './chatSockets';

/*
 * Test-only sandbox wiring. This folder is never exported from app-kit's index, so the sandbox is never bundled into
 * an app; the import-boundary rule cannot tell a test helper from app code, hence the disable comments below.
 */
import { createSandbox, type Sandbox, type SandboxOptions } from '@sell-bridge/sandbox';
import { sandboxHandlers } from '@sell-bridge/sandbox/msw';
import { http, HttpResponse } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** A sandbox and the msw server answering from it, for one test file. */
export interface SandboxServer {
  sandbox: Sandbox;
  server: SetupServer;
}

/**
 * Starts msw with the sandbox's handlers for the calling test file: listens before all tests (unhandled requests
 * fail the test), and after each test drops extra handlers, clears faults, re-seeds the data and empties the log.
 */
export function setupSandboxServer(options: SandboxOptions = {}): SandboxServer {
  const sandbox = createSandbox({ seed: 1, ...options });
  const server = setupServer(...sandboxHandlers(sandbox));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    sandbox.faults.clear();
    sandbox.reset();
    sandbox.clearLog();
  });
  afterAll(() => server.close());
  return { sandbox, server };
}

/** Makes every request to `origin` fail without an answer (the browser's "offline"), until the test ends. */
export function cutNetwork(server: SetupServer, origin: string): void {
  server.use(http.all(`${origin}/*`, () => HttpResponse.error()));
}

/** The requests the sandbox answered, as `METHOD /path` (no query), in order: to count or exclude calls. */
export function requestPaths(sandbox: Sandbox): string[] {
  return sandbox.requestLog.map((entry) => `${entry.method} ${new URL(entry.url).pathname}`);
}

/** The requests the sandbox answered, as `METHOD /path?query`, in order: to check what was asked for. */
export function requestUrls(sandbox: Sandbox): string[] {
  return sandbox.requestLog.map((entry) => {
    const url = new URL(entry.url);
    return `${entry.method} ${url.pathname}${url.search}`;
  });
}

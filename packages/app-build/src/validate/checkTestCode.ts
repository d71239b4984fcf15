import type { AppPackage, Findings } from './types';

interface TestLibrary {
  /** How the report names the library. */
  name: string;
  /** String literals from the library's runtime code: minifiers keep them as they are, unlike names and comments. */
  markers: string[];
}

/**
 * Test-only code that must never reach a built app. The markers are checked against minified Vite builds of each
 * library and must stay absent from the real bundles (packages/app-build/src/validate/realPackages.test.ts checks that).
 */
const TEST_LIBRARIES: TestLibrary[] = [
  {
    name: 'msw (Mock Service Worker)',
    markers: [
      '[MSW]', // the prefix of every msw warning and error
      'x-msw-intention', // the header msw's bypass() and passthrough() set
      'mockServiceWorker.js', // setupWorker's default worker URL
      'MOCK_ACTIVATE', // the message setupWorker and the worker file exchange
      'kDefaultContentType', // the symbol HttpResponse marks its responses with
    ],
  },
  {
    name: 'the offline sandbox (@sell-bridge/sandbox)',
    markers: [
      'sandbox-sell.example', // the email domain of its seeded users (packages/sandbox/src/fixtures.ts)
      'sandbox: no fake service for host', // createSandbox's reply for unknown hosts (packages/sandbox/src/createSandbox.ts)
      'x-sandbox-role', // the header picking the Support user (packages/sandbox/src/supportRoutes.ts)
    ],
  },
];

// Scripts, and pages in case one inlines a script.
const CODE_FILE = /\.(m?js|cjs|html)$/i;

/** Fails any script that bundles msw or the sandbox: fakes answering the app's requests must not ship. */
export function checkTestCode(pkg: AppPackage, findings: Findings): void {
  for (const file of pkg.files.filter((path) => CODE_FILE.test(path))) {
    const text = pkg.read(file).toString('utf8');
    for (const { name, markers } of TEST_LIBRARIES) {
      const found = markers.filter((marker) => text.includes(marker));
      if (found.length === 0) continue;
      const listed = found.map((marker) => `"${marker}"`).join(', ');
      findings.error(
        'content.test-code',
        file,
        `contains test code from ${name} (${listed}); mocks must not ship, or the app would answer its own requests with fake data. Import it only from tests.`,
      );
    }
  }
}

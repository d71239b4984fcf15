// Shared vitest setup for every DOM test project (Garden's config/vitest.setup.ts does the same).
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no matchMedia; @zendeskgarden/react-theming calls it at import time (docs/platform/pitfalls.md §jsdom has no matchMedia).
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList,
  });
}

// Locations, the lead form and the admin view are lazy chunks: their first render in a file pays for loading the
// module graph, which on a busy 2-core CI machine takes more than Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  // The apps keep reference data in session storage for the next sidebar; each test starts with a new tab.
  if (typeof window !== 'undefined') window.sessionStorage.clear();
});

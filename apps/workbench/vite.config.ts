import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The host page (a local Zendesk). Served in middleware mode by server/startWorkbench.ts. */
export default defineConfig({
  plugins: [react()],
  // Known up front so the first page load never triggers a dependency re-optimisation and reload (e2e stability).
  optimizeDeps: {
    include: [
      'react',
      'react-dom/client',
      'styled-components',
      '@zendeskgarden/react-theming',
      '@zendeskgarden/react-buttons',
      '@zendeskgarden/react-forms',
      '@zendeskgarden/react-modals',
      '@zendeskgarden/react-notifications',
      '@zendeskgarden/react-tags',
    ],
  },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The host page (a local Zendesk). Served in middleware mode by server/startWorkbench.ts. */
export default defineConfig({
  plugins: [react()],
});

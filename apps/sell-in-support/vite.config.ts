import { defineConfig } from 'vite';
import { defineAppConfig } from '@sell-bridge/app-build';
import { app } from './src/app';

export default defineConfig(defineAppConfig({ appDir: import.meta.dirname, app }));

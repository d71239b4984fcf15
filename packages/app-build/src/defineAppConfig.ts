import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { zipSync } from 'fflate';
import { buildManifest, type AppDefinition, type BuildEnvironment } from './manifest';

interface AppConfigOptions {
  /** Absolute path of apps/<app>. */
  appDir: string;
  app: AppDefinition;
}

/**
 * The Vite config every ZAF app shares. Source lives in `src/` (iframe.html is the entry); the build writes the
 * uploadable folder `dist/` (manifest.json, translations/, assets/) and `<repo>/dist/<app>.zip` (docs/architecture.md §9).
 */
export function defineAppConfig({ appDir, app }: AppConfigOptions): UserConfig {
  const env = process.env as BuildEnvironment;
  // With a Sell OAuth client the token lives in `access_token`; without one admins paste a personal token into the
  // secure `sell_api_token` (docs/architecture.md §4). The app cannot see secure settings, so the build tells it which.
  const sellOAuth = Boolean(env.SELL_OAUTH_CLIENT_ID && env.SELL_OAUTH_CLIENT_SECRET);
  return {
    define: { __SELL_TOKEN_SETTING__: JSON.stringify(sellOAuth ? 'access_token' : 'sell_api_token') },
    root: join(appDir, 'src'),
    base: './',
    publicDir: join(appDir, 'src/static'),
    envDir: appDir,
    plugins: [react(), zendeskPackage(appDir, app)],
    build: {
      outDir: join(appDir, 'dist/assets'),
      emptyOutDir: true,
      assetsDir: '',
      target: 'es2022',
      sourcemap: false,
      rolldownOptions: { input: join(appDir, 'src/iframe.html') },
    },
  };
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The Content-Security-Policy of a built app's iframe.html: scripts and styles only from the package itself (Garden's
 * styled-components adds its rules at runtime, hence inline styles), no plugins, no forms, no base URL. Requests go
 * through the host's `client.request`, so the page connects nowhere itself but for Chat's session socket.
 */
export function contentSecurityPolicy(app: Pick<AppDefinition, 'domainWhitelist'>): string {
  const sockets = app.domainWhitelist.some((host) => host.endsWith('zopim.com')) ? ' wss://*.zopim.com' : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self' data:",
    `connect-src 'self'${sockets}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Writes manifest.json and translations next to the built assets, then zips the folder. */
function zendeskPackage(appDir: string, app: AppDefinition): Plugin {
  return {
    name: 'sell-bridge:zendesk-package',
    apply: 'build',
    transformIndexHtml(html) {
      // Only the built package: Vite's dev server injects inline scripts of its own.
      const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(app)}" />`;
      return html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta}`);
    },
    closeBundle() {
      const dist = join(appDir, 'dist');
      const { version } = readJson(join(appDir, 'package.json')) as { version: string };
      const { manifest, notes } = buildManifest(app, version, process.env);
      for (const note of notes) this.warn(note);
      writeFileSync(join(dist, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      const translationsOut = join(dist, 'translations');
      mkdirSync(translationsOut, { recursive: true });
      const translationsIn = join(appDir, 'src/translations');
      for (const file of readdirSync(translationsIn)) copyFileSync(join(translationsIn, file), join(translationsOut, file));
      writeZip(dist, resolve(appDir, '../../dist', `${app.id}.zip`));
    },
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Zips `folder` with its files at the archive root (manifest.json at the top, as Zendesk requires). */
export function writeZip(folder: string, zipFile: string): void {
  const files: Record<string, Uint8Array> = {};
  for (const file of listFiles(folder)) files[relative(folder, file).split('\\').join('/')] = readFileSync(file);
  const out = resolve(zipFile, '..');
  if (!existsSync(out)) mkdirSync(out, { recursive: true });
  writeFileSync(zipFile, zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
}

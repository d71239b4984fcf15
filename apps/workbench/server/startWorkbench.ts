import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { createSandbox, type Sandbox } from '@sell-bridge/sandbox';
import { loadState, saveState } from '@sell-bridge/sandbox/node';
import { APPS, INSTALLATION_OF, proxiedParameters } from './apps';
import { proxyRequest, type ProxyRequestOptions } from './proxy';
import { createApi } from './api';
import { serveFolder } from './staticServer';

export interface WorkbenchOptions {
  root: string;
  port: number;
  mode: 'dev' | 'built';
  live: boolean;
  stateFile: string | null;
  fresh?: boolean;
  /** Quiet Vite logs (tests). */
  quiet?: boolean;
  /** Vite's dependency cache; tests use their own so they never fight a running `pnpm dev` over it. */
  cacheDir?: string;
}

export interface Workbench {
  url: string;
  mode: 'dev' | 'built';
  appUrls: Record<string, string>;
  sandbox: Sandbox;
  /** Every proxied request with its start and end (ms since the workbench started), for `pnpm bench`. */
  proxyLog: ProxyLogEntry[];
  close(): Promise<void>;
}

interface ProxyLogEntry {
  installationId: number;
  method: string;
  url: string;
  start: number;
  end: number;
  status: number;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => {
      resolvePort((server.address() as AddressInfo).port);
    });
  });
}

/** Reads .workbench/secrets.json for live mode: `{ "access_token": "...", "chat_access_token": "..." }`. */
function readLiveSecrets(root: string): Record<string, string> {
  const file = join(root, '.workbench/secrets.json');
  if (!existsSync(file)) throw new Error(`--live needs ${file} with your real tokens (it is git-ignored)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

/** Starts the host page, the three app origins and the dev proxy. Port 0 picks free ports (tests). */
export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const { root, mode, stateFile } = options;
  const saved = stateFile && !options.fresh ? loadState(stateFile) : null;
  const sandbox = createSandbox(saved ? { state: saved } : {});
  let saveTimer: NodeJS.Timeout | undefined;
  const persist = () => {
    if (!stateFile) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      mkdirSync(dirname(stateFile), { recursive: true });
      saveState(stateFile, sandbox.state);
    }, 200);
  };
  const liveSecrets = options.live ? readLiveSecrets(root) : null;

  const closers: (() => Promise<void>)[] = [];
  const appUrls: Record<string, string> = {};
  let nextPort = options.port === 0 ? 0 : options.port + 1;
  for (const app of APPS) {
    if (mode === 'dev') {
      const vite: ViteDevServer = await createViteServer({
        configFile: join(root, 'apps', app.id, 'vite.config.ts'),
        // The app configs import TypeScript workspace packages; Vite's module runner loads them without a TS loader.
        configLoader: 'runner',
        server: { port: nextPort, strictPort: false, host: 'localhost' },
        logLevel: options.quiet ? 'silent' : 'warn',
        clearScreen: false,
        ...(options.cacheDir ? { cacheDir: join(options.cacheDir, app.id) } : {}),
      });
      await vite.listen();
      const port = (vite.httpServer?.address() as AddressInfo).port;
      appUrls[app.id] = `http://localhost:${port}/iframe.html`;
      closers.push(() => vite.close());
    } else {
      const folder = join(root, 'apps', app.id, 'dist');
      if (!existsSync(join(folder, 'assets/iframe.html'))) throw new Error(`${folder} is not built: run pnpm build first`);
      const server = serveFolder(folder);
      const port = await listen(server, nextPort);
      appUrls[app.id] = `http://localhost:${port}/assets/iframe.html`;
      closers.push(() => new Promise((done) => server.close(() => done())));
    }
    if (nextPort !== 0) nextPort += 1;
  }

  const proxyLog: ProxyLogEntry[] = [];
  const proxy = async (installationId: number, role: 'agent' | 'admin', requestOptions: ProxyRequestOptions) => {
    const installation = sandbox.state.installations.find((i) => i.id === installationId);
    const app = APPS.find((a) => INSTALLATION_OF[a.id] === installationId);
    if (!installation || !app) return { status: 404, statusText: 'Not Found', headers: {}, text: 'Unknown installation' };
    const start = performance.now();
    const result = await proxyRequest(
      requestOptions,
      {
        secrets: liveSecrets ?? installation.secure,
        secureParameters: proxiedParameters(app),
        domainWhitelist: app.domainWhitelist,
        role,
        accountHost: 'workbench.zendesk.com',
      },
      (request) => (liveSecrets && !request.url.includes('.zendesk.com/') ? fetch(request) : sandbox.handle(request)),
    );
    const method = (requestOptions.type ?? 'GET').toUpperCase();
    proxyLog.push({
      installationId,
      method,
      url: requestOptions.url ?? '',
      start,
      end: performance.now(),
      status: 'status' in result ? result.status : 0,
    });
    if (proxyLog.length > 5000) proxyLog.splice(0, proxyLog.length - 5000);
    if (method !== 'GET') persist();
    return result;
  };

  const api = createApi({ sandbox, proxy, persist, appUrls, live: options.live });
  // The host page's Vite shares this server (HMR included), so it is created first and attached below.
  const pageServer: { vite?: ViteDevServer } = {};
  const host = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    void api(req, res).then((handled) => {
      if (!handled) pageServer.vite?.middlewares(req, res);
    });
  });
  const hostVite = await createViteServer({
    root: join(root, 'apps/workbench'),
    configFile: join(root, 'apps/workbench/vite.config.ts'),
    // HMR shares the host page's own server and port.
    server: { middlewareMode: true, hmr: { server: host } },
    appType: 'spa',
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    logLevel: options.quiet ? 'silent' : 'warn',
    clearScreen: false,
  });
  pageServer.vite = hostVite;
  const port = await listen(host, options.port);
  closers.push(() => hostVite.close(), () => new Promise((done) => host.close(() => done())));

  return {
    url: `http://localhost:${port}/`,
    mode,
    appUrls,
    sandbox,
    proxyLog,
    async close() {
      clearTimeout(saveTimer);
      if (stateFile) {
        mkdirSync(dirname(stateFile), { recursive: true });
        saveState(stateFile, sandbox.state);
      }
      host.closeAllConnections();
      await Promise.all(closers.map((close) => close()));
    },
  };
}

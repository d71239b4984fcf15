/** The workbench's own HTTP API (`/__wb/*`): config, installations, the proxy, faults, reset, surface data. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONVERSATIONS_HOST, type FaultRule, type Sandbox } from '@sell-bridge/sandbox';
import { APPS, INSTALLATION_OF } from './apps';
import { createChatSimulator } from './chatSimulator';
import type { ProxyRequestOptions, ProxyResult } from './proxy';
import { surfaceData } from './surfaceData';

export type FaultKind = '401' | '403' | '404' | '429' | '5xx' | 'slow' | 'timeout' | '422-lead' | 'offline' | 'no-search';
export type Service = 'sell' | 'chat' | 'support';

const HOSTS: Record<Service, string> = { sell: 'api.getbase.com', chat: 'www.zopim.com', support: 'workbench.zendesk.com' };

/** The sandbox rule behind each fault switch of the workbench. */
export function faultRule(kind: FaultKind, service: Service): FaultRule | null {
  const match = { host: HOSTS[service], path: /.*/ };
  switch (kind) {
    case '401':
      return { match, status: 401 };
    case '403':
      return { match, status: 403 };
    case '404':
      return { match, status: 404 };
    case '429':
      return { match, status: 429, body: service === 'sell' ? 'text' : 'json' };
    case '5xx':
      return { match, status: 503 };
    case 'slow':
      return { match, latencyMs: 2500 };
    case 'timeout':
      return { match, timeout: true };
    case '422-lead':
      return { match: { host: HOSTS.sell, method: 'POST', path: '/v2/leads' }, status: 422 };
    default:
      return null;
  }
}

interface ApiOptions {
  sandbox: Sandbox;
  proxy: (installationId: number, role: 'agent' | 'admin', options: ProxyRequestOptions) => Promise<ProxyResult>;
  persist: () => void;
  appUrls: Record<string, string>;
  live: boolean;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : {};
}

function send(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
  return true;
}

/** Installation as the browser may see it: non-secure settings, and only whether each secure one is set. */
function publicInstallation(sandbox: Sandbox, id: number) {
  const installation = sandbox.state.installations.find((i) => i.id === id);
  if (!installation) return null;
  const secureSet = Object.fromEntries(Object.entries(installation.secure).map(([name, value]) => [name, value !== '']));
  return { id, product: installation.product, settings: installation.settings, secureSet, updated_at: installation.updated_at };
}

/** Returns a request handler; resolves false when the route is not ours (the host page's Vite takes it). */
export function createApi({ sandbox, proxy, persist, appUrls, live }: ApiOptions) {
  const switches: { kind: FaultKind; service: Service; remove: () => void }[] = [];
  const offline = () => switches.some((s) => s.kind === 'offline');
  const chat = createChatSimulator(sandbox, persist);
  // A Chat switch covers both Chat hosts: REST (www.zopim.com) and the Conversations API the top bar streams from.
  const inject = (rule: FaultRule, service: Service): (() => void) => {
    const removers = [rule, ...(service === 'chat' ? [{ ...rule, match: { ...rule.match, host: CONVERSATIONS_HOST } }] : [])].map((r) => sandbox.faults.inject(r));
    return () => removers.forEach((remove) => remove());
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/__wb/')) return false;
    const route = `${req.method ?? 'GET'} ${url.pathname}`;
    try {
      if (await chat(req, res, url)) return true;
      if (route === 'GET /__wb/config') {
        return send(res, 200, {
          live,
          apps: APPS.map((app) => ({
            id: app.id,
            name: app.name,
            url: appUrls[app.id],
            installationId: INSTALLATION_OF[app.id],
            locations: app.locations,
            parameters: app.parameters,
          })),
          installations: APPS.map((app) => publicInstallation(sandbox, INSTALLATION_OF[app.id])),
        });
      }
      if (route === 'POST /__wb/proxy') {
        const body = (await readJson(req)) as { installationId: number; role?: 'agent' | 'admin'; options: ProxyRequestOptions };
        if (offline()) return send(res, 200, { networkError: 'error' });
        return send(res, 200, await proxy(body.installationId, body.role ?? 'agent', body.options));
      }
      const installationRoute = /^PUT \/__wb\/installations\/(\d+)$/.exec(route);
      if (installationRoute) {
        const id = Number(installationRoute[1]);
        const installation = sandbox.state.installations.find((i) => i.id === id);
        if (!installation) return send(res, 404, { error: 'unknown installation' });
        const body = (await readJson(req)) as { settings?: Record<string, string | number | boolean | null>; secure?: Record<string, string> };
        Object.assign(installation.settings, body.settings ?? {});
        Object.assign(installation.secure, body.secure ?? {});
        installation.updated_at = new Date().toISOString();
        persist();
        return send(res, 200, publicInstallation(sandbox, id));
      }
      if (route === 'GET /__wb/faults') return send(res, 200, switches.map(({ kind, service }) => ({ kind, service })));
      if (route === 'POST /__wb/faults') {
        const { kind, service = 'sell' } = (await readJson(req)) as { kind: FaultKind; service?: Service };
        if (kind === 'no-search') {
          sandbox.state.searchApiEnabled = false;
          switches.push({ kind, service, remove: () => (sandbox.state.searchApiEnabled = true) });
        } else {
          const rule = faultRule(kind, service);
          switches.push({ kind, service, remove: rule ? inject(rule, service) : () => undefined });
        }
        return send(res, 200, switches.map(({ kind: k, service: s }) => ({ kind: k, service: s })));
      }
      if (route === 'DELETE /__wb/faults') {
        const kind = url.searchParams.get('kind');
        const service = url.searchParams.get('service');
        for (let i = switches.length - 1; i >= 0; i -= 1) {
          const entry = switches[i]!;
          if ((!kind || entry.kind === kind) && (!service || entry.service === service)) {
            entry.remove();
            switches.splice(i, 1);
          }
        }
        return send(res, 200, switches.map(({ kind: k, service: s }) => ({ kind: k, service: s })));
      }
      if (route === 'POST /__wb/reset') {
        sandbox.reset();
        // Re-seeding resets state flags too; the switches the panel still shows as on must stay in force.
        if (switches.some((s) => s.kind === 'no-search')) sandbox.state.searchApiEnabled = false;
        persist();
        return send(res, 200, { ok: true });
      }
      if (route === 'GET /__wb/data') return send(res, 200, surfaceData(sandbox));
      if (route === 'GET /__wb/log') return send(res, 200, sandbox.requestLog);
      if (route === 'DELETE /__wb/log') {
        sandbox.clearLog();
        return send(res, 200, { ok: true });
      }
      return send(res, 404, { error: `no route ${route}` });
    } catch (error) {
      return send(res, 500, { error: error instanceof Error ? error.message : String(error) });
    }
  };
}

// Test harness: each contract suite is written once and runs twice, through msw and through the Node handler.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { createSandbox } from '../createSandbox';
import { sandboxHandlers } from '../msw';
import { createNodeHandler, TARGET_HEADER } from '../node';
import { CHAT_ORIGIN } from '../chatRoutes';
import { SELL_ORIGIN } from '../sellEnvelope';
import type { Sandbox } from '../types';

export type Transport = 'msw' | 'node';

/** What a contract test gets. */
export interface ContractContext {
  readonly transport: Transport;
  /** The sandbox behind the transport (reset before every test). */
  readonly sb: Sandbox;
  /** fetch an absolute real-service URL through the transport under test. */
  call(url: string, init?: RequestInit): Promise<Response>;
  /** Sell call with the sandbox token (`path` like `/v2/leads?email=x`). */
  sell(path: string, init?: RequestInit): Promise<Response>;
  /** Sell POST of a JSON body with the sandbox token. */
  sellPost(path: string, body: unknown): Promise<Response>;
  /** Chat call with the chat token. */
  chat(path: string, init?: RequestInit): Promise<Response>;
  /** Support call on acme.zendesk.com (no bearer; pass `X-Sandbox-Role` in init headers). */
  support(path: string, init?: RequestInit): Promise<Response>;
}

export const SUPPORT_ORIGIN = 'https://acme.zendesk.com';

const withHeaders = (init: RequestInit | undefined, extra: Record<string, string>): RequestInit => {
  const headers = new Headers(init?.headers);
  for (const [k, v] of Object.entries(extra)) headers.set(k, v);
  return { ...init, headers };
};

/** Declares `body`'s tests twice: `<name> (via msw)` and `<name> (via node)`. */
export function describeContract(name: string, body: (ctx: ContractContext) => void): void {
  describe.each(['msw', 'node'] as const)(`${name} (via %s)`, (transport) => {
    let sandbox: Sandbox;
    let msw: ReturnType<typeof setupServer> | undefined;
    let server: Server | undefined;
    let base = '';

    beforeAll(async () => {
      sandbox = createSandbox({ seed: 1 });
      if (transport === 'msw') {
        const mswServer = setupServer(...sandboxHandlers(sandbox));
        mswServer.listen({ onUnhandledRequest: 'error' });
        msw = mswServer;
      } else {
        server = createServer((req, res) => void createNodeHandler(sandbox)(req, res));
        await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      }
    });
    afterAll(async () => {
      msw?.close();
      if (server) {
        server.closeAllConnections();
        await new Promise((resolve) => server!.close(resolve));
      }
    });
    beforeEach(() => {
      sandbox.reset();
      sandbox.faults.clear();
      sandbox.clearLog();
    });

    const call = (url: string, init?: RequestInit): Promise<Response> => {
      if (transport === 'msw') return fetch(url, init);
      const target = new URL(url);
      return fetch(`${base}${target.pathname}${target.search}`, withHeaders(init, { [TARGET_HEADER]: target.origin }));
    };
    const ctx: ContractContext = {
      transport,
      get sb() {
        return sandbox;
      },
      call,
      sell: (path, init) => call(`${SELL_ORIGIN}${path}`, withHeaders(init, { Authorization: `Bearer ${sandbox.tokens.sell}`, Accept: 'application/json' })),
      sellPost: (path, json) =>
        call(`${SELL_ORIGIN}${path}`, {
          method: 'POST',
          body: JSON.stringify(json),
          headers: { Authorization: `Bearer ${sandbox.tokens.sell}`, 'Content-Type': 'application/json', Accept: 'application/json' },
        }),
      chat: (path, init) => call(`${CHAT_ORIGIN}${path}`, withHeaders(init, { Authorization: `Bearer ${sandbox.tokens.chat}` })),
      support: (path, init) => call(`${SUPPORT_ORIGIN}${path}`, init),
    };
    body(ctx);
  });
}

/** Reads a JSON body as `T` (a test's expectation of the shape, checked by its assertions). */
export async function body<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

export interface SellCollection<T> {
  items: { data: T; meta: { type: string } }[];
  meta: { type: string; count: number; links: { self?: string; first_page?: string; prev_page?: string; next_page?: string } };
}

export interface SellSingle<T> {
  data: T;
  meta: { type: string };
}

export interface SellErrorBody {
  errors: {
    error: { code: string; message: string; details: string; resource?: string; field?: string };
    meta: { type: string; links: { more_info: string } };
  }[];
  meta: { type: string; http_status: string; logref: string; links: { more_info: string } };
}

/** The `code`s of a Sell error body, with their fields (`blank@/last_name`). */
export function errorCodes(errorBody: SellErrorBody): string[] {
  return errorBody.errors.map(({ error }) => (error.field ? `${error.code}@${error.field}` : error.code));
}

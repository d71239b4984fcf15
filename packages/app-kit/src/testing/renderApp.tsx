import { render, type RenderResult } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import {
  abortReason,
  createFetchTransport,
  type RateLimiter,
  type RetryOptions,
  type SellTokenSetting,
  type Sleep,
  type Transport,
} from '@sell-bridge/sell-api';
import type { ZafContext } from '@sell-bridge/zaf';
import { createFakeClient, fakeSupportContext, type FakeClient } from '@sell-bridge/zaf/testing';
import { AppShell, type LocationLoaders } from '../AppShell';
import type { ServiceClientOptions } from '../services';

/** A setting value as `metadata().settings` carries it: Zendesk sends text and number parameters as strings. */
export type HostSettingValue = string | number | boolean | null;

/** The agent as the host reports `currentUser` (Support / Chat); Sell puts its user in the context instead. */
export interface HostUser {
  /** The agent's Zendesk id (keys what the agent keeps in the browser). */
  id?: number;
  email: string;
  /** Support roles: `admin`, `agent`; only `admin` sees settings problems. */
  role?: string;
  name?: string;
  locale?: string;
}

/** What `renderApp` needs from the sandbox: the tokens the fake proxy substitutes (`Sandbox` fits). */
export interface SandboxTokens {
  readonly tokens: { sell: string; chat: string };
}

/** Options of `renderApp`. */
export interface RenderAppOptions {
  /** The app's location components, e.g. `{ ticket_sidebar: TicketSidebar }`. */
  locations: LocationLoaders;
  /** Its tokens play the secure settings the host proxy fills in. */
  sandbox: SandboxTokens;
  /** Default: Support `ticket_sidebar`. */
  context?: ZafContext;
  /** Installation settings, as the host hands them to the iframe. */
  settings?: Readonly<Record<string, HostSettingValue>>;
  /** Sets the `currentUser` path. */
  currentUser?: HostUser;
  /** Other host paths (`ticket.requester`, `visitor`, `lead.email`...); dotted keys allowed. */
  paths?: Readonly<Record<string, unknown>>;
  /** Replaces secure setting values, e.g. `{ chat_access_token: 'revoked' }`. */
  secrets?: Readonly<Record<string, string>>;
  /** Default `sell_api_token` (a personal token install). */
  sellTokenSetting?: SellTokenSetting;
  /** Per-request timeout of the API clients; default 2 s so a lost request fails the test fast. */
  timeoutMs?: number;
  /** Retry bounds; default the clients' own (4 attempts), with waits recorded instead of slept. */
  retry?: Partial<RetryOptions>;
}

/** What `renderApp` returns: Testing Library's result plus the pieces a test drives. */
export interface RenderAppResult extends RenderResult {
  /** The fake host: `setPath`, `emit`, `calls`... */
  client: FakeClient;
  queryClient: QueryClient;
  transport: Transport;
  /** Every backoff wait the clients asked for, in order; none is actually waited. */
  sleeps: number[];
}

/** Resolves at once (abort still wins), recording the wait: the retry loop runs for real, without the seconds. */
function recordingSleep(sleeps: number[]): Sleep {
  return (ms, signal) => {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    sleeps.push(ms);
    return Promise.resolve();
  };
}

/** Tests are not about pacing, and the limiter's waits would mix with the backoff waits in `sleeps`. */
const noLimit: RateLimiter = {
  acquire: (signal) => (signal?.aborted ? Promise.reject(abortReason(signal)) : Promise.resolve()),
};

/** A query client for one test: no query retries (the API clients retry), no refetch on focus, nothing collected. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000, gcTime: Infinity } },
  });
}

/**
 * Renders app locations through the real `AppShell`: a registered fake host with the given context, settings and
 * paths; the real Sell/Chat/Support clients over a fetch transport that msw answers from the sandbox; a fresh query
 * client. Pair it with `setupSandboxServer()`.
 */
export function renderApp(options: RenderAppOptions): RenderAppResult {
  const paths = { ...(options.currentUser ? { currentUser: options.currentUser } : {}), ...options.paths };
  const client = createFakeClient({
    context: options.context ?? fakeSupportContext(),
    metadata: { settings: { ...options.settings } },
    paths,
  });
  const { sell, chat } = options.sandbox.tokens;
  const transport = createFetchTransport({
    secrets: { access_token: sell, sell_api_token: sell, chat_access_token: chat, ...options.secrets },
    // Same-account `/api/...` calls need an origin outside a real page; the sandbox answers any *.zendesk.com.
    zendeskOrigin: 'https://example.zendesk.com',
  });
  const sleeps: number[] = [];
  const clientOptions: ServiceClientOptions = {
    sleep: recordingSleep(sleeps),
    limiter: noLimit,
    timeoutMs: options.timeoutMs ?? 2_000,
    ...(options.retry ? { retry: options.retry } : {}),
  };
  const queryClient = createTestQueryClient();
  const result = render(
    <AppShell
      client={client}
      locations={options.locations}
      sellTokenSetting={options.sellTokenSetting ?? 'sell_api_token'}
      transport={transport}
      queryClient={queryClient}
      clientOptions={clientOptions}
    />,
  );
  return { ...result, client, queryClient, transport, sleeps };
}

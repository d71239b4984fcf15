import { createContext, useContext, useMemo, type ReactNode } from 'react';
import {
  createChatClient,
  createReferenceCache,
  createSellClient,
  createSupportClient,
  type ChatClient,
  type ClientOptions,
  type SellClient,
  type SellTokenSetting,
  type SupportClient,
  type Transport,
} from '@sell-bridge/sell-api';
import { useMetadata, useZafTransport } from '@sell-bridge/zaf';
import { browserStorage } from './browserStorage';
import { createStorageReferenceStore } from './referenceStore';

/** The API clients of one installation. */
export interface Services {
  sell: SellClient;
  chat: ChatClient;
  support: SupportClient;
}

/**
 * Tests only: how the API clients wait and give up (retry bounds, backoff sleep, rate limiter, per-request timeout),
 * so a test can run the real retry loop without real seconds of backoff.
 */
export type ServiceClientOptions = Omit<ClientOptions, 'transport'>;

const ServicesContext = createContext<Services | null>(null);

/** Reference data (users, statuses, sources, custom fields) stays fresh this long (docs/architecture.md §3 step 4). */
const REFERENCE_TTL_MS = 5 * 60_000;

interface ServicesProviderProps {
  /** Which secure setting carries the Sell token; decided at build time (OAuth or personal token). */
  sellTokenSetting: SellTokenSetting;
  /** Tests pass a fetch transport against the sandbox; apps use the host's `client.request`. */
  transport?: Transport;
  /** Tests only: fast retries and timeouts for every client; apps keep the clients' defaults. */
  clientOptions?: ServiceClientOptions;
  children: ReactNode;
}

/** Builds the installation's Sell, Chat and Support clients once, over the host's request proxy. */
export function ServicesProvider({ sellTokenSetting, transport, clientOptions, children }: ServicesProviderProps) {
  const hostTransport = useZafTransport();
  const { installationId } = useMetadata();
  const services = useMemo<Services>(() => {
    const over = transport ?? hostTransport;
    // One cache per installation (the provider lives as long as the app iframe), never module-level; its second
    // level in the tab's session storage lets the next ticket's or chat's sidebar start warm.
    const store = createStorageReferenceStore(browserStorage('session'), installationId);
    const cache = createReferenceCache({ ttlMs: REFERENCE_TTL_MS, now: Date.now, store });
    const options = { ...clientOptions, transport: over };
    return {
      sell: createSellClient({ ...options, tokenSetting: sellTokenSetting, cache }),
      chat: createChatClient(options),
      support: createSupportClient(options),
    };
  }, [hostTransport, installationId, transport, sellTokenSetting, clientOptions]);
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The installation's API clients. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside ServicesProvider');
  return services;
}

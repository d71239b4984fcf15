import { Suspense, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { AppSurface, I18nProvider, LoadingSkeleton, SellBridgeTheme, StateMessage, LOCALES } from '@sell-bridge/ui';
import { Booting } from './Booting';
import { LocationBoundary } from './LocationBoundary';
import type { SellTokenSetting, Transport } from '@sell-bridge/sell-api';
import { ClientProvider, useAutoResize, useHostColorScheme, useHostLocale, useZafContext, type ZafClient } from '@sell-bridge/zaf';
import { ServicesProvider, type ServiceClientOptions } from './services';

/** One component per ZAF location; apps pass `lazy(() => import(...))` so each location loads on demand. */
export type LocationLoaders = Readonly<Record<string, ComponentType>>;

export interface AppShellProps {
  /** The host client (`createZafClient()` at the entry point); null outside Zendesk. */
  client: ZafClient | null;
  /** One lazily loaded component per ZAF location (`ticket_sidebar`, `lead_card`, `modal`...). */
  locations: LocationLoaders;
  sellTokenSetting: SellTokenSetting;
  /** Tests only: a fetch transport against the sandbox. */
  transport?: Transport;
  /** Tests only: a query client without retries. */
  queryClient?: QueryClient;
  /** Tests only: fast backoff and timeouts for the API clients (see `ServiceClientOptions`). */
  clientOptions?: ServiceClientOptions;
}

/** Outside the host there is no locale to read: the browser's language decides. */
function Standalone({ titleKey, bodyKey }: { titleKey: string; bodyKey: string }) {
  return (
    <I18nProvider hostLocale={typeof navigator === 'undefined' ? 'en' : navigator.language}>
      <SellBridgeTheme colorScheme="light" locale="en">
        <div style={{ padding: 12 }}>
          <StateMessage tone="info" titleKey={titleKey} bodyKey={bodyKey} />
        </div>
      </SellBridgeTheme>
    </I18nProvider>
  );
}

function HostLook({ children }: { children: ReactNode }) {
  const { locale, raw } = useHostLocale({ supported: LOCALES });
  const colorScheme = useHostColorScheme();
  return (
    <I18nProvider hostLocale={raw ?? locale}>
      <SellBridgeTheme colorScheme={colorScheme} locale={raw ?? locale}>
        {children}
      </SellBridgeTheme>
    </I18nProvider>
  );
}

function Resized({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useAutoResize(ref);
  return <AppSurface ref={ref}>{children}</AppSurface>;
}

function Location({ locations }: { locations: LocationLoaders }) {
  const context = useZafContext();
  const Component = locations[context.location];
  if (!Component) return <StateMessage tone="error" titleKey="state.unknown.title" bodyKey="state.unknown.body" />;
  return (
    <Suspense fallback={<LoadingSkeleton />}>
      <Component />
    </Suspense>
  );
}

/**
 * Boots an app inside the host: waits for registration, follows the agent's language and colour scheme, provides
 * the query cache and the installation's API clients, resizes the iframe to its content, and renders the component
 * of the current location.
 */
export function AppShell({ client, locations, sellTokenSetting, transport, queryClient, clientOptions }: AppShellProps) {
  const [queries] = useState(
    () => queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } } }),
  );
  return (
    <ClientProvider
      client={client}
      outside={<Standalone titleKey="app.outside.title" bodyKey="app.outside.body" />}
      loading={<Booting />}
      unavailable={<Standalone titleKey="app.unavailable.title" bodyKey="app.unavailable.body" />}
    >
      <HostLook>
        <QueryClientProvider client={queries}>
          <ServicesProvider
            sellTokenSetting={sellTokenSetting}
            {...(transport ? { transport } : {})}
            {...(clientOptions ? { clientOptions } : {})}
          >
            <Resized>
              <LocationBoundary>
                <Location locations={locations} />
              </LocationBoundary>
            </Resized>
          </ServicesProvider>
        </QueryClientProvider>
      </HostLook>
    </ClientProvider>
  );
}

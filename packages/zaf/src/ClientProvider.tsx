import { useState, type ReactNode } from 'react';
import { SessionContext } from './clientContext';
import { createZafClient } from './createZafClient';
import type { ZafClient } from './types';
import { useRegistration } from './useRegistration';
import type { ZafError } from './zafError';

/** Props of `ClientProvider`. */
export interface ClientProviderProps {
  /**
   * The client to use. Omitted: the provider starts the real SDK once (`createZafClient()`); prefer creating it at
   * the entry point and passing it, so React's dev double-render cannot start two SDK clients. `null`: outside Zendesk.
   */
  client?: ZafClient | null;
  /** Shown when there is no host (page opened outside Zendesk). The app passes a translated message. */
  outside: ReactNode;
  /** Shown while waiting for `app.registered`. Default: nothing. */
  loading?: ReactNode;
  /** Shown when the host does not register the app within `timeoutMs`. Default: `outside`. */
  unavailable?: ReactNode;
  /** Called once when registration times out or fails; the provider keeps waiting and recovers if it arrives. */
  onUnavailable?: (error: ZafError) => void;
  /** How long to wait for registration before showing `unavailable`. Default 10 000 ms. */
  timeoutMs?: number;
  children: ReactNode;
}

/** Renders `children` once the host has registered the app, with the client, metadata and context available to hooks. */
export function ClientProvider({
  client: injected,
  outside,
  loading = null,
  unavailable,
  onUnavailable,
  timeoutMs = 10_000,
  children,
}: ClientProviderProps) {
  const [created] = useState(() => (injected === undefined ? createZafClient() : null));
  const client = injected === undefined ? created : injected;
  const registration = useRegistration(client, timeoutMs, onUnavailable);

  switch (registration.status) {
    case 'outside':
      return <>{outside}</>;
    case 'waiting':
      return <>{loading}</>;
    case 'unavailable':
      return <>{unavailable ?? outside}</>;
    case 'registered':
      return <SessionContext.Provider value={registration.session}>{children}</SessionContext.Provider>;
  }
}

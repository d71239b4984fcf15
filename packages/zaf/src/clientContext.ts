import { createContext, useContext } from 'react';
import type { ZafContext } from './contextTypes';
import type { ZafClient, ZafMetadata } from './types';

/** A registered client with the registration payload it came with; what `ClientProvider` shares. */
export interface ZafSession {
  client: ZafClient;
  metadata: ZafMetadata;
  context: ZafContext;
}

/** Null until the host registers the app; `ClientProvider` renders no children before that. */
export const SessionContext = createContext<ZafSession | null>(null);

/** The provider's session; throws when a hook is used outside a registered `ClientProvider` (a wiring bug). */
export function useSession(hook: string): ZafSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error(`${hook}() must be used inside <ClientProvider> (it renders children once registered)`);
  return session;
}

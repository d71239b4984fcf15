import { useSession } from './clientContext';
import type { ZafClient } from './types';

/** The registered ZAF client of the nearest `ClientProvider`. */
export function useClient(): ZafClient {
  return useSession('useClient').client;
}

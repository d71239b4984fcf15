import { useSession } from './clientContext';
import type { ZafContext } from './contextTypes';

/** `context()` of this app instance, kept current on `context.updated`. Narrow on `product` before use. */
export function useZafContext(): ZafContext {
  return useSession('useZafContext').context;
}

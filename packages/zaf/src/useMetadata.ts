import { useSession } from './clientContext';
import type { ZafMetadata } from './types';

/** `metadata()` as registered: app ids, version and non-secure settings (parse them with core's `parseSettings`). */
export function useMetadata(): ZafMetadata {
  return useSession('useMetadata').metadata;
}

import type { ZafContext } from './contextTypes';
import { useClientGet, type ClientGetResult } from './useClientGet';

const EVENTS = ['instance.created'] as const;

/**
 * The app's live instances (`get('instances')` → guid → context), re-read on `instance.created`. No removal event
 * is documented, so call `refetch()` after closing one.
 */
export function useInstances(): ClientGetResult<Readonly<Record<string, ZafContext>>> {
  return useClientGet<Readonly<Record<string, ZafContext>>>('instances', { events: EVENTS });
}

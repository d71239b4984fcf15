import { useMemo } from 'react';
import type { SellUser, Settings } from '@sell-bridge/core';
import { useSellUserSet, type SellUserSet } from '../users/useSellUserSet';

/**
 * The users a lead's owner may be chosen from: the viewer, the configured owners and the primary admin by id, and,
 * with "any owner", active users a page at a time. `alsoId`: an owner picked earlier (a restored draft), fetched so
 * the pick survives a reload.
 */
export function useOwnerUsers(settings: Settings, viewer: SellUser | null, alsoId: number | null = null): SellUserSet {
  const ids = useMemo(() => {
    const wanted = settings.leadOwners.map((ref) => ref.id);
    if (settings.primaryAdminId !== null) wanted.push(settings.primaryAdminId);
    if (alsoId !== null) wanted.push(alsoId);
    return wanted;
  }, [settings.leadOwners, settings.primaryAdminId, alsoId]);
  const extra = useMemo(() => (viewer ? [viewer] : []), [viewer]);
  return useSellUserSet({ ids, paged: settings.allowAnyOwner, extra });
}

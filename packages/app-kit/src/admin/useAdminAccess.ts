import { useClientGet, useZafContext } from '@sell-bridge/zaf';
import type { HostAgent } from '../sidebar/hostUser';

/** Whether the signed-in user may configure the app, and under which name their changes are recorded. */
export type AdminAccess =
  | { status: 'loading' }
  | { status: 'admin'; name: string }
  /** `authority` says who could configure it instead: a Zendesk admin (Support, Chat) or a Sell admin. */
  | { status: 'refused'; authority: 'zendesk' | 'sell' };

/**
 * Admins only (docs/architecture.md §1): in Support and Chat the host's `currentUser.role` must be `admin`; in Sell, where the
 * user comes with the context, the Sell role. The Zendesk installation API checks again when saving, so this only
 * decides what is shown, never what is allowed.
 */
export function useAdminAccess(): AdminAccess {
  const context = useZafContext();
  // Read in every product (hooks cannot be conditional); Sell answers from the context below instead.
  const currentUser = useClientGet<HostAgent>('currentUser');
  if (context.product === 'sell') {
    const user = context.currentUser;
    return user.role === 'admin' ? { status: 'admin', name: user.name } : { status: 'refused', authority: 'sell' };
  }
  if (currentUser.status === 'loading') return { status: 'loading' };
  const agent = currentUser.data;
  if (agent?.role === 'admin') return { status: 'admin', name: agent.name ?? agent.email ?? '' };
  return { status: 'refused', authority: 'zendesk' };
}

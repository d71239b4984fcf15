import { adminAccess, type AdminAuthority } from '@sell-bridge/core';
import { useClientGet, useZafContext } from '@sell-bridge/zaf';
import type { HostAgent } from '../sidebar/hostUser';

/** Whether the signed-in user may configure the app, and under which name their changes are recorded. */
export type AdminAccess =
  | { status: 'loading' }
  | { status: 'admin'; name: string }
  /** `authority` says who could configure it instead: a Zendesk admin (Support, Chat) or a Sell admin. */
  | { status: 'refused'; authority: AdminAuthority };

/** Whether the signed-in user may configure the app: core's `adminAccess` on the host's user (docs/architecture.md §1). */
export function useAdminAccess(): AdminAccess {
  const context = useZafContext();
  // Read in every product (hooks cannot be conditional); Sell answers from the context below instead.
  const currentUser = useClientGet<HostAgent>('currentUser');
  if (context.product !== 'sell' && currentUser.status === 'loading') return { status: 'loading' };
  const verdict = adminAccess(context.product, context.product === 'sell' ? context.currentUser : currentUser.data);
  return verdict.allowed ? { status: 'admin', name: verdict.name } : { status: 'refused', authority: verdict.authority };
}

/** Who could configure the app instead of a refused user: a Zendesk admin (Support, Chat) or a Sell admin. */
export type AdminAuthority = 'zendesk' | 'sell';

/** Whether a user may open the admin view, under which name their changes are recorded, or who may instead. */
export type AdminVerdict = { allowed: true; name: string } | { allowed: false; authority: AdminAuthority };

/** The signed-in user as the host reports them (Support/Chat `currentUser`, Sell's context user). */
export interface HostUserRole {
  role?: string | null;
  name?: string | null;
  email?: string | null;
}

/**
 * Admins only (docs/architecture.md §1): in Support and Chat the host's role must be `admin`, in Sell the Sell role.
 * This decides what is shown; Zendesk's installation API checks again when saving, so it never decides what is allowed.
 */
export function adminAccess(product: 'support' | 'chat' | 'sell', user: HostUserRole | null | undefined): AdminVerdict {
  const authority: AdminAuthority = product === 'sell' ? 'sell' : 'zendesk';
  if (user?.role !== 'admin') return { allowed: false, authority };
  return { allowed: true, name: user.name?.trim() || user.email?.trim() || '' };
}

/** The agent as Support and Chat report `currentUser`: the fields the sidebar reads. */
export interface HostAgent {
  id?: number;
  email?: string;
  /** Support roles: `admin`, `agent`; only admins see settings problems. */
  role?: string;
  name?: string;
  locale?: string;
  timeZone?: { ianaName?: string | null } | null;
}

/** Typed installation settings (docs/architecture.md §4), produced by `parseSettings`. */

export type DataAccess = 'sell_users_only' | 'all_agents';

/** One entry of `lead_owners`: `user:<id>` or `distribution:<id>` (the pool's phantom Sell user). */
export interface OwnerRef {
  kind: 'user' | 'distribution';
  id: number;
}

export type WidgetKind = 'lead' | 'person' | 'company' | 'deal';

/** The published field layout, one ordered list of field keys per widget (docs/architecture.md §7). */
export interface FieldLayout {
  version: number;
  updated_at: string | null;
  updated_by: string | null;
  lead: string[];
  person: string[];
  company: string[];
  deal: string[];
}

export interface Settings {
  dataAccess: DataAccess;
  leadStatus: string;
  /** Lead source name; null = none. */
  leadSource: string | null;
  leadOwners: OwnerRef[];
  allowAnyOwner: boolean;
  primaryAdminId: number | null;
  fieldLayout: FieldLayout;
  saveTranscripts: boolean;
  showTicketsInSell: boolean;
  connectOnLoad: boolean;
  showChatHistory: boolean;
}

/**
 * Something an admin can act on: a translation key plus the values it interpolates,
 * and the parameter it concerns.
 */
export interface Problem {
  key: string;
  param: string;
  values?: Record<string, string | number>;
}

/** Why a decision was taken (owner, access): a translation key plus the values it interpolates. */
export interface Reason {
  key: string;
  values?: Record<string, string | number>;
}

/**
 * `client.context()` per product (docs/platform/zaf.md §context() per product). Support and Sell shapes come from Zendesk docs and
 * samples; Chat's is unverified (docs/platform/zaf.md §Shapes still to confirm in an account: dump it once in a real account). Narrow on `product` before use.
 */

/** Locations of the Support product (docs/platform/zaf.md §Locations). */
export type SupportLocation =
  | 'top_bar'
  | 'nav_bar'
  | 'ticket_sidebar'
  | 'new_ticket_sidebar'
  | 'user_sidebar'
  | 'organization_sidebar'
  | 'background'
  | 'modal'
  | 'ticket_editor'
  | 'system_top_bar'
  | 'custom_object_record_sidebar';

/** Locations of the Chat product (docs/platform/zaf.md §Locations). */
export type ChatLocation = 'chat_sidebar' | 'background';

/** Locations of the Sell product (docs/platform/zaf.md §Locations). */
export type SellLocation =
  | 'deal_card'
  | 'person_card'
  | 'company_card'
  | 'lead_card'
  | 'background'
  | 'modal'
  | 'dashboard'
  | 'note_editor'
  | 'call_log_editor'
  | 'email_editor'
  | 'top_bar'
  | 'visit_editor';

/** Support context: ticket locations add `ticketId`; user/org sidebars add their ids (unverified). */
export interface SupportContext {
  instanceGuid: string;
  product: 'support';
  location: SupportLocation;
  account: { subdomain: string };
  ticketId?: number;
  userId?: number;
  organizationId?: number;
}

/** Chat context (unverified beyond `product` and `location`). */
export interface ChatContext {
  instanceGuid: string;
  product: 'chat';
  location: ChatLocation;
  account?: Readonly<Record<string, unknown>>;
}

/** Sell account formats, used to format dates and money the way the account does. */
export interface SellAccount {
  domain: string;
  currency: string;
  timezone: string;
  numberFormat: string;
  timeFormat: string;
  dateFormat: string;
  decimalSeparator: string;
}

/** The signed-in Sell user, as Sell puts it in `context()` (camelCase, unlike Sell REST). */
export interface SellCurrentUser {
  id: number;
  name: string;
  email: string;
  status: string;
  invited: boolean;
  confirmed: boolean;
  phone: string | null;
  role: string;
  roles: ReadonlyArray<{ id: number; name: string }>;
  group: { id: number; name: string } | null;
  reportsTo: number | null;
  timezone: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  locale: string;
}

/** Sell context: carries the account formats and the current user. */
export interface SellContext {
  instanceGuid: string;
  product: 'sell';
  location: SellLocation;
  account: SellAccount;
  currentUser: SellCurrentUser;
}

/** Any host context; discriminated by `product`. */
export type ZafContext = SupportContext | ChatContext | SellContext;

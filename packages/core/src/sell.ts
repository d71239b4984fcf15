/**
 * Sell records as the apps use them, unwrapped from the API envelope (docs/platform/sell.md §Record fields).
 * Nullable where Sell sends `null`; optional where a field is only sometimes present.
 */

/** Sell's address object (leads, contacts, address custom fields). */
export interface SellAddress {
  line1?: string | null;
  city?: string | null;
  postal_code?: string | null;
  state?: string | null;
  country?: string | null;
}

/** A custom field value as stored on a record, keyed by the field's name. */
export type CustomFieldValue = string | number | boolean | string[] | SellAddress | null;

export type CustomFieldValues = Record<string, CustomFieldValue>;

export interface SellLead {
  id: number;
  creator_id: number | null;
  owner_id: number | null;
  first_name: string | null;
  last_name: string | null;
  organization_name: string | null;
  status: string | null;
  source_id: number | null;
  title: string | null;
  description: string | null;
  industry: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  fax: string | null;
  twitter: string | null;
  facebook: string | null;
  linkedin: string | null;
  skype: string | null;
  address: SellAddress | null;
  tags: string[];
  custom_fields: CustomFieldValues;
  created_at: string;
  updated_at: string;
}

/** Persons and companies share one resource; `is_organization` tells which. */
export interface SellContact {
  id: number;
  creator_id: number | null;
  owner_id: number | null;
  is_organization: boolean;
  /** For a person: the id of its company contact. */
  contact_id: number | null;
  parent_organization_id: number | null;
  name: string | null;
  first_name: string | null;
  last_name: string | null;
  customer_status: string | null;
  prospect_status: string | null;
  title: string | null;
  description: string | null;
  industry: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  fax: string | null;
  twitter: string | null;
  facebook: string | null;
  linkedin: string | null;
  skype: string | null;
  address: SellAddress | null;
  billing_address: SellAddress | null;
  shipping_address: SellAddress | null;
  tags: string[];
  custom_fields: CustomFieldValues;
  created_at: string;
  updated_at: string;
}

export interface SellDeal {
  id: number;
  creator_id: number | null;
  owner_id: number | null;
  name: string;
  contact_id: number | null;
  organization_id: number | null;
  source_id: number | null;
  stage_id: number | null;
  /** Decimal; Sell may send it as a string. */
  value: number | string | null;
  currency: string | null;
  hot: boolean;
  estimated_close_date: string | null;
  customized_win_likelihood: number | null;
  last_stage_change_at: string | null;
  added_at: string | null;
  tags: string[];
  custom_fields: CustomFieldValues;
  created_at: string;
  updated_at: string;
}

export interface SellGroup {
  id: number;
  name: string;
}

export interface SellUser {
  id: number;
  name: string;
  email: string | null;
  status: 'active' | 'inactive';
  role: 'user' | 'admin';
  group: SellGroup | null;
  /** Manager's user id. */
  reports_to: number | null;
  team_name?: string | null;
  timezone?: string | null;
  confirmed?: boolean;
  invited?: boolean;
  /** `integration` for internal system users. */
  identity_type?: 'person' | 'integration';
  /** Undocumented but present on real payloads; true on distribution-pool phantom users in the sandbox. */
  sell_login_disabled?: boolean;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface SellLeadStatus {
  id: number;
  name: string;
}

export interface SellLeadSource {
  id: number;
  name: string;
  resource_type?: string;
}

export interface SellStage {
  id: number;
  name: string;
  category?: string;
  pipeline_id?: number;
  position?: number;
}

export interface SellNote {
  id: number;
  resource_type: 'lead' | 'contact' | 'deal';
  resource_id: number;
  content: string;
  is_important?: boolean;
  creator_id: number | null;
  created_at: string;
  updated_at: string;
}

/** The resource a custom field belongs to (`/v2/<resource>/custom_fields`). */
export type SellResourceType = 'lead' | 'contact' | 'deal';

export type CustomFieldType =
  | 'string'
  | 'text'
  | 'number'
  | 'bool'
  | 'date'
  | 'datetime'
  | 'email'
  | 'phone'
  | 'url'
  | 'address'
  | 'list'
  | 'multi_select_list';

export interface SellCustomFieldChoice {
  id: number;
  name: string;
}

export interface SellCustomFieldDef {
  id: number;
  name: string;
  type: CustomFieldType;
  /** Contacts only: applies to persons. */
  for_contact?: boolean;
  /** Contacts only: applies to companies. */
  for_organisation?: boolean;
  choices?: SellCustomFieldChoice[];
}

/** A lead as POSTed to `/v2/leads` (inside `{data: ...}`). */
export interface SellLeadCreate {
  first_name?: string;
  last_name?: string;
  organization_name?: string;
  email?: string;
  phone?: string;
  mobile?: string;
  title?: string;
  status?: string;
  source_id?: number;
  owner_id?: number;
  tags?: string[];
  description?: string;
  custom_fields?: CustomFieldValues;
}

/** A chat from Chat REST (`/api/v2/chats/{id}`), the fields the apps read. */
export interface ChatRecord {
  id: string;
  type: 'chat' | 'offline_msg';
  visitor: { id: string; name: string | null; email: string | null; phone: string | null; notes?: string | null };
  timestamp: string;
  end_timestamp: string | null;
  duration: number | null;
  department_id: number | null;
  department_name: string | null;
  agent_ids: string[];
  agent_names: string[];
  unread: boolean;
  missed: boolean;
  tags: string[];
  history: ChatHistoryItem[];
  message?: string;
  zendesk_ticket_id: number | null;
}

export interface ChatHistoryItem {
  type: string;
  name: string;
  msg?: string;
  timestamp: string;
  /** e.g. `Visitor`, `Agent`, `Trigger`. */
  sender_type?: string;
  agent_id?: string;
}

import type {
  ChatHistoryItem,
  ChatRecord,
  SellContact,
  SellCustomFieldDef,
  SellDeal,
  SellLead,
  SellLeadSource,
  SellLeadStatus,
  SellNote,
  SellResourceType,
  SellStage,
  SellUser,
} from '@sell-bridge/core';
import type { Conversations } from './conversations/types';

/** Which seeded data set to build. `empty` keeps reference data (users, statuses, sources, fields) but no records. */
export type Preset = 'default' | 'scale' | 'empty';

/** A Sell user as the sandbox stores it: the core shape plus the extra fields real payloads carry. */
export interface SandboxUser extends SellUser {
  phone_number: string | null;
  zendesk_user_id: string | null;
  roles: { id: number; name: string }[];
  system_tags: string[];
  detached: boolean;
}

type Stamped = { created_at: string; updated_at: string };

export type SandboxLeadStatus = SellLeadStatus & Stamped;
export type SandboxLeadSource = SellLeadSource & Stamped & { creator_id: number | null };
export type SandboxStage = SellStage & Stamped & { active: boolean; likelihood: number };
export type SandboxCustomField = SellCustomFieldDef & Stamped;
export type SandboxNote = SellNote & { tags: string[]; type: 'regular' | 'restricted' };

export interface SandboxPipeline {
  id: number;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface SandboxAccount {
  id: number;
  name: string;
  currency: string;
  time_format: '12H' | '24H';
  timezone: string;
  phone: string;
  created_at: string;
  updated_at: string;
}

/** A distribution pool: its phantom Sell user, the members in insertion order, and the round-robin pointer. */
export interface Distribution {
  userId: number;
  name: string;
  resourceType: 'lead';
  memberIds: number[];
  /** Index into `memberIds` of the next member to receive a record. */
  next: number;
}

/** A chat history entry with the extra fields Chat REST sends. */
export interface SandboxChatHistoryItem extends ChatHistoryItem {
  index: number;
  channel: string;
  msg_id?: string;
  department_id?: number | null;
  department_name?: string | null;
}

/** A full Chat REST chat object (docs/platform/chat.md §The chat object). */
export interface SandboxChat extends ChatRecord {
  history: SandboxChatHistoryItem[];
  started_by: 'visitor' | 'agent' | 'trigger';
  session: {
    id: string;
    start_date: string;
    end_date: string | null;
    ip: string;
    city: string;
    region: string;
    country_code: string;
    country_name: string;
    platform: string;
    browser: string;
    user_agent: string;
  };
  count: { visitor: number; agent: number; total: number };
  response_time: { first: number | null; avg: number | null; max: number | null } | null;
  triggered: boolean;
  triggered_response: boolean | null;
  rating: 'good' | 'bad' | null;
  comment: string | null;
  webpath: { from: string; to: string; title: string; timestamp: string }[];
  conversions: unknown[];
}

/** A Support user (`/api/v2/users/{id}.json`). */
export interface SupportUser {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  role: 'end-user' | 'agent' | 'admin';
  active: boolean;
  verified: boolean;
  organization_id: number | null;
  time_zone: string;
  locale: string;
  tags: string[];
  created_at: string;
  updated_at: string;
}

/** A Support ticket, the fields the apps read (docs/platform/support.md §Tickets). */
export interface SupportTicket {
  id: number;
  subject: string;
  description: string;
  status: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
  priority: 'low' | 'normal' | 'high' | 'urgent' | null;
  type: 'question' | 'incident' | 'problem' | 'task' | null;
  requester_id: number;
  submitter_id: number;
  assignee_id: number | null;
  organization_id: number | null;
  group_id: number | null;
  tags: string[];
  via: { channel: 'web' | 'email' | 'chat' | 'api' };
  created_at: string;
  updated_at: string;
}

/** Installation setting values as `metadata().settings` hands them over. */
export type SettingValue = string | number | boolean | null;

/** An app installation (`/api/v2/apps/installations/{id}.json`). Secure values live apart and are never answered. */
export interface Installation {
  id: number;
  app_id: number;
  product: 'chat' | 'support' | 'sell';
  settings: { name: string } & Record<string, SettingValue>;
  /** Values of `secure: true` parameters, substituted server-side only (e.g. by the dev proxy). */
  secure: Record<string, string>;
  enabled: boolean;
  created_at: string;
  updated_at: string;
}

/** Everything the fake services know, as plain JSON (persistable with `saveState`). */
export interface SandboxState {
  version: 1;
  seed: number;
  preset: Preset;
  tokens: { sell: string; chat: string };
  /** false: `/v3/{leads,contacts}/search` answers 403 as on plans without the Search API. */
  searchApiEnabled: boolean;
  /** true: Sell answers 429 past `rateLimitPerSecond` requests per second per token. */
  rateLimitEnabled: boolean;
  rateLimitPerSecond: number;
  account: SandboxAccount;
  /** The Sell user the token belongs to (`/v2/users/self`). */
  selfUserId: number;
  users: SandboxUser[];
  leads: SellLead[];
  contacts: SellContact[];
  deals: SellDeal[];
  statuses: SandboxLeadStatus[];
  sources: SandboxLeadSource[];
  customFields: Record<SellResourceType, SandboxCustomField[]>;
  notes: SandboxNote[];
  pipelines: SandboxPipeline[];
  stages: SandboxStage[];
  distributions: Distribution[];
  chats: SandboxChat[];
  supportUsers: SupportUser[];
  tickets: SupportTicket[];
  installations: Installation[];
  /** Support users answering `/api/v2/users/me.json` per `X-Sandbox-Role`. */
  supportRoles: { admin: number; agent: number };
  /** The role assumed when a Support request has no `X-Sandbox-Role` / `X-Sandbox-User-Id` header (default admin). */
  supportDefaultRole?: 'admin' | 'agent';
  nextIds: { lead: number; contact: number; deal: number; note: number; source: number };
}

/** A fault to inject (see faults.ts for matching rules). */
export interface FaultRule {
  match: { method?: string; host?: string; path: string | RegExp };
  status?: number;
  /** How many matching requests it applies to; default: all. */
  count?: number;
  latencyMs?: number;
  body?: 'json' | 'text' | 'empty';
  /** Never answers until the request's signal aborts. */
  timeout?: boolean;
  /**
   * The answer is lost after the work was done: the request is handled as usual (a POST creates its record), then
   * the fault is what the caller gets — a gateway's 502/504 after Sell wrote the lead.
   */
  afterHandling?: boolean;
  /** Retry-After seconds on 429 (Chat and Support send it; Sell does not). Default 1. */
  retryAfterSeconds?: number;
}

/** Injects and clears faults. */
export interface FaultController {
  /** Adds a rule; returns a function that removes it. */
  inject(rule: FaultRule): () => void;
  clear(): void;
  readonly rules: readonly FaultRule[];
}

/** One handled request, for counting requests per sidebar open. */
export interface RequestLogEntry {
  method: string;
  url: string;
  at: number;
}

/** The stateful fake of Sell, Chat and Support. */
export interface Sandbox {
  /** Answers one request exactly as the real services would (routes by URL host). */
  handle(request: Request): Promise<Response>;
  /** Live state; mutate it to set up a test (e.g. `searchApiEnabled = false`). */
  state: SandboxState;
  faults: FaultController;
  /** Live chats and the simulated Chat Conversations API (`chat-api.zopim.com`) serving them. */
  conversations: Conversations;
  /** The bearer tokens it accepts (`sell` is 64 characters, like a Sell personal access token). */
  readonly tokens: { sell: string; chat: string };
  /** Back to the seeded data (faults and the request log are left alone). */
  reset(): void;
  /** A deep copy of the state. */
  snapshot(): SandboxState;
  requestLog: RequestLogEntry[];
  clearLog(): void;
}

export interface SandboxOptions {
  seed?: number;
  preset?: Preset;
  /** Start from this state (e.g. from `loadState`) instead of seeding; used as is, not copied. `reset()` re-seeds from its `seed`/`preset`. */
  state?: SandboxState;
  /** Clock for created records, `updated_at` bumps, rate limiting and the log. Default `Date.now`. */
  now?: () => number;
}

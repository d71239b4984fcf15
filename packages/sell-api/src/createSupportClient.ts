import { createRateLimiter } from './createRateLimiter';
import type { ClientOptions } from './createRequester';
import { createRequester } from './createRequester';
import { SellApiError } from './sellApiError';

/** The product part of `/api/<product>/apps/installations/...` (the manifest location key, as zcli uses it). */
export type InstallationProduct = 'support' | 'chat' | 'sell';

/** Installation setting values as the API returns them (secure ones are never returned). */
export type InstallationSettingValue = string | number | boolean | null;

/** An app installation (docs/platform/support.md §App installations). */
export interface SupportInstallation {
  id: number;
  app_id: number;
  product?: string;
  settings: Record<string, InstallationSettingValue>;
  enabled: boolean;
  updated_at?: string;
}

/** A Support ticket as search and ticket lists return it, the fields the apps read (docs/platform/support.md §Tickets). */
export interface SupportTicket {
  id: number;
  /** The ticket's API URL, `https://<subdomain>.zendesk.com/api/v2/tickets/<id>.json`. */
  url?: string;
  subject: string | null;
  description?: string | null;
  status: string;
  priority: string | null;
  requester_id: number;
  assignee_id: number | null;
  via?: { channel: string };
  tags?: string[];
  created_at: string;
  updated_at: string;
}

/** A Support user as users search and sideloads return it, the fields the apps read (docs/platform/support.md §Users). */
export interface SupportUser {
  id: number;
  name: string;
  email: string | null;
  role?: string;
  /** The user's API URL, `https://<subdomain>.zendesk.com/api/v2/users/<id>.json`. */
  url?: string;
}

/** One page of a user's requested tickets, with the users Support sideloaded (requesters, assignees). */
export interface RequestedTicketsPage {
  tickets: SupportTicket[];
  users: SupportUser[];
  /** Pass back as `page` for the next page; null on the last one. */
  nextPage: string | null;
  /** All the user's requested tickets, not just this page. */
  count: number;
}

/** Options of `listRequestedTickets`. */
export interface RequestedTicketsOptions {
  /** A `nextPage` from the previous answer; omitted for the first page. */
  page?: string;
  /** Tickets per page (1..100); default 10. */
  perPage?: number;
  signal?: AbortSignal;
}

/** Same-account Zendesk calls: relative `/api/...` URLs the host authenticates with the agent's session. */
export interface SupportClient {
  getInstallation(id: number, product: InstallationProduct): Promise<SupportInstallation>;
  /** Sends only the changed settings; the rest stay as they are. */
  updateInstallation(
    id: number,
    product: InstallationProduct,
    changedSettings: Record<string, InstallationSettingValue>,
  ): Promise<SupportInstallation>;
  /** The Support users whose email is exactly `email` (case-insensitive); usually one, none when unknown. */
  findUsersByEmail(email: string, options?: { signal?: AbortSignal }): Promise<SupportUser[]>;
  /** A page of the tickets `userId` requested, most recently updated first, with assignees sideloaded. */
  listRequestedTickets(userId: number, options?: RequestedTicketsOptions): Promise<RequestedTicketsPage>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{installation: {...}}` or the bare object: sources disagree on the wrapper (docs/platform/support.md §App installations). */
function unwrapInstallation(body: unknown, url: string): SupportInstallation {
  const item = isRecord(body) && isRecord(body.installation) ? body.installation : body;
  if (!isRecord(item) || typeof item.id !== 'number' || !isRecord(item.settings)) {
    throw new SellApiError({ kind: 'server', status: 200, message: 'Unexpected installation response', url, service: 'support' });
  }
  return item as unknown as SupportInstallation;
}

function unexpected(url: string, what: string): SellApiError {
  return new SellApiError({ kind: 'server', status: 200, message: `Unexpected ${what} response`, url, service: 'support' });
}

const REQUESTED_PATH = /^\/api\/v2\/users\/(\d+)\/tickets\/requested\.json$/;

/**
 * The relative form of a `next_page` link for `userId`'s requested tickets. Support answers absolute URLs on the
 * account's host; the app only ever calls its own account, relatively, and never a URL an answer could redirect.
 */
function requestedPageUrl(page: string, userId: number): string {
  let parsed: URL;
  try {
    parsed = new URL(page, 'https://account.invalid');
  } catch {
    throw new SellApiError({ kind: 'server', status: 200, message: 'Unusable next_page link', url: page, service: 'support' });
  }
  const match = REQUESTED_PATH.exec(parsed.pathname);
  if (parsed.protocol !== 'https:' || !match || Number(match[1]) !== userId) {
    throw new SellApiError({ kind: 'server', status: 200, message: 'Unusable next_page link', url: page, service: 'support' });
  }
  return `${parsed.pathname}${parsed.search}`;
}

function isUser(value: unknown): value is SupportUser {
  return isRecord(value) && typeof value.id === 'number';
}

/**
 * Creates the Support client. Zendesk's account-wide limit is at least 200/minute and answers 429 with Retry-After,
 * which the shared retry loop honours; ZAF's own auto-retry is switched off by the ZAF transport.
 */
export function createSupportClient(options: ClientOptions): SupportClient {
  const now = options.now ?? Date.now;
  const requester = createRequester({
    ...options,
    service: 'support',
    headers: { Accept: 'application/json' },
    limiter:
      options.limiter ??
      createRateLimiter({ capacity: 5, refillPerSecond: 3, now, ...(options.sleep ? { sleep: options.sleep } : {}) }),
  });
  const installationUrl = (id: number, product: InstallationProduct): string =>
    `/api/${product}/apps/installations/${String(id)}.json`;

  return {
    async getInstallation(id, product) {
      const url = installationUrl(id, product);
      const response = await requester.send({ method: 'GET', url, retryable: true });
      return unwrapInstallation(response.data, url);
    },
    async updateInstallation(id, product, changedSettings) {
      const url = installationUrl(id, product);
      // A PUT of absolute values is idempotent: repeating it after a lost answer leaves the same settings.
      const response = await requester.send({ method: 'PUT', url, body: { settings: changedSettings }, retryable: true });
      return unwrapInstallation(response.data, url);
    },
    async findUsersByEmail(email, o) {
      const wanted = email.trim().toLowerCase();
      const url = `/api/v2/users/search.json?${new URLSearchParams({ query: `email:${wanted}` }).toString()}`;
      const response = await requester.send({ method: 'GET', url, retryable: true, ...(o?.signal ? { signal: o.signal } : {}) });
      const body = response.data;
      if (!isRecord(body) || !Array.isArray(body.users)) throw unexpected(url, 'users search');
      // The search also matches secondary identities and fragments; only the exact email is this requester.
      return body.users.filter(isUser).filter((u) => u.email?.toLowerCase() === wanted);
    },
    async listRequestedTickets(userId, o) {
      const query = new URLSearchParams({
        sort_by: 'updated_at',
        sort_order: 'desc',
        per_page: String(o?.perPage ?? 10),
        include: 'users',
      });
      const url = o?.page ? requestedPageUrl(o.page, userId) : `/api/v2/users/${String(userId)}/tickets/requested.json?${query.toString()}`;
      const response = await requester.send({ method: 'GET', url, retryable: true, ...(o?.signal ? { signal: o.signal } : {}) });
      const body = response.data;
      if (!isRecord(body) || !Array.isArray(body.tickets)) throw unexpected(url, 'requested tickets');
      const tickets = body.tickets.filter((t): t is Record<string, unknown> => isRecord(t) && typeof t.id === 'number') as unknown as SupportTicket[];
      return {
        tickets,
        users: Array.isArray(body.users) ? body.users.filter(isUser) : [],
        nextPage: typeof body.next_page === 'string' && body.next_page !== '' ? body.next_page : null,
        count: typeof body.count === 'number' ? body.count : tickets.length,
      };
    },
  };
}

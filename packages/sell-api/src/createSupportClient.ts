import { createRateLimiter } from './createRateLimiter';
import type { ClientOptions } from './createRequester';
import { createRequester } from './createRequester';
import { SellApiError } from './sellApiError';

/** The product part of `/api/<product>/apps/installations/...` (the manifest location key, as zcli uses it). */
export type InstallationProduct = 'support' | 'chat' | 'sell';

/** Installation setting values as the API returns them (secure ones are never returned). */
export type InstallationSettingValue = string | number | boolean | null;

/** An app installation (apis.md §4.4). */
export interface SupportInstallation {
  id: number;
  app_id: number;
  product?: string;
  settings: Record<string, InstallationSettingValue>;
  enabled: boolean;
  updated_at?: string;
}

/** A Support ticket as search returns it, the fields the apps read (apis.md §4.2). */
export interface SupportTicket {
  id: number;
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

/** Tickets found for a requester, newest update first, and the total the search reported. */
export interface TicketSearchResult {
  tickets: SupportTicket[];
  count: number;
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
  searchTicketsByRequesterEmail(email: string, options?: { signal?: AbortSignal }): Promise<TicketSearchResult>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{installation: {...}}` or the bare object: sources disagree on the wrapper (apis.md §4.4). */
function unwrapInstallation(body: unknown, url: string): SupportInstallation {
  const item = isRecord(body) && isRecord(body.installation) ? body.installation : body;
  if (!isRecord(item) || typeof item.id !== 'number' || !isRecord(item.settings)) {
    throw new SellApiError({ kind: 'server', status: 200, message: 'Unexpected installation response', url, service: 'support' });
  }
  return item as unknown as SupportInstallation;
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
    async searchTicketsByRequesterEmail(email, o) {
      const query = new URLSearchParams({
        query: `type:ticket requester:${email}`,
        sort_by: 'updated_at',
        sort_order: 'desc',
      });
      const url = `/api/v2/search.json?${query.toString()}`;
      const response = await requester.send({ method: 'GET', url, retryable: true, ...(o?.signal ? { signal: o.signal } : {}) });
      const body = response.data;
      if (!isRecord(body) || !Array.isArray(body.results)) {
        throw new SellApiError({ kind: 'server', status: 200, message: 'Unexpected search response', url, service: 'support' });
      }
      const tickets = body.results.filter(
        (r): r is Record<string, unknown> => isRecord(r) && (r.result_type === undefined || r.result_type === 'ticket'),
      ) as unknown as SupportTicket[];
      return { tickets, count: typeof body.count === 'number' ? body.count : tickets.length };
    },
  };
}

import type {
  SellContact,
  SellCustomFieldDef,
  SellDeal,
  SellLead,
  SellLeadCreate,
  SellLeadSource,
  SellLeadStatus,
  SellNote,
  SellResourceType,
  SellStage,
  SellUser,
} from '@sell-bridge/core';
import { createRateLimiter, sellRateLimit } from './createRateLimiter';
import type { ReferenceCache } from './createReferenceCache';
import { createReferenceCache } from './createReferenceCache';
import type { ClientOptions } from './createRequester';
import { createRequester } from './createRequester';
import type { ListOptions } from './sellEnvelope';
import { buildUrl } from './buildUrl';
import { SELL_PER_PAGE, listAllPages, unwrapItem } from './sellEnvelope';
import type { PhoneQuery, SearchOutcome } from './sellSearch';
import { searchByPhone } from './sellSearch';
import { isSellApiError } from './sellApiError';
import { raceAbort, settingPlaceholder } from './transport';
import { createUserCalls, type SellUserCalls } from './sellUsers';

/** Which secure setting holds the Sell token (docs/architecture.md §4); the app picks `sell_api_token` when OAuth is absent. */
export type SellTokenSetting = 'access_token' | 'sell_api_token';

/** Options of the Sell client. */
export interface SellClientOptions extends ClientOptions {
  tokenSetting: SellTokenSetting;
  /** Reference data cache (users, statuses, sources, custom fields, stages); one per installation. */
  cache?: ReferenceCache;
  /** Defaults to `https://api.getbase.com`. */
  baseUrl?: string;
}

/** A person or company found by email; both live in `/v2/contacts`. */
export interface ContactMatches {
  persons: SellContact[];
  companies: SellContact[];
}

/** A note to add to a lead, contact or deal (e.g. a chat transcript). */
export interface NoteInput {
  resource_type: 'lead' | 'contact' | 'deal';
  resource_id: number;
  content: string;
}

/** Options of single-request calls. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Typed Sell Core v2 / Search v3 calls; every method rejects with `SellApiError` on HTTP failure. */
export interface SellClient extends SellUserCalls {
  self(options?: CallOptions): Promise<SellUser>;
  findLeadsByEmail(email: string, options?: CallOptions): Promise<SellLead[]>;
  getLead(id: number, options?: CallOptions): Promise<SellLead>;
  createLead(data: SellLeadCreate): Promise<SellLead>;
  findContactsByEmail(email: string, options?: CallOptions): Promise<ContactMatches>;
  getContact(id: number, options?: CallOptions): Promise<SellContact>;
  /** The persons who belong to a company (`?contact_id=<company>`), every page. */
  findPersonsOfCompany(companyId: number, options?: CallOptions): Promise<SellContact[]>;
  /** One `?contact_id=` request per distinct id (Sell filters take one id), merged without duplicates. */
  findDealsByContactIds(ids: number[], options?: CallOptions): Promise<SellDeal[]>;
  findDealsByOrganizationIds(ids: number[], options?: CallOptions): Promise<SellDeal[]>;
  listLeadStatuses(options?: ListOptions): Promise<SellLeadStatus[]>;
  listLeadSources(options?: ListOptions): Promise<SellLeadSource[]>;
  findLeadSourceByName(name: string, options?: CallOptions): Promise<SellLeadSource | null>;
  createLeadSource(name: string): Promise<SellLeadSource>;
  /** GET by name, else POST; a 422 (created meanwhile) re-reads. Collapsed and cached per name. */
  ensureLeadSource(name: string): Promise<SellLeadSource>;
  listCustomFields(resource: SellResourceType, options?: ListOptions): Promise<SellCustomFieldDef[]>;
  listStages(options?: ListOptions & { pipelineId?: number }): Promise<SellStage[]>;
  createNote(note: NoteInput): Promise<SellNote>;
  /** Notes of a record whose content contains `text` (Sell's full-text `q` filter). */
  findNotes(resource: Pick<NoteInput, 'resource_type' | 'resource_id'>, text: string, options?: CallOptions): Promise<SellNote[]>;
  searchLeadsByPhone(phone: string | PhoneQuery, options?: CallOptions): Promise<SearchOutcome<SellLead>>;
  searchContactsByPhone(phone: string | PhoneQuery, options?: CallOptions): Promise<SearchOutcome<SellContact>>;
}

const SELL_BASE_URL = 'https://api.getbase.com';

function dedupeById<T extends { id: number }>(records: T[]): T[] {
  const seen = new Set<number>();
  return records.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

function uniqueIds(ids: number[]): number[] {
  return [...new Set(ids)];
}

/** Creates a Sell client over a transport; the token travels only as a `{{setting.*}}` placeholder. */
/** Attempts per page of a reference list (the first one included). */
const REFERENCE_ATTEMPTS = 2;

export function createSellClient(options: SellClientOptions): SellClient {
  const now = options.now ?? Date.now;
  const base = options.baseUrl ?? SELL_BASE_URL;
  const requester = createRequester({
    ...options,
    service: 'sell',
    headers: { Accept: 'application/json', Authorization: `Bearer ${settingPlaceholder(options.tokenSetting)}` },
    limiter: options.limiter ?? createRateLimiter({ ...sellRateLimit, now, ...(options.sleep ? { sleep: options.sleep } : {}) }),
  });
  // Without a shared cache, a private zero-TTL one still collapses concurrent loads (e.g. ensureLeadSource).
  const cache = options.cache ?? createReferenceCache({ ttlMs: 0, now });
  // The same URL read with another token may answer differently.
  const cacheKey = (name: string): string => `sell:${options.tokenSetting}:${name}`;

  const url = (path: string, query?: Record<string, string | number | boolean | undefined>): string =>
    buildUrl(base, path, query);
  const sig = (o?: CallOptions): { signal?: AbortSignal } => (o?.signal ? { signal: o.signal } : {});

  async function getItem<T>(path: string, o?: CallOptions): Promise<T> {
    const u = url(path);
    const response = await requester.send({ method: 'GET', url: u, retryable: true, ...sig(o) });
    return unwrapItem<T>(response.data, u);
  }

  async function create<T>(path: string, data: unknown): Promise<T> {
    const u = url(path);
    // Never retried: Sell has no idempotency key, a second POST after a lost answer would duplicate the record.
    const response = await requester.send({ method: 'POST', url: u, body: { data }, retryable: false });
    return unwrapItem<T>(response.data, u);
  }

  const list = <T>(path: string, query: Record<string, string | number | undefined>, o?: ListOptions): Promise<T[]> =>
    listAllPages<T>(requester, url(path, { ...query, per_page: SELL_PER_PAGE }), o);

  const cached = <T>(name: string, load: () => Promise<T>): Promise<T> => cache.get(cacheKey(name), load);

  // A cached list is reference data (statuses, sources, stages, custom fields): one retry, not three, so a
  // team hitting the shared token's limit does not pile reference retries on top of record requests.
  // A cached list is shared by every caller, so it loads without any one caller's signal; each caller still stops
  // waiting on its own abort. Progress goes to the caller that started the load.
  const cachedList = <T>(name: string, path: string, query: Record<string, string | number | undefined>, o?: ListOptions) =>
    raceAbort(
      cached(name, () =>
        list<T>(path, query, {
          ...(o?.onProgress ? { onProgress: o.onProgress } : {}),
          ...(o?.onPage ? { onPage: o.onPage } : {}),
          maxAttempts: REFERENCE_ATTEMPTS,
        }),
      ),
      o?.signal,
    );

  // Sell filters take one id per parameter (`contact_id=1`), so one request per id, in parallel (the limiter
  // paces them), merged and de-duplicated. `ids=` would filter deal ids, not contact ids.
  async function dealsBy(param: 'contact_id' | 'organization_id', ids: number[], o?: CallOptions): Promise<SellDeal[]> {
    const pages = await Promise.all(uniqueIds(ids).map((id) => list<SellDeal>('/v2/deals', { [param]: id }, o)));
    return dedupeById(pages.flat());
  }

  const loadByIds = <T>(path: string, o?: CallOptions) => (ids: number[]) =>
    list<T>(path, { ids: ids.join(',') }, o);

  const phoneQuery = (phone: string | PhoneQuery): PhoneQuery => (typeof phone === 'string' ? { phone } : phone);

  const client: SellClient = {
    self: (o) => getItem<SellUser>('/v2/users/self', o),
    ...createUserCalls({ requester, url, cache, cacheKey, attempts: REFERENCE_ATTEMPTS }),
    findLeadsByEmail: (email, o) => list<SellLead>('/v2/leads', { email }, o),
    getLead: (id, o) => getItem<SellLead>(`/v2/leads/${String(id)}`, o),
    createLead: (data) => create<SellLead>('/v2/leads', data),
    async findContactsByEmail(email, o) {
      // One request: without `is_organization` the email filter returns persons and companies alike.
      const contacts = await list<SellContact>('/v2/contacts', { email }, o);
      return { persons: contacts.filter((c) => !c.is_organization), companies: contacts.filter((c) => c.is_organization) };
    },
    getContact: (id, o) => getItem<SellContact>(`/v2/contacts/${String(id)}`, o),
    async findPersonsOfCompany(companyId, o) {
      const contacts = await list<SellContact>('/v2/contacts', { contact_id: companyId, is_organization: 'false' }, o);
      // Sell's `contact_id` is the person's organisation; filter again in case a server ignores `is_organization`.
      return contacts.filter((c) => !c.is_organization && c.contact_id === companyId);
    },
    findDealsByContactIds: (ids, o) => dealsBy('contact_id', ids, o),
    findDealsByOrganizationIds: (ids, o) => dealsBy('organization_id', ids, o),
    listLeadStatuses: (o) => cachedList<SellLeadStatus>('lead_statuses', '/v2/lead_statuses', {}, o),
    listLeadSources: (o) => cachedList<SellLeadSource>('lead_sources', '/v2/lead_sources', {}, o),
    async findLeadSourceByName(name, o) {
      // `name` is a strict filter; compare again in case a server treats it loosely.
      const sources = await list<SellLeadSource>('/v2/lead_sources', { name }, o);
      return sources.find((s) => s.name === name) ?? null;
    },
    async createLeadSource(name) {
      const source = await create<SellLeadSource>('/v2/lead_sources', { name });
      cache.invalidate(cacheKey('lead_sources'));
      return source;
    },
    ensureLeadSource(name) {
      // Collapsed and cached by name so the source is created at most once per client/cache, however many leads.
      return cached(`lead_source:${name}`, async () => {
        const found = await client.findLeadSourceByName(name);
        if (found) return found;
        try {
          return await client.createLeadSource(name);
        } catch (error) {
          // Someone else created it between our GET and POST (names are unique): read it again.
          if (isSellApiError(error) && error.kind === 'validation') {
            const again = await client.findLeadSourceByName(name);
            if (again) return again;
          }
          throw error;
        }
      });
    },
    listCustomFields: (resource, o) =>
      cachedList<SellCustomFieldDef>(`custom_fields:${resource}`, `/v2/${resource}/custom_fields`, {}, o),
    listStages: (o) =>
      cachedList<SellStage>(`stages:${String(o?.pipelineId ?? 'all')}`, '/v2/stages', { pipeline_id: o?.pipelineId }, o),
    createNote: (note) => create<SellNote>('/v2/notes', note),
    findNotes: (resource, text, o) =>
      list<SellNote>('/v2/notes', { resource_type: resource.resource_type, resource_id: resource.resource_id, q: text }, o),
    searchLeadsByPhone: (phone, o) =>
      searchByPhone(requester, base, 'leads', phoneQuery(phone), loadByIds<SellLead>('/v2/leads', o), o?.signal),
    searchContactsByPhone: (phone, o) =>
      searchByPhone(requester, base, 'contacts', phoneQuery(phone), loadByIds<SellContact>('/v2/contacts', o), o?.signal),
  };
  return client;
}

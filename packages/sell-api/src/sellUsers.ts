import type { SellUser } from '@sell-bridge/core';
import type { ReferenceCache } from './createReferenceCache';
import type { Requester } from './createRequester';
import type { SellPage } from './sellEnvelope';
import { SELL_PER_PAGE, fetchPage, listAllPages } from './sellEnvelope';
import { raceAbort } from './transport';

/**
 * Sell users the way a large account needs them (docs/architecture.md §6): one user by email (the access gate), a few
 * by id (owners of the records shown, managers up a `reports_to` chain), or one page at a time (pickers). Nothing on a
 * sidebar's path loads every user: with 10,000 users that is 100 requests and megabytes of JSON.
 *
 * Every user kept is the slim projection below, cached per user (memory and the installation's store), so the next
 * sidebar of the tab asks Sell only for users it has not met.
 */
export interface SellUserCalls {
  /** The active or inactive user with exactly this email (strict filter, compared again), or null. Cached. */
  findUserByEmail(email: string, options?: { signal?: AbortSignal }): Promise<SellUser | null>;
  /** The users with these ids that exist, in one `ids=` request per 100 ids not cached yet. */
  getUsers(ids: readonly number[], options?: { signal?: AbortSignal }): Promise<SellUser[]>;
  /** Users with exactly this name (Sell's `name` filter is strict; there is no partial user search). */
  findUsersByName(name: string, options?: { signal?: AbortSignal }): Promise<SellUser[]>;
  /** One page (1-based) of active users by name, for a picker that loads more on demand. */
  listActiveUsersPage(page: number, options?: { signal?: AbortSignal }): Promise<{ users: SellUser[]; hasMore: boolean }>;
  /** Active Sell admins, every page (a few per account; the primary-admin picker). Cached. */
  listActiveAdmins(options?: { signal?: AbortSignal }): Promise<SellUser[]>;
}

/** What is kept of a Sell user: what access, owner choice, names and time zones read; nothing else. */
export function slimUser(user: SellUser): SellUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email ?? null,
    status: user.status,
    role: user.role,
    group: user.group ? { id: user.group.id, name: user.group.name } : null,
    reports_to: user.reports_to ?? null,
    timezone: user.timezone ?? null,
    ...(user.sell_login_disabled === undefined ? {} : { sell_login_disabled: user.sell_login_disabled }),
    created_at: user.created_at,
    updated_at: user.updated_at,
    deleted_at: user.deleted_at ?? null,
  };
}

interface UserCallsDeps {
  requester: Requester;
  url: (path: string, query?: Record<string, string | number | boolean | undefined>) => string;
  cache: ReferenceCache;
  cacheKey: (name: string) => string;
  /** Attempts per request of reference data. */
  attempts: number;
}

const USERS_PATH = '/v2/users';

export function createUserCalls({ requester, url, cache, cacheKey, attempts }: UserCallsDeps): SellUserCalls {
  const sig = (o?: { signal?: AbortSignal }) => (o?.signal ? { signal: o.signal } : {});
  const page = async (query: Record<string, string | number>, o?: { signal?: AbortSignal }): Promise<SellPage<SellUser>> => {
    const result = await fetchPage<SellUser>(requester, url(USERS_PATH, { ...query, per_page: SELL_PER_PAGE }), { ...sig(o), maxAttempts: attempts });
    return { items: result.items.map(slimUser), nextPage: result.nextPage };
  };
  const userKey = (id: number) => cacheKey(`user:${String(id)}`);

  // The users with `ids`, fetched in chunks of 100 (Sell's page size), as a map; ids Sell does not know are absent.
  async function fetchByIds(ids: readonly number[]): Promise<Map<number, SellUser>> {
    const found = new Map<number, SellUser>();
    for (let start = 0; start < ids.length; start += SELL_PER_PAGE) {
      const chunk = ids.slice(start, start + SELL_PER_PAGE);
      const result = await page({ ids: chunk.join(',') });
      for (const user of result.items) found.set(user.id, user);
    }
    return found;
  }

  return {
    findUserByEmail(email, o) {
      const wanted = email.trim().toLowerCase();
      const load = async (): Promise<SellUser | null> => {
        const result = await page({ email: wanted });
        // Exact match only: this answers "is the agent a Sell user", so a loose hit must never count.
        return result.items.find((u) => u.email?.toLowerCase() === wanted) ?? null;
      };
      // Shared by every caller, so it loads without one caller's signal; each caller stops waiting on its own abort.
      return raceAbort(cache.get(cacheKey(`user-email:${wanted}`), load), o?.signal);
    },

    async getUsers(ids, o) {
      const unique = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0);
      if (unique.length === 0) return [];
      // Each id is its own cache entry; the ids the cache cannot answer join one batch, started after every lookup.
      const pending: number[] = [];
      let startBatch!: (batch: Promise<Map<number, SellUser>>) => void;
      const batch = new Promise<Map<number, SellUser>>((resolve) => (startBatch = resolve));
      const lookups = unique.map((id) =>
        cache.get<SellUser | null>(userKey(id), () => {
          pending.push(id);
          return batch.then((found) => found.get(id) ?? null);
        }),
      );
      startBatch(pending.length > 0 ? fetchByIds(pending) : Promise.resolve(new Map<number, SellUser>()));
      const users = await raceAbort(Promise.all(lookups), o?.signal);
      return users.filter((user): user is SellUser => user !== null);
    },

    async findUsersByName(name, o) {
      const result = await page({ name }, o);
      return result.items.filter((u) => u.name === name);
    },

    async listActiveUsersPage(number, o) {
      const result = await page({ status: 'active', sort_by: 'name', page: number }, o);
      return { users: result.items, hasMore: result.nextPage !== undefined };
    },

    listActiveAdmins: (o) =>
      raceAbort(
        cache.get(cacheKey('users:admins'), async () => {
          const admins = await listAllPages<SellUser>(requester, url(USERS_PATH, { role: 'admin', status: 'active', per_page: SELL_PER_PAGE }), {
            maxAttempts: attempts,
          });
          return admins.map(slimUser);
        }),
        o?.signal,
      ),
  };
}

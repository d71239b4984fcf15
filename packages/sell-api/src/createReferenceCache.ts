/**
 * Where loaded values outlive the cache object, so the next sidebar of the same installation (another ticket, another
 * chat: a new iframe) starts warm. Values are JSON; a store may drop anything at any time (quota, private mode).
 */
export interface ReferenceStore {
  read(key: string): { value: unknown; savedAt: number } | null;
  write(key: string, value: unknown, savedAt: number): void;
  /** Drops one key, or every key starting with `prefix` when it ends with `*`. */
  remove(keyOrPrefix: string): void;
  clear(): void;
}

/** Options of a reference-data cache; create one per installation (users, statuses, sources, fields, stages). */
export interface ReferenceCacheOptions {
  /** How long a loaded value stays fresh, in memory and in the store. */
  ttlMs: number;
  now?: () => number;
  /** Optional second level shared between app instances; a stored value younger than `ttlMs` is used as loaded. */
  store?: ReferenceStore;
}

/** A TTL cache that also collapses concurrent loads of the same key into one. */
export interface ReferenceCache {
  /** The fresh cached value for `key`, the in-flight load, or a new `load()`; failed loads are not kept. */
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Drops one key, or every key starting with `prefix` when it ends with `*`. */
  invalidate(keyOrPrefix: string): void;
  clear(): void;
}

interface Entry {
  promise: Promise<unknown>;
  /** Set when the load succeeded; until then the entry is in flight. */
  expiresAt?: number;
}

/** Builds a cache object; nothing is shared between instances (no module-level caches). */
export function createReferenceCache(options: ReferenceCacheOptions): ReferenceCache {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const store = options.store;

  return {
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const existing = entries.get(key);
      if (existing && (existing.expiresAt === undefined || existing.expiresAt > now())) {
        return existing.promise as Promise<T>;
      }
      const stored = store?.read(key);
      if (stored && stored.savedAt <= now() && stored.savedAt + options.ttlMs > now()) {
        const promise = Promise.resolve(stored.value as T);
        entries.set(key, { promise, expiresAt: stored.savedAt + options.ttlMs });
        return promise;
      }
      const entry: Entry = { promise: Promise.resolve() };
      const promise = load().then(
        (value) => {
          if (entries.get(key) === entry) {
            const savedAt = now();
            entry.expiresAt = savedAt + options.ttlMs;
            if (options.ttlMs > 0) store?.write(key, value, savedAt);
          }
          return value;
        },
        (error: unknown) => {
          if (entries.get(key) === entry) entries.delete(key);
          throw error;
        },
      );
      entry.promise = promise;
      entries.set(key, entry);
      return promise;
    },
    invalidate(keyOrPrefix: string): void {
      if (keyOrPrefix.endsWith('*')) {
        const prefix = keyOrPrefix.slice(0, -1);
        for (const key of [...entries.keys()]) if (key.startsWith(prefix)) entries.delete(key);
      } else {
        entries.delete(keyOrPrefix);
      }
      store?.remove(keyOrPrefix);
    },
    clear(): void {
      entries.clear();
      store?.clear();
    },
  };
}

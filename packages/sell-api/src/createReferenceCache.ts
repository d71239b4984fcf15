/** Options of a reference-data cache; create one per installation (users, statuses, sources, fields, stages). */
export interface ReferenceCacheOptions {
  /** How long a loaded value stays fresh. */
  ttlMs: number;
  now?: () => number;
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

/** Builds a cache object; nothing is shared between instances (STYLE §5: no module-level caches). */
export function createReferenceCache(options: ReferenceCacheOptions): ReferenceCache {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  return {
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const existing = entries.get(key);
      if (existing && (existing.expiresAt === undefined || existing.expiresAt > now())) {
        return existing.promise as Promise<T>;
      }
      const entry: Entry = { promise: Promise.resolve() };
      const promise = load().then(
        (value) => {
          if (entries.get(key) === entry) entry.expiresAt = now() + options.ttlMs;
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
    },
    clear(): void {
      entries.clear();
    },
  };
}

import { createReferenceCache, type ReferenceStore } from './createReferenceCache';
import { manualClock } from './testing';

describe('createReferenceCache', () => {
  it('serves a fresh value from the cache without loading again', async () => {
    const clock = manualClock();
    const cache = createReferenceCache({ ttlMs: 1000, now: clock.now });
    const load = vi.fn(() => Promise.resolve(['New']));
    await cache.get('statuses', load);
    clock.advance(999);
    expect(await cache.get('statuses', load)).toEqual(['New']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads again once the TTL has passed', async () => {
    const clock = manualClock();
    const cache = createReferenceCache({ ttlMs: 1000, now: clock.now });
    const load = vi.fn().mockResolvedValueOnce(1).mockResolvedValueOnce(2);
    await cache.get('k', load);
    clock.advance(1000);
    expect(await cache.get('k', load)).toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('collapses concurrent loads of one key into one', async () => {
    const cache = createReferenceCache({ ttlMs: 0 });
    let resolve!: (v: string) => void;
    const load = vi.fn(() => new Promise<string>((r) => (resolve = r)));
    const both = Promise.all([cache.get('k', load), cache.get('k', load)]);
    resolve('v');
    expect(await both).toEqual(['v', 'v']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failed load', async () => {
    const cache = createReferenceCache({ ttlMs: 60_000 });
    await expect(cache.get('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('k', () => Promise.resolve('ok'))).toBe('ok');
  });

  it('keeps keys apart and invalidates one key or a prefix', async () => {
    const cache = createReferenceCache({ ttlMs: 60_000 });
    const load = vi.fn((v: string) => Promise.resolve(v));
    await cache.get('a:1', () => load('a1'));
    await cache.get('a:2', () => load('a2'));
    await cache.get('b', () => load('b'));
    cache.invalidate('a:*');
    await cache.get('a:1', () => load('a1'));
    await cache.get('b', () => load('b'));
    expect(load.mock.calls.map((c) => c[0])).toEqual(['a1', 'a2', 'b', 'a1']);
    cache.invalidate('b');
    cache.clear();
    await cache.get('b', () => load('b'));
    expect(load).toHaveBeenCalledTimes(5);
  });

  it('shares nothing between instances', async () => {
    const one = createReferenceCache({ ttlMs: 60_000 });
    const two = createReferenceCache({ ttlMs: 60_000 });
    await one.get('k', () => Promise.resolve(1));
    expect(await two.get('k', () => Promise.resolve(2))).toBe(2);
  });

  describe('with a store shared between instances (the next sidebar of the installation)', () => {
    function memoryStore(): ReferenceStore & { items: Map<string, { value: unknown; savedAt: number }> } {
      const items = new Map<string, { value: unknown; savedAt: number }>();
      return {
        items,
        read: (key) => items.get(key) ?? null,
        write: (key, value, savedAt) => void items.set(key, { value, savedAt }),
        remove: (keyOrPrefix) => {
          const prefix = keyOrPrefix.endsWith('*') ? keyOrPrefix.slice(0, -1) : null;
          for (const key of [...items.keys()]) if (prefix === null ? key === keyOrPrefix : key.startsWith(prefix)) items.delete(key);
        },
        clear: () => items.clear(),
      };
    }

    it('starts the next instance warm while the stored value is younger than the TTL, and loads once it is older', async () => {
      const clock = manualClock();
      const store = memoryStore();
      await createReferenceCache({ ttlMs: 1000, now: clock.now, store }).get('users', () => Promise.resolve(['Amelia']));

      clock.advance(999);
      const load = vi.fn(() => Promise.resolve(['Amelia', 'Omar']));
      expect(await createReferenceCache({ ttlMs: 1000, now: clock.now, store }).get('users', load)).toEqual(['Amelia']);
      expect(load).not.toHaveBeenCalled();

      clock.advance(1);
      expect(await createReferenceCache({ ttlMs: 1000, now: clock.now, store }).get('users', load)).toEqual(['Amelia', 'Omar']);
      expect(store.items.get('users')).toEqual({ value: ['Amelia', 'Omar'], savedAt: clock.now() });
    });

    it('never trusts a value stored in the future (a clock change) or a failed load', async () => {
      const clock = manualClock();
      const store = memoryStore();
      store.write('k', 'from the future', clock.now() + 60_000);
      const cache = createReferenceCache({ ttlMs: 1000, now: clock.now, store });
      await expect(cache.get('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect(store.items.get('k')?.value).toBe('from the future');
      expect(await cache.get('k', () => Promise.resolve('loaded'))).toBe('loaded');
      expect(store.items.get('k')).toEqual({ value: 'loaded', savedAt: clock.now() });
    });

    it('forgets stored values on invalidate and clear, so a new lead source is seen by the next sidebar too', async () => {
      const store = memoryStore();
      const cache = createReferenceCache({ ttlMs: 60_000, store });
      await cache.get('sell:lead_sources', () => Promise.resolve(['Chat']));
      await cache.get('sell:users', () => Promise.resolve([]));
      await cache.get('chat:departments', () => Promise.resolve([]));
      cache.invalidate('sell:lead_sources');
      expect([...store.items.keys()]).toEqual(['sell:users', 'chat:departments']);
      cache.invalidate('sell:*');
      expect([...store.items.keys()]).toEqual(['chat:departments']);
      cache.clear();
      expect(store.items.size).toBe(0);
    });

    it('stores nothing without a TTL (the private cache that only collapses concurrent loads)', async () => {
      const store = memoryStore();
      await createReferenceCache({ ttlMs: 0, store }).get('k', () => Promise.resolve(1));
      expect(store.items.size).toBe(0);
    });
  });
});

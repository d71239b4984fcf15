import { createReferenceCache } from './createReferenceCache';
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
});

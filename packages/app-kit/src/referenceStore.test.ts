import { createReferenceCache } from '@sell-bridge/sell-api';
import { createStorageReferenceStore, referenceStorePrefix } from './referenceStore';

const keysOf = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i)).sort();

describe('createStorageReferenceStore', () => {
  it('keeps each installation’s values apart and round-trips them as JSON', () => {
    const one = createStorageReferenceStore(sessionStorage, 1001);
    const two = createStorageReferenceStore(sessionStorage, 1002);
    one.write('sell:users', [{ id: 1, name: 'Amelia' }], 5);
    expect(one.read('sell:users')).toEqual({ value: [{ id: 1, name: 'Amelia' }], savedAt: 5 });
    expect(two.read('sell:users')).toBeNull();
    expect(keysOf(sessionStorage)).toEqual([`${referenceStorePrefix(1001)}sell:users`]);
  });

  it.each([
    ['not JSON', '{'],
    ['no savedAt', JSON.stringify({ value: [] })],
    ['a savedAt that is not a number', JSON.stringify({ value: [], savedAt: '5' })],
    ['null', 'null'],
  ])('treats an entry with %s as missing', (_, text) => {
    sessionStorage.setItem(`${referenceStorePrefix(7)}k`, text);
    expect(createStorageReferenceStore(sessionStorage, 7).read('k')).toBeNull();
  });

  it('removes one key, a prefix, or the installation’s entries only', () => {
    const store = createStorageReferenceStore(sessionStorage, 1);
    const other = createStorageReferenceStore(sessionStorage, 2);
    for (const key of ['sell:a', 'sell:b', 'chat:c']) store.write(key, key, 1);
    other.write('sell:a', 'x', 1);
    sessionStorage.setItem('unrelated', 'kept');
    store.remove('sell:a');
    expect(store.read('sell:a')).toBeNull();
    store.remove('sell:*');
    expect(store.read('sell:b')).toBeNull();
    expect(store.read('chat:c')).not.toBeNull();
    store.clear();
    expect(keysOf(sessionStorage)).toEqual([`${referenceStorePrefix(2)}sell:a`, 'unrelated']);
  });

  it('loses nothing but the copy when storage is full or blocked', async () => {
    const full = {
      ...sessionStorage,
      length: 0,
      key: () => null,
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: vi.fn(),
    } as unknown as Storage;
    const store = createStorageReferenceStore(full, 1);
    expect(() => store.write('k', [1], 1)).not.toThrow();
    expect(full.removeItem).toHaveBeenCalledWith(`${referenceStorePrefix(1)}k`);

    const blocked = createStorageReferenceStore(null, 1);
    const cache = createReferenceCache({ ttlMs: 60_000, store: blocked });
    expect(await cache.get('k', () => Promise.resolve('loaded'))).toBe('loaded');
    expect(blocked.read('k')).toBeNull();
  });
});

import type { ReferenceStore } from '@sell-bridge/sell-api';

const VERSION = 1;

/** The storage prefix of one installation's reference data (two installations may share a browser). */
export function referenceStorePrefix(installationId: number | string): string {
  return `sell-bridge:reference:v${String(VERSION)}:${String(installationId)}:`;
}

function keysWith(storage: Storage, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/**
 * The reference cache's second level in web storage, so every sidebar the agent opens in this tab (each ticket and
 * chat is a new iframe) starts with users, sources, stages and field definitions instead of re-reading them from
 * Sell. Only reference lists go here, never records. Unreadable entries count as missing; a full or blocked storage
 * only means the next sidebar loads again.
 */
export function createStorageReferenceStore(storage: Storage | null, installationId: number | string): ReferenceStore {
  const prefix = referenceStorePrefix(installationId);
  const attempt = <T>(work: (s: Storage) => T, fallback: T): T => {
    if (!storage) return fallback;
    try {
      return work(storage);
    } catch {
      return fallback;
    }
  };
  return {
    read: (key) =>
      attempt((s) => {
        const text = s.getItem(prefix + key);
        if (text === null) return null;
        const parsed: unknown = JSON.parse(text);
        if (typeof parsed !== 'object' || parsed === null || !('savedAt' in parsed) || !('value' in parsed)) return null;
        const { savedAt, value } = parsed;
        return typeof savedAt === 'number' && Number.isFinite(savedAt) ? { savedAt, value } : null;
      }, null),
    write: (key, value, savedAt) =>
      attempt((s) => {
        try {
          s.setItem(prefix + key, JSON.stringify({ savedAt, value }));
        } catch {
          // Over quota: leave no stale copy behind.
          s.removeItem(prefix + key);
        }
      }, undefined),
    remove: (keyOrPrefix) =>
      attempt((s) => {
        if (!keyOrPrefix.endsWith('*')) return s.removeItem(prefix + keyOrPrefix);
        for (const key of keysWith(s, prefix + keyOrPrefix.slice(0, -1))) s.removeItem(key);
      }, undefined),
    clear: () =>
      attempt((s) => {
        for (const key of keysWith(s, prefix)) s.removeItem(key);
      }, undefined),
  };
}

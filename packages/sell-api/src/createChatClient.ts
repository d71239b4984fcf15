import type { ChatRecord } from '@sell-bridge/core';
import { chatRateLimit, createRateLimiter } from './createRateLimiter';
import type { ClientOptions } from './createRequester';
import { createRequester } from './createRequester';
import { buildUrl } from './buildUrl';
import { SellApiError, isSellApiError } from './sellApiError';
import { settingPlaceholder } from './transport';

/** One hit of `GET /api/v2/chats/search` (a reference; fetch the chat for its content). */
export interface ChatSearchHit {
  id: string;
  type: string;
  timestamp: string;
  preview?: string;
  url?: string;
}

/** A page of search hits and the cursor of the next page (`null` on the last). */
export interface ChatSearchPage {
  results: ChatSearchHit[];
  count: number | null;
  /** Opaque: pass back as `cursor`. It is the API's `next_url`. */
  next: string | null;
}

/** Options of the Chat client (token from the `chat_access_token` setting, docs/architecture.md §4). */
export interface ChatClientOptions extends ClientOptions {
  /** Defaults to `https://www.zopim.com`. */
  baseUrl?: string;
}

/** Typed Chat REST v2 calls (docs/platform/chat.md); every method rejects with `SellApiError` on HTTP failure. */
export interface ChatClient {
  searchChatsByEmail(email: string, options?: { cursor?: string; signal?: AbortSignal }): Promise<ChatSearchPage>;
  getChat(id: string, options?: { signal?: AbortSignal }): Promise<ChatRecord>;
  /** Chats by id (bulk `?ids=`, 50 per request), newest first; ids that no longer exist are skipped. */
  getChats(ids: string[], options?: { signal?: AbortSignal }): Promise<ChatRecord[]>;
}

const CHAT_BASE_URL = 'https://www.zopim.com';

/** Ids per bulk request, keeping URLs short. */
const BULK_SIZE = 50;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sorts chats newest first by `timestamp` (ISO strings compare as dates); returns a new array. */
export function sortChatsNewestFirst<T extends { timestamp: string }>(chats: readonly T[]): T[] {
  return [...chats].sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp));
}

/** Creates a Chat client; Chat allows 200 requests/minute, so its limiter is slower than Sell's. */
export function createChatClient(options: ChatClientOptions): ChatClient {
  const now = options.now ?? Date.now;
  const base = options.baseUrl ?? CHAT_BASE_URL;
  const origin = new URL(base).origin;
  const requester = createRequester({
    ...options,
    service: 'chat',
    headers: { Accept: 'application/json', Authorization: `Bearer ${settingPlaceholder('chat_access_token')}` },
    limiter: options.limiter ?? createRateLimiter({ ...chatRateLimit, now, ...(options.sleep ? { sleep: options.sleep } : {}) }),
  });

  function unexpected(message: string, url: string): SellApiError {
    return new SellApiError({ kind: 'server', status: 200, message, url, service: 'chat' });
  }

  async function getChat(id: string, o?: { signal?: AbortSignal }): Promise<ChatRecord> {
    const url = buildUrl(base, `/api/v2/chats/${encodeURIComponent(id)}`);
    const response = await requester.send({ method: 'GET', url, retryable: true, ...(o?.signal ? { signal: o.signal } : {}) });
    if (!isRecord(response.data)) throw unexpected('chat is not an object', url);
    return response.data as unknown as ChatRecord;
  }

  /** One chat per request; ids that are gone (404) are skipped. */
  async function getChatsOneByOne(ids: string[], o?: { signal?: AbortSignal }): Promise<ChatRecord[]> {
    const results = await Promise.all(
      ids.map((id) =>
        getChat(id, o).catch((error: unknown) => {
          if (isSellApiError(error) && error.kind === 'not_found') return null;
          throw error;
        }),
      ),
    );
    return results.filter((chat): chat is ChatRecord => chat !== null);
  }

  /**
   * `GET /api/v2/chats?ids=a,b` answers `{docs: {<id>: chat}}` (docs/platform/chat.md §Chats endpoints, shape seen in one client's test only).
   * One request instead of N matters under Chat's 200/minute; any other shape falls back to one request per chat.
   */
  async function getChatsBulk(ids: string[], o?: { signal?: AbortSignal }): Promise<ChatRecord[]> {
    if (ids.length === 1) return getChatsOneByOne(ids, o);
    const url = buildUrl(base, '/api/v2/chats', { ids: ids.join(',') });
    const response = await requester.send({ method: 'GET', url, retryable: true, ...(o?.signal ? { signal: o.signal } : {}) });
    const body = response.data;
    if (!isRecord(body) || !isRecord(body.docs)) return getChatsOneByOne(ids, o);
    const docs = body.docs;
    return ids.flatMap((id) => (isRecord(docs[id]) ? [docs[id] as unknown as ChatRecord] : []));
  }

  return {
    async searchChatsByEmail(email, o) {
      let url = buildUrl(base, '/api/v2/chats/search', { q: `visitor_email:${email}` });
      if (o?.cursor !== undefined) {
        // The cursor is a server URL; following it elsewhere would send the token placeholder to another host.
        if (new URL(o.cursor, base).origin !== origin) throw unexpected('cursor points to another host', o.cursor);
        url = new URL(o.cursor, base).toString();
      }
      const response = await requester.send({ method: 'GET', url, retryable: true, ...(o?.signal ? { signal: o.signal } : {}) });
      const body = response.data;
      if (!isRecord(body) || !Array.isArray(body.results)) throw unexpected('no results array', url);
      const next = typeof body.next_url === 'string' && body.next_url !== '' ? body.next_url : null;
      return {
        results: body.results.filter(isRecord) as unknown as ChatSearchHit[],
        count: typeof body.count === 'number' ? body.count : null,
        next,
      };
    },
    getChat,
    async getChats(ids, o) {
      const unique = [...new Set(ids)];
      const chunks: string[][] = [];
      for (let i = 0; i < unique.length; i += BULK_SIZE) chunks.push(unique.slice(i, i + BULK_SIZE));
      const pages = await Promise.all(chunks.map((chunk) => getChatsBulk(chunk, o)));
      return sortChatsNewestFirst(pages.flat());
    },
  };
}

import type { SandboxChat, SandboxState } from './types';

/** Chat REST host. */
export const CHAT_ORIGIN = 'https://www.zopim.com';

const REASON: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests' };
const DESCRIPTION: Record<number, string> = {
  401: 'The server could not verify that you are authorized to access the requested resource',
  404: 'The requested resource was not found',
  429: 'Rate limit exceeded, retry later',
};

/** JSON with Chat's headers. */
export function chatJson(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } });
}

/** Chat's error body `{error, description}` (not the Sell envelope). */
export function chatError(status: number, description?: string, headers: Record<string, string> = {}): Response {
  const error = REASON[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
  return chatJson(status, { error, description: description ?? DESCRIPTION[status] ?? 'Something went wrong' }, headers);
}

const SEARCH_PAGE = 10;
const LIST_PAGE = 100;

/** Splits a Lucene-like query into `field:value` terms and free words (quotes keep spaces). */
function parseQuery(q: string): { fields: [string, string][]; words: string[] } {
  const fields: [string, string][] = [];
  const words: string[] = [];
  for (const raw of q.match(/(?:[^\s"]+|"[^"]*")+/g) ?? []) {
    const token = raw.replace(/"/g, '');
    if (/^(AND|OR)$/.test(token)) continue;
    const colon = token.indexOf(':');
    if (colon > 0) fields.push([token.slice(0, colon).toLowerCase(), token.slice(colon + 1).toLowerCase()]);
    else if (token !== '') words.push(token.toLowerCase());
  }
  return { fields, words };
}

function chatText(chat: SandboxChat): string {
  return [chat.visitor.name, chat.visitor.email, chat.message, ...chat.history.map((h) => h.msg)].filter(Boolean).join(' ').toLowerCase();
}

function matches(chat: SandboxChat, query: ReturnType<typeof parseQuery>): boolean {
  for (const [field, value] of query.fields) {
    const actual =
      field === 'visitor_email' ? chat.visitor.email
      : field === 'visitor_name' ? chat.visitor.name
      : field === 'visitor_phone' ? chat.visitor.phone
      : field === 'type' ? chat.type
      : field === 'department_name' ? chat.department_name
      : field === 'agent_names' ? chat.agent_names.join(' ')
      : field === 'id' ? chat.id
      : undefined;
    if (actual === undefined) return false;
    if ((actual ?? '').toLowerCase() !== value && !(field === 'agent_names' && (actual ?? '').toLowerCase().includes(value))) return false;
  }
  if (query.words.length === 0) return true;
  const text = chatText(chat);
  return query.words.every((w) => text.includes(w));
}

const byNewest = (a: SandboxChat, b: SandboxChat): number => (a.timestamp < b.timestamp ? 1 : a.timestamp > b.timestamp ? -1 : 0);

const preview = (chat: SandboxChat): string => (chat.message ?? chat.history.find((h) => h.type === 'chat.msg')?.msg ?? '').slice(0, 100);

function pageOf(url: URL): number | null {
  const raw = url.searchParams.get('page');
  if (raw === null) return 1;
  return /^\d+$/.test(raw) && Number(raw) >= 1 ? Number(raw) : null;
}

function pageUrl(url: URL, page: number): string {
  const target = new URL(url.pathname + url.search, CHAT_ORIGIN);
  target.searchParams.set('page', String(page));
  return target.toString();
}

function search(url: URL, state: SandboxState): Response {
  const page = pageOf(url);
  const q = url.searchParams.get('q');
  if (page === null || q === null || q.trim() === '') return chatError(400, "A non-empty 'q' and a positive 'page' are required");
  const query = parseQuery(q);
  const hits = state.chats.filter((c) => matches(c, query)).sort(byNewest);
  const start = (page - 1) * SEARCH_PAGE;
  return chatJson(200, {
    results: hits.slice(start, start + SEARCH_PAGE).map((c) => ({ id: c.id, type: c.type, timestamp: c.timestamp, preview: preview(c), url: `${CHAT_ORIGIN}/api/v2/chats/${c.id}` })),
    count: hits.length,
    next_url: start + SEARCH_PAGE < hits.length ? pageUrl(url, page + 1) : null,
    prev_url: page > 1 ? pageUrl(url, page - 1) : null,
  });
}

function list(url: URL, state: SandboxState): Response {
  const ids = url.searchParams.get('ids');
  if (ids !== null) {
    const wanted = new Set(ids.split(',').map((id) => id.trim()));
    const docs: Record<string, SandboxChat> = {};
    for (const chat of state.chats) if (wanted.has(chat.id)) docs[chat.id] = chat;
    return chatJson(200, { docs });
  }
  const page = pageOf(url);
  if (page === null) return chatError(400, "'page' must be a positive integer");
  const sorted = state.chats.slice().sort(byNewest);
  const start = (page - 1) * LIST_PAGE;
  return chatJson(200, { chats: sorted.slice(start, start + LIST_PAGE), count: sorted.length, next_url: start + LIST_PAGE < sorted.length ? pageUrl(url, page + 1) : null });
}

/** `/api/v2/incremental/chats?start_time=<unix s>&start_id=&limit=`: chats from a time on, oldest first. */
function incremental(url: URL, state: SandboxState): Response {
  const startTime = Number(url.searchParams.get('start_time') ?? NaN);
  const limit = Number(url.searchParams.get('limit') ?? 1000);
  const startId = url.searchParams.get('start_id');
  if (!Number.isInteger(startTime) || startTime < 0 || !Number.isInteger(limit) || limit < 1 || limit > 1000) {
    return chatError(400, "'start_time' (unix seconds) is required and 'limit' must be 1..1000");
  }
  const seconds = (c: SandboxChat): number => Date.parse(c.timestamp) / 1000;
  const sorted = state.chats
    .filter((c) => seconds(c) > startTime || (seconds(c) === startTime && (startId === null || c.id > startId)))
    .sort((a, b) => seconds(a) - seconds(b) || (a.id < b.id ? -1 : 1));
  const chats = sorted.slice(0, limit);
  const last = chats.at(-1);
  const endTime = last ? seconds(last) : startTime;
  const endId = last?.id ?? startId;
  const next = new URL('/api/v2/incremental/chats', CHAT_ORIGIN);
  next.searchParams.set('start_time', String(endTime));
  if (endId) next.searchParams.set('start_id', endId);
  next.searchParams.set('limit', String(limit));
  return chatJson(200, { chats, count: chats.length, end_id: endId, end_time: endTime, next_page: next.toString() });
}

/** Answers a Chat REST request (Bearer `tokens.chat` required). */
export function handleChat(request: Request, url: URL, state: SandboxState): Response {
  const auth = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  if (!auth || auth[1] !== state.tokens.chat) return chatError(401);
  const path = url.pathname.replace(/\/+$/, '');
  if (request.method !== 'GET') return chatError(404);
  if (path === '/api/v2/chats/search') return search(url, state);
  if (path === '/api/v2/chats') return list(url, state);
  if (path === '/api/v2/incremental/chats') return incremental(url, state);
  const one = /^\/api\/v2\/chats\/([^/]+)$/.exec(path);
  if (one) {
    const chat = state.chats.find((c) => c.id === decodeURIComponent(one[1]!));
    return chat ? chatJson(200, chat) : chatError(404, 'Chat not found');
  }
  return chatError(404);
}

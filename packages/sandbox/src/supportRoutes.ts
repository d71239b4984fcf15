import { isoSeconds } from './random';
import { isObject, readJson } from './sellContext';
import { SECURE_SETTINGS } from './seedInstallations';
import type { Installation, SandboxState, SettingValue, SupportTicket, SupportUser } from './types';

const ERRORS: Record<number, { error: string; description?: string }> = {
  400: { error: 'InvalidValue', description: 'The request is not valid' },
  401: { error: "Couldn't authenticate you" },
  403: { error: 'Forbidden', description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.' },
  404: { error: 'RecordNotFound', description: 'Not found' },
  422: { error: 'RecordInvalid', description: 'Record validation errors' },
  429: { error: 'TooManyRequests', description: 'You have exceeded the rate limit. Retry later.' },
};

/** JSON with Support's headers. */
function supportJson(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } });
}

/** Support-style error body (`{error, description}`), not the Sell envelope. */
export function supportError(status: number, override?: Partial<{ error: string; description: string; details: unknown }>, headers: Record<string, string> = {}): Response {
  const base = ERRORS[status] ?? { error: 'InternalError', description: 'Something went wrong. Please try again later.' };
  return supportJson(status, { ...base, ...override }, headers);
}

/**
 * The Support user the request acts as: `X-Sandbox-User-Id`, else `X-Sandbox-Role` (admin|agent; anything else is
 * an agent), else `state.supportDefaultRole` (admin when unset).
 */
function currentSupportUser(request: Request, state: SandboxState): SupportUser | undefined {
  const userId = request.headers.get('x-sandbox-user-id');
  if (userId !== null) return state.supportUsers.find((u) => u.id === Number(userId));
  const role = request.headers.get('x-sandbox-role') ?? state.supportDefaultRole ?? 'admin';
  return state.supportUsers.find((u) => u.id === (role === 'admin' ? state.supportRoles.admin : state.supportRoles.agent));
}

const userJson = (u: SupportUser, origin: string): object => ({ ...u, url: `${origin}/api/v2/users/${u.id}.json` });
const ticketJson = (t: SupportTicket, origin: string): object => ({ ...t, url: `${origin}/api/v2/tickets/${t.id}.json` });

/** The installation as the API answers it: secure values left out. */
function installationJson(i: Installation): object {
  const { secure: _secure, ...visible } = i;
  return { ...visible, collapsible: true, pinned: false, settings_objects: Object.entries(i.settings).map(([name, value]) => ({ name, value })) };
}

function paging(url: URL): { page: number; perPage: number } | null {
  const page = Number(url.searchParams.get('page') ?? 1);
  const perPage = Number(url.searchParams.get('per_page') ?? 100);
  return Number.isInteger(page) && page >= 1 && Number.isInteger(perPage) && perPage >= 1 && perPage <= 100 ? { page, perPage } : null;
}

function pageLink(url: URL, page: number): string {
  const target = new URL(url.toString());
  target.searchParams.set('page', String(page));
  return target.toString();
}

/** `/api/v2/search.json?query=type:ticket requester:<email>` (also status:, type:user email:, free text). */
function search(url: URL, state: SandboxState): Response {
  const p = paging(url);
  const query = url.searchParams.get('query');
  if (!p || query === null) return supportError(400, { description: "'query' is required; per_page is 1..100" });
  const terms = query.split(/\s+/).filter(Boolean).map((t) => t.replace(/"/g, ''));
  const field = (name: string): string | undefined => terms.find((t) => t.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).toLowerCase();
  const words = terms.filter((t) => !t.includes(':')).map((t) => t.toLowerCase());
  const type = field('type') ?? 'ticket';
  let results: object[];
  if (type === 'user') {
    const email = field('email');
    results = state.supportUsers.filter((u) => (email === undefined || u.email?.toLowerCase() === email) && words.every((w) => u.name.toLowerCase().includes(w))).map((u) => ({ ...userJson(u, url.origin), result_type: 'user' }));
  } else {
    const requester = field('requester');
    const status = field('status');
    const requesterIds = requester === undefined ? null : new Set(state.supportUsers.filter((u) => u.email?.toLowerCase() === requester || String(u.id) === requester).map((u) => u.id));
    results = state.tickets
      .filter((t) => (requesterIds === null || requesterIds.has(t.requester_id)) && (status === undefined || t.status === status))
      .filter((t) => words.every((w) => `${t.subject} ${t.description}`.toLowerCase().includes(w)))
      .sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : b.id - a.id))
      .map((t) => ({ ...ticketJson(t, url.origin), result_type: 'ticket' }));
  }
  const start = (p.page - 1) * p.perPage;
  return supportJson(200, {
    results: results.slice(start, start + p.perPage),
    count: results.length,
    next_page: start + p.perPage < results.length ? pageLink(url, p.page + 1) : null,
    previous_page: p.page > 1 ? pageLink(url, p.page - 1) : null,
    facets: null,
  });
}

/** The page `p` of `items`, in Support's offset-pagination envelope under `key`. */
function pageOf(url: URL, key: string, items: object[], p: { page: number; perPage: number }, extra: object = {}): Response {
  const start = (p.page - 1) * p.perPage;
  return supportJson(200, {
    [key]: items.slice(start, start + p.perPage),
    ...extra,
    next_page: start + p.perPage < items.length ? pageLink(url, p.page + 1) : null,
    previous_page: p.page > 1 ? pageLink(url, p.page - 1) : null,
    count: items.length,
  });
}

/** End users cannot look up other users or their tickets; agents and admins can (roles with ticket access). */
function mayReadTickets(request: Request, state: SandboxState): boolean {
  const actor = currentSupportUser(request, state);
  return actor !== undefined && actor.role !== 'end-user';
}

/** `/api/v2/users/search.json?query=email:<email>` (exact, case-insensitive) or a name fragment. */
function searchUsers(request: Request, url: URL, state: SandboxState): Response {
  if (!mayReadTickets(request, state)) return supportError(403);
  const p = paging(url);
  const query = (url.searchParams.get('query') ?? '').trim();
  if (!p || query === '') return supportError(400, { description: "'query' is required; per_page is 1..100" });
  const email = /^email:"?([^"\s]+)"?$/i.exec(query)?.[1]?.toLowerCase();
  const words = query.toLowerCase();
  const users = state.supportUsers.filter((u) => (email === undefined ? u.name.toLowerCase().includes(words) || u.email?.toLowerCase() === words : u.email?.toLowerCase() === email));
  return pageOf(url, 'users', users.map((u) => userJson(u, url.origin)), p);
}

const TICKET_SORTS: Record<string, (t: SupportTicket) => string | number> = {
  id: (t) => t.id,
  created_at: (t) => t.created_at,
  updated_at: (t) => t.updated_at,
  status: (t) => t.status,
  subject: (t) => t.subject.toLowerCase(),
};

/**
 * `/api/v2/users/{id}/tickets/requested.json`: `sort_by` (id, created_at, updated_at, status, subject; default id),
 * `sort_order` (asc default, desc), `page`/`per_page`, and `include=users` to sideload requesters, submitters and assignees.
 */
function requestedTickets(request: Request, url: URL, state: SandboxState, userId: number): Response {
  if (!mayReadTickets(request, state)) return supportError(403);
  if (!state.supportUsers.some((u) => u.id === userId)) return supportError(404);
  const p = paging(url);
  const sortBy = url.searchParams.get('sort_by') ?? 'id';
  const key = TICKET_SORTS[sortBy];
  const order = url.searchParams.get('sort_order') ?? 'asc';
  if (!p || !key || (order !== 'asc' && order !== 'desc')) return supportError(400, { description: 'sort_by, sort_order or per_page is not valid' });
  const direction = order === 'desc' ? -1 : 1;
  const tickets = state.tickets
    .filter((t) => t.requester_id === userId)
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return (ka < kb ? -1 : ka > kb ? 1 : a.id - b.id) * direction;
    });
  const start = (p.page - 1) * p.perPage;
  const shown = tickets.slice(start, start + p.perPage);
  const includes = (url.searchParams.get('include') ?? '').split(',').map((s) => s.trim());
  const sideload: { users?: object[] } = {};
  if (includes.includes('users')) {
    const ids = new Set(shown.flatMap((t) => [t.requester_id, t.submitter_id, ...(t.assignee_id === null ? [] : [t.assignee_id])]));
    sideload.users = state.supportUsers.filter((u) => ids.has(u.id)).map((u) => userJson(u, url.origin));
  }
  return pageOf(url, 'tickets', tickets.map((t) => ticketJson(t, url.origin)), p, sideload);
}

async function updateInstallation(request: Request, installation: Installation, state: SandboxState, now: number): Promise<Response> {
  const actor = currentSupportUser(request, state);
  if (actor?.role !== 'admin') return supportError(403);
  const body = await readJson(request);
  if (!isObject(body)) return supportError(400, { description: 'The request body must be a JSON object' });
  const settings = body.settings ?? {};
  const bad = (detail: string): Response => supportError(422, { details: { settings: [{ description: detail }] } });
  if (!isObject(settings)) return bad('settings must be an object');
  if (body.enabled !== undefined && typeof body.enabled !== 'boolean') return bad('enabled must be a boolean');
  for (const [key, value] of Object.entries(settings)) {
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) return bad(`${key} must be a string, number or boolean`);
    if (key === 'name' && (typeof value !== 'string' || value.trim() === '')) return bad('name cannot be blank');
  }
  for (const [key, value] of Object.entries(settings as Record<string, SettingValue>)) {
    // Secure parameters are write-only: kept server-side, never echoed.
    if (SECURE_SETTINGS.has(key)) installation.secure[key] = String(value ?? '');
    else installation.settings[key] = value;
  }
  if (typeof body.enabled === 'boolean') installation.enabled = body.enabled;
  installation.updated_at = isoSeconds(Math.max(now, Date.parse(installation.updated_at) + 1000));
  return supportJson(200, installationJson(installation));
}

/** Answers a Support request (cookie-authenticated: no bearer needed). */
export async function handleSupport(request: Request, url: URL, state: SandboxState, now: number): Promise<Response> {
  const path = url.pathname.replace(/\/+$/, '');
  const method = request.method;
  const installation = /^\/api\/(?:v2|sell|chat|support)\/apps\/installations\/(\d+)\.json$/.exec(path);
  if (installation) {
    const found = state.installations.find((i) => i.id === Number(installation[1]));
    if (!found) return supportError(404);
    if (method === 'GET') return supportJson(200, installationJson(found));
    if (method === 'PUT') return updateInstallation(request, found, state, now);
  }
  const installations = /^\/api\/(v2|sell|chat|support)\/apps\/installations\.json$/.exec(path);
  if (installations && method === 'GET') {
    const product = installations[1];
    return supportJson(200, { installations: state.installations.filter((i) => product === 'v2' || i.product === product).map(installationJson) });
  }
  if (method === 'GET') {
    if (path === '/api/v2/users/me.json') {
      const me = currentSupportUser(request, state);
      return me ? supportJson(200, { user: userJson(me, url.origin) }) : supportError(401);
    }
    if (path === '/api/v2/search.json') return search(url, state);
    if (path === '/api/v2/users/search.json') return searchUsers(request, url, state);
    const requested = /^\/api\/v2\/users\/(\d+)\/tickets\/requested\.json$/.exec(path);
    if (requested) return requestedTickets(request, url, state, Number(requested[1]));
    const user = /^\/api\/v2\/users\/(\d+)\.json$/.exec(path);
    if (user) {
      const found = state.supportUsers.find((u) => u.id === Number(user[1]));
      return found ? supportJson(200, { user: userJson(found, url.origin) }) : supportError(404);
    }
    const ticket = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(path);
    if (ticket) {
      const found = state.tickets.find((t) => t.id === Number(ticket[1]));
      return found ? supportJson(200, { ticket: ticketJson(found, url.origin) }) : supportError(404);
    }
  }
  return supportError(404, { error: 'InvalidEndpoint', description: 'Not found' });
}

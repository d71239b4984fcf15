import { chatError, chatJson } from '../chatRoutes';
import type { AgentSessions } from './agentSessions';
import { rootField } from './operations';
import type { Conversations } from './types';

/** Host of the Chat Conversations API (decision 0006). */
export const CONVERSATIONS_HOST = 'chat-api.zopim.com';
export const CONVERSATIONS_ORIGIN = `https://${CONVERSATIONS_HOST}`;

/** Path prefix of the sandbox's long-polling twin of the stream socket. */
export const POLL_PATH = '/stream/0.1/poll/';

/** The longest a poll is held open; the client asks for less with `wait_ms`. */
export const MAX_POLL_WAIT_MS = 25_000;

interface Deps {
  conversations: Conversations;
  sessions: AgentSessions;
  /** The Chat OAuth token `startAgentSession` accepts. */
  token: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

async function readJson(request: Request): Promise<unknown> {
  try {
    return (await request.json()) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * `POST /graphql/request` (authentication only, as documented): `startAgentSession(access_token)` with the token in
 * the GraphQL variables. A wrong token answers 401 and an account without live access 403, both in Chat's error
 * body (how the real API refuses is unverified). The returned `websocket_url` is an `https://` URL: the sandbox's
 * stream is HTTP long-polling with the same frames, since Node has no WebSocket server built in.
 */
async function startSession(request: Request, deps: Deps): Promise<Response> {
  const body = await readJson(request);
  if (!isRecord(body) || typeof body.query !== 'string') return chatJson(400, { errors: [{ message: 'Must provide query string.' }] });
  const root = rootField(body.query);
  if (root?.field !== 'startAgentSession') {
    return chatJson(200, { data: null, errors: [{ message: 'Only startAgentSession is served over HTTP; use the stream.' }] });
  }
  const variables = isRecord(body.variables) ? body.variables : {};
  const inline = /access_token\s*:\s*"([^"]*)"/.exec(body.query)?.[1];
  const token = typeof variables.access_token === 'string' ? variables.access_token : inline;
  if (!token || token !== deps.token) return chatError(401);
  if (!deps.conversations.liveAccess) return chatError(403, 'The Chat Conversations API is not available on this account’s plan');
  const { session_id, client_id, key } = deps.sessions.start();
  return chatJson(200, { data: { startAgentSession: { websocket_url: `${CONVERSATIONS_ORIGIN}${POLL_PATH}${key}`, session_id, client_id } } });
}

/** The stream twin: GET polls frames (`after`, `wait_ms`), POST sends one frame, DELETE closes. */
async function stream(request: Request, url: URL, key: string, deps: Deps): Promise<Response> {
  const session = deps.sessions.find(key);
  if (!session) return chatError(404, 'Session not found');
  if (request.method === 'GET') {
    const after = Number(url.searchParams.get('after') ?? 0);
    const wait = Number(url.searchParams.get('wait_ms') ?? MAX_POLL_WAIT_MS);
    const result = await deps.sessions.poll(
      session,
      Number.isFinite(after) ? after : 0,
      Number.isFinite(wait) ? Math.max(0, Math.min(wait, MAX_POLL_WAIT_MS)) : MAX_POLL_WAIT_MS,
      request.signal,
    );
    return chatJson(200, result);
  }
  if (request.method === 'POST') {
    deps.sessions.receive(session, await readJson(request));
    return chatJson(202, { ok: true });
  }
  if (request.method === 'DELETE') {
    deps.sessions.close(session);
    return new Response(null, { status: 204 });
  }
  return chatError(404);
}

/** Answers a request to the simulated Conversations API host. */
export async function handleConversations(request: Request, url: URL, deps: Deps): Promise<Response> {
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/graphql/request' && request.method === 'POST') return startSession(request, deps);
  if (path.startsWith(POLL_PATH)) return stream(request, url, decodeURIComponent(path.slice(POLL_PATH.length)), deps);
  return chatError(404);
}

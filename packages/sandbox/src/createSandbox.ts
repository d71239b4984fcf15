import { chatError, handleChat } from './chatRoutes';
import { createFaults, delay, untilAborted } from './faults';
import { faultResponse, type HostKind } from './faultResponse';
import { sellError } from './sellEnvelope';
import { routeSell } from './sellRoutes';
import { seedState } from './seedState';
import { handleSupport, supportError } from './supportRoutes';
import { CONVERSATIONS_HOST, createAgentSessions, createConversations, handleConversations, mirrorChat } from './conversations';
import type { RequestLogEntry, Sandbox, SandboxOptions, SandboxState } from './types';

/** Which fake answers a hostname: Sell (api.getbase.com), Chat (www.zopim.com), Support (any *.zendesk.com). */
export function hostKind(hostname: string): HostKind | null {
  const host = hostname.toLowerCase();
  if (host === 'api.getbase.com') return 'sell';
  if (host === 'www.zopim.com' || host === 'zopim.com' || host === CONVERSATIONS_HOST) return 'chat';
  if (host === 'zendesk.com' || host.endsWith('.zendesk.com')) return 'support';
  return null;
}

/** Per-token fixed one-second windows. */
function createRateLimiter(): { exceeded(token: string, now: number, limit: number): boolean; reset(): void } {
  const windows = new Map<string, { second: number; count: number }>();
  return {
    exceeded(token, now, limit) {
      const second = Math.floor(now / 1000);
      const current = windows.get(token);
      if (!current || current.second !== second) {
        windows.set(token, { second, count: 1 });
        return false;
      }
      current.count += 1;
      return current.count > limit;
    },
    reset: () => windows.clear(),
  };
}

/** Creates a sandbox seeded from `seed`/`preset` (default 1 / default), or taking over `state`. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const now = options.now ?? Date.now;
  const seed = options.state?.seed ?? options.seed ?? 1;
  const preset = options.state?.preset ?? options.preset ?? 'default';
  let state: SandboxState = options.state ?? seedState(seed, preset);
  // Whether the state may differ from the seed: set by writes and by handing `state` out. Lets reset() skip
  // re-seeding when nothing could have changed (tests reset before each case).
  let dirty = options.state !== undefined;
  const faults = createFaults();
  const limiter = createRateLimiter();
  const requestLog: RequestLogEntry[] = [];
  // Live chats write their Chat REST record through the state getter, which marks the state as changed.
  const conversations = createConversations({ now, mirror: (chat) => mirrorChat(sandbox.state, chat) });
  const agentSessions = createAgentSessions(conversations, now, () => crypto.randomUUID().replaceAll('-', ''));

  async function answer(request: Request, url: URL, kind: HostKind, requestId: string): Promise<Response> {
    if (url.hostname.toLowerCase() === CONVERSATIONS_HOST) {
      return handleConversations(request, url, { conversations, sessions: agentSessions, token: state.tokens.chat });
    }
    if (kind === 'chat') return handleChat(request, url, state);
    if (kind === 'support') return handleSupport(request, url, state, now());
    const auth = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
    if (!auth || auth[1] !== state.tokens.sell) return sellError(401, [{ code: 'unauthorized' }], requestId);
    if (state.rateLimitEnabled && limiter.exceeded(auth[1], now(), state.rateLimitPerSecond)) {
      return sellError(429, [{ code: 'rate_limit_exceeded' }], requestId);
    }
    return routeSell({ request, url, state, requestId, now: now() });
  }

  const sandbox: Sandbox = {
    async handle(request) {
      const url = new URL(request.url);
      requestLog.push({ method: request.method, url: request.url, at: now() });
      const kind = hostKind(url.hostname);
      if (!kind) return new Response(`sandbox: no fake service for host ${url.hostname}`, { status: 502, headers: { 'Content-Type': 'text/plain' } });
      const requestId = crypto.randomUUID();
      const writes = request.method !== 'GET' && request.method !== 'HEAD';
      const rule = faults.take(request.method, url);
      if (rule?.afterHandling) {
        const handled = await answer(request, url, kind, requestId);
        if (writes && handled.status < 400) dirty = true;
        if (rule.timeout) await untilAborted(request.signal);
        return faultResponse(kind, { ...rule, status: rule.status ?? 504 }, request.method, url, requestId);
      }
      if (rule) {
        if (rule.latencyMs) await delay(rule.latencyMs, request.signal);
        if (rule.timeout) await untilAborted(request.signal);
        if (rule.status !== undefined) return faultResponse(kind, rule, request.method, url, requestId);
      }
      try {
        const response = await answer(request, url, kind, requestId);
        // Rejected writes (4xx) change nothing; successful ones do.
        if (writes && response.status < 400) dirty = true;
        return response;
      } catch (error) {
        dirty ||= writes;
        // A sandbox bug must look like a server error to the client, not a network failure.
        console.error('[sandbox] handler failed', error);
        if (kind === 'sell') return sellError(500, [{ code: 'server_error' }], requestId);
        return kind === 'chat' ? chatError(500) : supportError(500);
      }
    },
    get state() {
      dirty = true;
      return state;
    },
    set state(next) {
      dirty = true;
      state = next;
    },
    faults,
    conversations,
    get tokens() {
      return { ...state.tokens };
    },
    reset() {
      if (dirty) state = seedState(seed, preset);
      dirty = false;
      limiter.reset();
      conversations.reset();
    },
    snapshot: () => structuredClone(state),
    requestLog,
    clearLog() {
      requestLog.length = 0;
    },
  };
  return sandbox;
}

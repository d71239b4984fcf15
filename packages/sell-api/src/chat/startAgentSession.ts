import type { Transport } from '../transport';
import { settingPlaceholder, toJsonBody } from '../transport';
import { classifyRefusal, errorMessages, isRecord, START_AGENT_SESSION, type AgentSession } from './conversationsProtocol';
import type { StatusReason } from './types';

/** How a `startAgentSession` attempt ended: a session, a refusal not worth retrying, or a failure worth retrying. */
export type SessionStart =
  | { kind: 'ok'; session: AgentSession }
  | { kind: 'refused'; reason: StatusReason }
  | { kind: 'retry'; retryAfterMs?: number };

function parseBody(text: string, json: unknown): unknown {
  if (json !== undefined) return json;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const TOKEN_SLOT = 'sell-bridge:token-slot';

/** The request body: everything escaped (`toJsonBody`), then the one placeholder put where the token belongs. */
export function sessionBody(tokenSetting: string): string {
  const escaped = toJsonBody({ query: START_AGENT_SESSION, variables: { access_token: TOKEN_SLOT } });
  return escaped.replace(JSON.stringify(TOKEN_SLOT), JSON.stringify(settingPlaceholder(tokenSetting)));
}

/**
 * Calls `startAgentSession` through the host proxy with the secure token placeholder in the GraphQL variables: the
 * proxy substitutes it server-side, so the OAuth token never reaches the iframe (the parameter must allow the
 * `body` scope). Only the answer's `websocket_url` (a session credential kept in memory) comes back.
 */
export async function startAgentSession(transport: Transport, url: string, tokenSetting: string): Promise<SessionStart> {
  let response;
  try {
    response = await transport.send({
      method: 'POST',
      url,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: sessionBody(tokenSetting),
      bodySecret: tokenSetting,
      timeoutMs: 15_000,
    });
  } catch {
    return { kind: 'retry' };
  }
  const body = parseBody(response.text, response.json);
  const messages = isRecord(body) ? [...errorMessages(body.errors), ...(typeof body.description === 'string' ? [body.description] : [])] : [];
  if (response.status === 401) return { kind: 'refused', reason: 'unauthorized' };
  if (response.status === 403) return { kind: 'refused', reason: classifyRefusal(messages) ?? 'plan' };
  if (response.status === 429) {
    const seconds = Number(response.headers['retry-after']);
    return { kind: 'retry', ...(Number.isFinite(seconds) && seconds > 0 ? { retryAfterMs: seconds * 1000 } : {}) };
  }
  if (response.status >= 500) return { kind: 'retry' };
  if (response.status >= 400) return { kind: 'refused', reason: classifyRefusal(messages) ?? 'unsupported' };
  const data = isRecord(body) && isRecord(body.data) ? body.data : null;
  const started = data && isRecord(data.startAgentSession) ? data.startAgentSession : null;
  if (started && typeof started.websocket_url === 'string' && started.websocket_url !== '') {
    return { kind: 'ok', session: { websocket_url: started.websocket_url, session_id: String(started.session_id), client_id: String(started.client_id) } };
  }
  return { kind: 'refused', reason: classifyRefusal(messages) ?? 'unsupported' };
}

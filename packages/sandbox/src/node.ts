import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { DEFAULT_SUPPORT_ORIGIN, isAbortError } from './rehost';
import type { Sandbox, SandboxState } from './types';

/** Header naming the real origin a proxied request is for, e.g. `X-Sandbox-Target: https://api.getbase.com`. */
export const TARGET_HEADER = 'x-sandbox-target';

const SKIPPED_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', TARGET_HEADER]);

/**
 * The real URL a proxied request is for. In order:
 * 1. `X-Sandbox-Target: <origin>` + the request path (`/v2/leads?email=x`);
 * 2. a host as first path segment: `/api.getbase.com/v2/leads?email=x`, `/www.zopim.com/api/v2/chats/1`;
 * 3. otherwise Support at `https://sandbox.zendesk.com` (apps call Support with relative `/api/v2/...` URLs).
 */
export function targetUrl(req: IncomingMessage): URL {
  const path = req.url ?? '/';
  const header = req.headers[TARGET_HEADER];
  if (typeof header === 'string' && header !== '') return new URL(path, new URL(header).origin);
  const prefixed = /^\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/[^?]*)?(\?.*)?$/i.exec(path);
  if (prefixed) return new URL(`https://${prefixed[1]}${prefixed[2] ?? '/'}${prefixed[3] ?? ''}`);
  return new URL(path, DEFAULT_SUPPORT_ORIGIN);
}

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const all = Buffer.concat(chunks);
  // Copy into a plain ArrayBuffer-backed view: that is what fetch's BodyInit accepts.
  return new Uint8Array(all);
}

/** A Node `http` request listener answering from the sandbox (see `targetUrl` for how the target is chosen). */
export function createNodeHandler(sandbox: Sandbox): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const controller = new AbortController();
    // The client hung up before we answered: abort, so `timeout` and `latencyMs` faults stop waiting.
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    try {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined || SKIPPED_HEADERS.has(name)) continue;
        for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
      }
      const method = req.method ?? 'GET';
      const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
      const request = new Request(targetUrl(req), { method, headers, body, signal: controller.signal });
      const response = await sandbox.handle(request);
      const payload = Buffer.from(await response.arrayBuffer());
      res.statusCode = response.status;
      if (response.statusText) res.statusMessage = response.statusText;
      response.headers.forEach((value, name) => res.setHeader(name, value));
      res.end(payload);
    } catch (error) {
      if (isAbortError(error) || controller.signal.aborted) {
        res.destroy();
        return;
      }
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/plain');
      }
      res.end(`sandbox: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** Reads a state saved by `saveState`; null when the file is missing, unreadable or not a sandbox state. */
export function loadState(file: string): SandboxState | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(text) as Partial<SandboxState> | null;
    if (parsed?.version !== 1 || !Array.isArray(parsed.leads) || !Array.isArray(parsed.users) || typeof parsed.tokens?.sell !== 'string') return null;
    return parsed as SandboxState;
  } catch {
    return null;
  }
}

/** Writes the state as JSON (atomically: temp file then rename), creating the folder if needed. */
export function saveState(file: string, state: SandboxState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}

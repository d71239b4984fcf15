import type { Transport } from '../transport';
import { escapePlaceholders } from '../transport';
import { isRecord } from './conversationsProtocol';

/** What a stream carrier reports to the live connection. */
export interface ChatSocketHandlers {
  onOpen(): void;
  /** One frame: a JSON string (WebSocket) or an already parsed object (long-polling). */
  onMessage(frame: unknown): void;
  /** The stream ended without `close()` being called: WebSocket close codes; 44xx mirror an HTTP status. */
  onClose(code: number, reason: string): void;
}

/** An open stream. After `close()` no handler is called any more. */
export interface ChatSocket {
  send(frame: string): void;
  close(): void;
}

/** Opens a stream on the `websocket_url` of an agent session. */
export type ChatSocketFactory = (url: string, handlers: ChatSocketHandlers) => ChatSocket;

/** Thrown by a factory that cannot open `url` here (no WebSocket in this browser, unknown scheme). */
export class UnsupportedSocketError extends Error {
  override readonly name = 'UnsupportedSocketError';
}

/** A browser WebSocket. The socket carries no token (decision 0006), so the iframe may open it itself. */
export function openWebSocket(url: string, handlers: ChatSocketHandlers): ChatSocket {
  if (typeof WebSocket === 'undefined') throw new UnsupportedSocketError('WebSocket is not available');
  const socket = new WebSocket(url);
  let closed = false;
  socket.onopen = () => {
    if (!closed) handlers.onOpen();
  };
  socket.onmessage = (event: MessageEvent) => {
    if (!closed) handlers.onMessage(event.data);
  };
  socket.onclose = (event: CloseEvent) => {
    if (!closed) handlers.onClose(event.code, event.reason);
  };
  return {
    send(frame) {
      if (socket.readyState === WebSocket.OPEN) socket.send(frame);
    },
    close() {
      closed = true;
      socket.close(1000);
    },
  };
}

/** Timing of the long-polling carrier. */
export interface PollOptions {
  /** How long the server may hold a poll (the sandbox caps it at 25 s). */
  waitMs?: number;
  /** Consecutive failed polls before the stream counts as closed. */
  maxFailures?: number;
  /** First retry delay; doubles per failure. */
  retryMs?: number;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The sandbox's twin of the stream: the same frames over HTTP long-polling through the app's `Transport` (so through
 * `client.request` and the host proxy, like every other call). GET `<url>?after=&wait_ms=` returns
 * `{frames, next}`, POST `<url>` sends one frame, DELETE `<url>` closes. Used for `https:` session URLs only.
 */
export function openPollingSocket(transport: Transport, url: string, handlers: ChatSocketHandlers, options: PollOptions = {}): ChatSocket {
  const waitMs = options.waitMs ?? 20_000;
  const maxFailures = options.maxFailures ?? 3;
  const retryMs = options.retryMs ?? 1_000;
  const controller = new AbortController();
  let closed = false;
  let after = 0;

  const end = (code: number, reason: string): void => {
    if (closed) return;
    closed = true;
    controller.abort();
    handlers.onClose(code, reason);
  };

  async function loop(): Promise<void> {
    let failures = 0;
    while (!closed) {
      let status = 0;
      let retryAfterMs: number | undefined;
      try {
        const response = await transport.send({
          method: 'GET',
          url: `${url}?after=${after}&wait_ms=${waitMs}`,
          headers: { Accept: 'application/json' },
          timeoutMs: waitMs + 15_000,
          signal: controller.signal,
        });
        status = response.status;
        if (status === 200) {
          const body: unknown = response.json ?? JSON.parse(response.text);
          const frames = isRecord(body) && Array.isArray(body.frames) ? body.frames : [];
          if (isRecord(body) && typeof body.next === 'number') after = body.next;
          failures = 0;
          for (const frame of frames) if (!closed) handlers.onMessage(frame);
          continue;
        }
        const retryAfter = Number(response.headers['retry-after']);
        if (Number.isFinite(retryAfter) && retryAfter > 0) retryAfterMs = retryAfter * 1000;
      } catch {
        if (closed) return;
      }
      if (status === 404 || status === 410) return end(4404, 'session gone');
      if (status === 401 || status === 403) return end(4000 + status, 'refused');
      failures += 1;
      if (status !== 429 && failures >= maxFailures) return end(1006, 'network');
      await wait(retryAfterMs ?? retryMs * 2 ** (failures - 1));
    }
  }

  setTimeout(() => {
    if (closed) return;
    handlers.onOpen();
    void loop();
  }, 0);

  return {
    send(frame) {
      if (closed) return;
      transport
        .send({ method: 'POST', url, headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: escapePlaceholders(frame), timeoutMs: 15_000 })
        .then(
          (response) => {
            if (response.status === 404 || response.status === 410) end(4404, 'session gone');
            else if (response.status >= 400) end(1006, 'send failed');
          },
          () => end(1006, 'send failed'),
        );
    },
    close() {
      if (closed) return;
      closed = true;
      controller.abort();
      // Tell the server at once instead of letting the session go stale; nobody waits for the answer.
      transport.send({ method: 'DELETE', url, headers: {}, timeoutMs: 5_000 }).catch(() => undefined);
    },
  };
}

/** WebSocket for `wss:`/`ws:` session URLs (Zendesk), long-polling for `https:` ones (the sandbox). */
export function defaultSocketFactory(transport: Transport, options?: PollOptions): ChatSocketFactory {
  return (url, handlers) => {
    if (/^wss?:\/\//i.test(url)) return openWebSocket(url, handlers);
    if (/^https:\/\//i.test(url)) return openPollingSocket(transport, url, handlers, options);
    throw new UnsupportedSocketError('unknown stream URL scheme');
  };
}

import type { RateLimiter } from './createRateLimiter';
import type { RetryOptions, Sleep } from './retry';
import { defaultRetry, nextRetryDelay, realSleep } from './retry';
import { SellApiError, isSellApiError } from './sellApiError';
import { responseJson, toApiError } from './toApiError';
import type { HttpMethod, Transport, TransportResponse } from './transport';
import { abortReason, isTransportFailure, raceAbort, toJsonBody } from './transport';

/** Options every client (Sell, Chat, Support) accepts; clocks and randomness are injectable for tests. */
export interface ClientOptions {
  transport: Transport;
  /** Defaults to a per-client token bucket sized for the service. */
  limiter?: RateLimiter;
  retry?: Partial<RetryOptions>;
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
  /** Per-attempt timeout (default 8 s); a create that times out is a lost answer, looked up before any retry. */
  timeoutMs?: number;
  /**
   * How long one call may take in all, retries and backoff included (default 15 s): a person waiting on a sidebar
   * gets an answer (or the error state with Try again) within it, and no retry starts that could not finish.
   */
  deadlineMs?: number;
}

/** One call as the clients describe it. */
export interface ApiRequest {
  method: HttpMethod;
  url: string;
  /** Serialised as JSON. */
  body?: unknown;
  /**
   * Safe to send again after a failure (reads, Search POSTs, PUTs of whole values). Creates are not: Sell has no
   * idempotency key, so a retried POST after a lost answer makes a duplicate (docs/platform/sell.md §No idempotency).
   */
  retryable: boolean;
  /** Fewer attempts than the client's (reference lists: a sidebar shows records without them). */
  maxAttempts?: number;
  signal?: AbortSignal;
}

/** A successful (2xx) answer with its body parsed. */
export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON body; `null` when the body was empty. */
  data: unknown;
}

/** Sends API requests: rate limit, timeout, error parsing, bounded retries, in-flight GET collapsing. */
export interface Requester {
  send(req: ApiRequest): Promise<ApiResponse>;
}

/** Internal settings of a requester (a client's options plus its service's fixed parts). */
export interface RequesterConfig extends Omit<ClientOptions, 'limiter'> {
  service: 'sell' | 'chat' | 'support';
  /** Sent on every request (Accept, the Authorization placeholder). */
  headers: Record<string, string>;
  limiter: RateLimiter;
}

function parseSuccess(response: TransportResponse, req: ApiRequest, service: RequesterConfig['service']): ApiResponse {
  const data = responseJson(response);
  if (data === undefined && response.text.trim() !== '') {
    throw new SellApiError({
      kind: 'server',
      status: response.status,
      message: 'The response body is not JSON',
      method: req.method,
      url: req.url,
      service,
    });
  }
  return { status: response.status, headers: response.headers, data: data ?? null };
}

/** Builds the request pipeline shared by the Sell, Chat and Support clients. */
export function createRequester(config: RequesterConfig): Requester {
  const retry: RetryOptions = { ...defaultRetry, ...config.retry };
  const sleep = config.sleep ?? realSleep;
  const random = config.random ?? Math.random;
  const now = config.now ?? Date.now;
  const timeoutMs = config.timeoutMs ?? 8_000;
  const deadlineMs = config.deadlineMs ?? 15_000;
  const inflight = new Map<string, Promise<ApiResponse>>();

  async function attemptLoop(req: ApiRequest): Promise<ApiResponse> {
    const headers = { ...config.headers };
    // User text (names, emails, notes, transcripts) is in here: escaped so it can never form a placeholder.
    const body = req.body === undefined ? undefined : toJsonBody(req.body);
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const deadline = now() + deadlineMs;
    // The smallest attempt worth starting: less than this left, and the last error is the answer.
    const minAttemptMs = Math.min(1_000, deadlineMs);
    for (let attempt = 1; ; attempt += 1) {
      await config.limiter.acquire(req.signal);
      const left = Math.max(minAttemptMs, deadline - now());
      let error: SellApiError;
      try {
        const response = await config.transport.send({
          method: req.method,
          url: req.url,
          headers,
          timeoutMs: Math.min(timeoutMs, left),
          ...(body === undefined ? {} : { body }),
          ...(req.signal ? { signal: req.signal } : {}),
        });
        if (response.status >= 200 && response.status < 300) return parseSuccess(response, req, config.service);
        error = toApiError(response, { method: req.method, url: req.url, service: config.service, now });
      } catch (thrown) {
        if (isTransportFailure(thrown)) {
          // No answer: said with the URL as the app built it (the substituted one may carry a secret).
          error = new SellApiError({ kind: thrown.kind, status: 0, message: thrown.message, method: req.method, url: req.url, service: config.service });
        } else if (isSellApiError(thrown)) {
          error = thrown;
        } else {
          throw thrown;
        }
      }
      const bounds = req.maxAttempts === undefined ? retry : { ...retry, maxAttempts: Math.min(retry.maxAttempts, req.maxAttempts) };
      const delay = req.retryable ? nextRetryDelay(error, attempt, bounds, random) : undefined;
      if (delay === undefined || now() + delay + minAttemptMs > deadline) throw error;
      await sleep(delay, req.signal);
    }
  }

  return {
    send(req: ApiRequest): Promise<ApiResponse> {
      if (req.signal?.aborted) return Promise.reject(abortReason(req.signal));
      if (req.method !== 'GET') return attemptLoop(req);
      // Identical concurrent GETs share one request. The shared one runs without any caller's signal so one
      // caller giving up does not fail the others; each caller still stops waiting on its own abort.
      const key = req.url;
      let shared = inflight.get(key);
      if (!shared) {
        shared = attemptLoop({ ...req, signal: undefined });
        inflight.set(key, shared);
        const forget = (): void => {
          if (inflight.get(key) === shared) inflight.delete(key);
        };
        shared.then(forget, forget);
      }
      return raceAbort(shared, req.signal);
    },
  };
}

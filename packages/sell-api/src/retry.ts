import type { SellApiError } from './sellApiError';
import { isRetryableKind } from './sellApiError';
import { abortReason } from './transport';

/** Bounds of the retry loop for idempotent requests. */
export interface RetryOptions {
  /** Attempts in total, the first one included (1 = never retry). */
  maxAttempts: number;
  /** Backoff before the 2nd attempt; doubles each time. */
  baseMs: number;
  /** No single wait is longer; a `Retry-After` beyond it ends the loop (the caller sees the 429). */
  maxMs: number;
}

/** Sell documents no Retry-After (docs/platform/sell.md §Rate limits and retries), so back off 1 s, 2 s, 4 s (with jitter), four attempts in all. */
export const defaultRetry: RetryOptions = { maxAttempts: 4, baseMs: 1000, maxMs: 30_000 };

/** Waits `ms`; rejects with the abort reason when the signal fires first. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** `setTimeout`-based sleep that stops early on abort. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Exponential backoff with "full jitter": anywhere from a tenth of `baseMs` up to the exponential step. Sidebars of a
 * whole team share one token; when a 429 hits them together, waits spread over the whole step make far fewer of them
 * collide again than waits bunched in its upper half. The floor keeps a wait from collapsing to nothing.
 * `attempt` is the attempt that just failed (1-based); `random` returns [0, 1).
 */
export function backoffDelay(attempt: number, options: RetryOptions, random: () => number): number {
  const step = Math.min(options.maxMs, options.baseMs * 2 ** (attempt - 1));
  return Math.max(Math.round(options.baseMs / 10), Math.round(step * random()));
}

/**
 * How long to wait before the next attempt, or `undefined` to give up: not retryable, attempts used up, or the
 * server asked for a wait longer than `maxMs`. A `Retry-After` wait replaces the computed backoff.
 */
export function nextRetryDelay(
  error: SellApiError,
  attempt: number,
  options: RetryOptions,
  random: () => number,
): number | undefined {
  if (!isRetryableKind(error.kind) || attempt >= options.maxAttempts) return undefined;
  if (error.retryAfterMs !== undefined) return error.retryAfterMs <= options.maxMs ? error.retryAfterMs : undefined;
  return backoffDelay(attempt, options, random);
}

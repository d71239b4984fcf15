import type { Sleep } from './retry';
import { realSleep } from './retry';

/** Hands out permission to send; one per client instance (never module-level). */
export interface RateLimiter {
  /** Resolves when a request may go; rejects with the abort reason if the signal fires while waiting. */
  acquire(signal?: AbortSignal): Promise<void>;
}

/** Token bucket parameters; `now` and `sleep` are injected so tests run instantly and deterministically. */
export interface RateLimiterOptions {
  /** Requests that may go at once after a quiet period. */
  capacity: number;
  /** Sustained rate. */
  refillPerSecond: number;
  now?: () => number;
  sleep?: Sleep;
}

/**
 * Sell allows 10 requests/second per token (docs/platform/sell.md §Rate limits and retries). In any one-second window a bucket lets through at most
 * capacity + refill, so 4 + 5 keeps each token at 9/s or less, with headroom for another sidebar on the same token.
 */
export const sellRateLimit = { capacity: 4, refillPerSecond: 5 } as const;

/** Chat allows 200 requests/minute (docs/platform/chat.md §Authentication and rate limit): 3 per second sustained, small bursts. */
export const chatRateLimit = { capacity: 5, refillPerSecond: 3 } as const;

/**
 * A token bucket that lets the balance go negative: each caller reserves its token at once and waits for the debt
 * to refill, so waiters are served in call order without a queue.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const { capacity, refillPerSecond } = options;
  let tokens = capacity;
  let last = now();

  return {
    async acquire(signal?: AbortSignal): Promise<void> {
      const t = now();
      tokens = Math.min(capacity, tokens + ((t - last) / 1000) * refillPerSecond);
      last = t;
      tokens -= 1;
      if (tokens >= 0) return;
      const waitMs = Math.ceil((-tokens / refillPerSecond) * 1000);
      try {
        await sleep(waitMs, signal);
      } catch (error) {
        // Give the reserved token back: the caller will not send.
        tokens += 1;
        throw error;
      }
    },
  };
}

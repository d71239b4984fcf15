import { raceAbort } from '@sell-bridge/core/transport';
import { SellApiError } from '@sell-bridge/sell-api';

/**
 * How long one user-visible Sell operation (a sidebar's match: viewer, records, related records) may take in all
 * before the agent gets the timeout state with Try again. Each request has its own deadline in the requester, but an
 * operation makes requests in waves, and waves of per-request deadlines add up (two waves, two deadlines).
 */
export const OPERATION_DEADLINE_MS = 15_000;

/**
 * Runs `operation` with a signal that aborts when the caller's signal does or when `ms` have passed; in the second
 * case the operation rejects with a Sell timeout error, so it ends in the same state as a request that timed out.
 */
export function withDeadline<T>(signal: AbortSignal | undefined, ms: number, operation: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const forward = (): void => controller.abort(signal?.reason);
  if (signal?.aborted) forward();
  signal?.addEventListener('abort', forward, { once: true });
  const timer = setTimeout(() => {
    controller.abort(new SellApiError({ kind: 'timeout', status: 0, message: `Sell did not answer within ${String(ms / 1000)} s`, service: 'sell' }));
  }, ms);
  const running = operation(controller.signal);
  // When the race ends first, the operation's own rejection (the same abort) must not count as unhandled.
  running.catch(() => undefined);
  return raceAbort(running, controller.signal).finally(() => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  });
}

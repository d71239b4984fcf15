import { backoffDelay, nextRetryDelay, realSleep } from './retry';
import { SellApiError } from './sellApiError';
import type { SellApiErrorKind } from './sellApiError';

const options = { maxAttempts: 4, baseMs: 1000, maxMs: 30_000 };
const err = (kind: SellApiErrorKind, retryAfterMs?: number): SellApiError =>
  new SellApiError({ kind, status: kind === 'rate_limited' ? 429 : 500, message: kind, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });

describe('backoffDelay', () => {
  it.each([
    [1, 0, 100],
    [1, 0.5, 500],
    [1, 0.999999, 1000],
    [2, 0.5, 1000],
    [3, 0.5, 2000],
    [10, 0, 100],
    [10, 0.5, 15_000],
    [10, 0.999999, 30_000],
  ])('attempt %i with random %f waits %i ms', (attempt, r, expected) => {
    expect(backoffDelay(attempt, options, () => r)).toBe(expected);
  });

  it('never exceeds the step or maxMs, and never drops below a tenth of baseMs', () => {
    for (let attempt = 1; attempt <= 12; attempt += 1) {
      for (const r of [0, 0.25, 0.75, 0.999]) {
        const step = Math.min(options.maxMs, options.baseMs * 2 ** (attempt - 1));
        const delay = backoffDelay(attempt, options, () => r);
        expect(delay).toBeLessThanOrEqual(step);
        expect(delay).toBeGreaterThanOrEqual(options.baseMs / 10);
      }
    }
  });
});

describe('nextRetryDelay', () => {
  it.each(['rate_limited', 'server', 'network', 'timeout'] as const)('retries %s', (kind) => {
    expect(nextRetryDelay(err(kind), 1, options, () => 0.5)).toBe(500);
  });

  it.each(['validation', 'unauthorized', 'forbidden', 'not_found', 'bad_request'] as const)('does not retry %s', (kind) => {
    expect(nextRetryDelay(err(kind), 1, options, () => 0)).toBeUndefined();
  });

  it('stops when the attempts are used up', () => {
    expect(nextRetryDelay(err('server'), 3, options, () => 0.5)).toBe(2000);
    expect(nextRetryDelay(err('server'), 4, options, () => 0)).toBeUndefined();
  });

  it('waits exactly what Retry-After asks, instead of the backoff', () => {
    expect(nextRetryDelay(err('rate_limited', 4000), 1, options, () => 0)).toBe(4000);
  });

  it('gives up when Retry-After asks for more than maxMs', () => {
    expect(nextRetryDelay(err('rate_limited', 60_000), 1, options, () => 0)).toBeUndefined();
  });
});

describe('realSleep', () => {
  it('rejects with the abort reason when aborted while waiting', async () => {
    const controller = new AbortController();
    const pending = realSleep(10_000, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('resolves after the delay', async () => {
    await expect(realSleep(1)).resolves.toBeUndefined();
  });
});

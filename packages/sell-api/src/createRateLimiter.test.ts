import { createRateLimiter, sellRateLimit } from './createRateLimiter';
import { manualClock } from './testing';

/** A sleep that advances the manual clock, as real time would pass. */
function clockedSleep(clock: ReturnType<typeof manualClock>) {
  const delays: number[] = [];
  const sleep = (ms: number): Promise<void> => {
    delays.push(ms);
    clock.advance(ms);
    return Promise.resolve();
  };
  return { sleep, delays };
}

describe('createRateLimiter', () => {
  it('lets a burst of `capacity` through without waiting', async () => {
    const clock = manualClock();
    const { sleep, delays } = clockedSleep(clock);
    const limiter = createRateLimiter({ capacity: 4, refillPerSecond: 5, now: clock.now, sleep });
    for (let i = 0; i < 4; i += 1) await limiter.acquire();
    expect(delays).toEqual([]);
  });

  it('makes callers past the burst wait for the refill, in call order', async () => {
    const clock = manualClock();
    const delays: number[] = [];
    const limiter = createRateLimiter({
      capacity: 2,
      refillPerSecond: 5,
      now: clock.now,
      sleep: (ms) => {
        delays.push(ms);
        return Promise.resolve();
      },
    });
    await Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire(), limiter.acquire()]);
    // Tokens: 2 free, then debts of 1 and 2 tokens at 5/s.
    expect(delays).toEqual([200, 400]);
  });

  it('refills with elapsed time', async () => {
    const clock = manualClock();
    const { sleep, delays } = clockedSleep(clock);
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 5, now: clock.now, sleep });
    await limiter.acquire();
    clock.advance(200);
    await limiter.acquire();
    expect(delays).toEqual([]);
  });

  it('keeps the Sell default under 10 requests in any one-second window', async () => {
    const clock = manualClock();
    const { sleep } = clockedSleep(clock);
    const limiter = createRateLimiter({ ...sellRateLimit, now: clock.now, sleep });
    const sentAt: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      await limiter.acquire();
      sentAt.push(clock.now());
    }
    for (const start of sentAt) {
      expect(sentAt.filter((t) => t >= start && t < start + 1000).length).toBeLessThan(10);
    }
  });

  it('gives the token back when the wait is aborted', async () => {
    const clock = manualClock();
    const delays: number[] = [];
    const controller = new AbortController();
    const limiter = createRateLimiter({
      capacity: 1,
      refillPerSecond: 1,
      now: clock.now,
      sleep: (ms, signal) => {
        delays.push(ms);
        return signal?.aborted ? Promise.reject(new DOMException('x', 'AbortError')) : Promise.resolve();
      },
    });
    await limiter.acquire();
    controller.abort();
    await expect(limiter.acquire(controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    await limiter.acquire();
    // The aborted caller's reservation was returned, so the next one waits one token, not two.
    expect(delays).toEqual([1000, 1000]);
  });

  it('shares nothing between instances', async () => {
    const clock = manualClock();
    const a = clockedSleep(clock);
    const b = clockedSleep(clock);
    const first = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: clock.now, sleep: a.sleep });
    const second = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: clock.now, sleep: b.sleep });
    await first.acquire();
    await second.acquire();
    expect([...a.delays, ...b.delays]).toEqual([]);
  });
});

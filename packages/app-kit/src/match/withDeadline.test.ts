import { errorKind } from '@sell-bridge/sell-api';
import { withDeadline } from './withDeadline';

/** An operation that never ends by itself: it settles only when its signal aborts, with the signal's reason. */
const hangs = (signal: AbortSignal) => new Promise<never>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error)));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('ends an operation that outlives the deadline with a Sell timeout error, and aborts its requests', async () => {
  let inner: AbortSignal | undefined;
  const result = withDeadline(undefined, 15_000, (signal) => ((inner = signal), hangs(signal))).catch((e: unknown) => e);
  await vi.advanceTimersByTimeAsync(14_999);
  expect(inner?.aborted).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(errorKind(await result)).toBe('timeout');
  expect(inner?.aborted).toBe(true);
});

it('passes the result of an operation that finishes in time, and the caller aborting as an abort', async () => {
  await expect(withDeadline(undefined, 15_000, () => Promise.resolve('records'))).resolves.toBe('records');
  const caller = new AbortController();
  const result = withDeadline(caller.signal, 15_000, hangs).catch((e: unknown) => e);
  caller.abort();
  expect(errorKind(await result)).toBe('aborted');
});

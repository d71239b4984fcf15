import { createRequester } from './createRequester';
import type { RequesterConfig } from './createRequester';
import { SellApiError, errorKind } from './sellApiError';
import type { FakeAnswer } from './testing';
import { fakeTransport, jsonResponse, recordingSleep, textResponse, unlimited } from './testing';
import type { TransportRequest } from './transport';

const URL_A = 'https://api.getbase.com/v2/lead_statuses?per_page=100';

function setup(answer: (req: TransportRequest, i: number) => FakeAnswer | Promise<FakeAnswer>, extra: Partial<RequesterConfig> = {}) {
  const transport = fakeTransport(answer);
  const sleep = recordingSleep();
  const requester = createRequester({
    transport,
    service: 'sell',
    headers: { Accept: 'application/json', Authorization: 'Bearer {{setting.access_token}}' },
    limiter: unlimited,
    sleep,
    random: () => 0.5,
    retry: { maxAttempts: 4, baseMs: 1000, maxMs: 30_000 },
    ...extra,
  });
  return { transport, sleep, requester };
}

const network = (): SellApiError => new SellApiError({ kind: 'network', status: 0, message: 'down' });
const timeout = (): SellApiError => new SellApiError({ kind: 'timeout', status: 0, message: 'slow' });

describe('createRequester', () => {
  it.each([
    ['a 429 with a non-JSON body', () => textResponse(429, 'Too Many Requests')],
    ['a 500', () => jsonResponse(500, { errors: [] })],
    ['a 503', () => textResponse(503, '<html>busy</html>')],
    ['a network failure', network],
    ['a timeout', timeout],
  ])('retries a GET after %s, backing off 500, 1000 ms before succeeding', async (_label, fail) => {
    const { requester, sleep, transport } = setup((_req, i) => (i < 2 ? fail() : jsonResponse(200, { ok: true })));
    const response = await requester.send({ method: 'GET', url: URL_A, retryable: true });
    expect(response.data).toEqual({ ok: true });
    expect(transport.requests).toHaveLength(3);
    expect(sleep.delays).toEqual([500, 1000]);
  });

  it('gives up after maxAttempts with the last error', async () => {
    const { requester, sleep, transport } = setup(() => textResponse(500, 'down'));
    const error: unknown = await requester.send({ method: 'GET', url: URL_A, retryable: true }).catch((e: unknown) => e);
    expect(errorKind(error)).toBe('server');
    expect(transport.requests).toHaveLength(4);
    expect(sleep.delays).toEqual([500, 1000, 2000]);
  });

  it.each([
    [0.25, [250, 500, 1000]],
    [0, [100, 100, 100]],
  ])('backs off with full jitter: random %f waits %j', async (r, delays) => {
    const { requester, sleep } = setup(() => textResponse(500, 'down'), { random: () => r });
    await requester.send({ method: 'GET', url: URL_A, retryable: true }).catch(() => undefined);
    expect(sleep.delays).toEqual(delays);
  });

  it('gives a request asking for fewer attempts only those', async () => {
    const { requester, transport } = setup(() => textResponse(500, 'down'));
    await requester.send({ method: 'GET', url: URL_A, retryable: true, maxAttempts: 2 }).catch(() => undefined);
    expect(transport.requests).toHaveLength(2);
  });

  it('caps each backoff at maxMs', async () => {
    const { requester, sleep } = setup(() => textResponse(500, 'down'), {
      retry: { maxAttempts: 6, baseMs: 1000, maxMs: 3000 },
      random: () => 0.999999,
    });
    await requester.send({ method: 'GET', url: URL_A, retryable: true }).catch(() => undefined);
    expect(sleep.delays).toEqual([1000, 2000, 3000, 3000, 3000]);
  });

  it('honours Retry-After instead of the computed backoff', async () => {
    const { requester, sleep } = setup((_r, i) => (i === 0 ? textResponse(429, '', { 'retry-after': '3' }) : jsonResponse(200, {})));
    await requester.send({ method: 'GET', url: URL_A, retryable: true });
    expect(sleep.delays).toEqual([3000]);
  });

  it.each([
    ['a 500', () => textResponse(500, 'down')],
    ['a 429', () => textResponse(429, 'slow down')],
    ['a network failure', network],
    ['a timeout', timeout],
  ])('never retries a create POST after %s', async (_label, fail) => {
    const { requester, sleep, transport } = setup(() => fail());
    await expect(
      requester.send({ method: 'POST', url: 'https://api.getbase.com/v2/leads', body: { data: {} }, retryable: false }),
    ).rejects.toBeInstanceOf(SellApiError);
    expect(transport.requests).toHaveLength(1);
    expect(sleep.delays).toEqual([]);
  });

  it.each([401, 403, 404, 422, 400])('does not retry a %i', async (status) => {
    const { requester, transport } = setup(() => jsonResponse(status, { error: 'x' }));
    await expect(requester.send({ method: 'GET', url: URL_A, retryable: true })).rejects.toMatchObject({ status });
    expect(transport.requests).toHaveLength(1);
  });

  it('sends JSON bodies as strings with a content type, and the auth placeholder', async () => {
    const { requester, transport } = setup(() => jsonResponse(200, {}));
    await requester.send({ method: 'POST', url: 'https://api.getbase.com/v2/notes', body: { data: { content: 'x' } }, retryable: false });
    const sent = transport.requests[0]!;
    expect(sent.body).toBe('{"data":{"content":"x"}}');
    expect(sent.headers).toMatchObject({ 'Content-Type': 'application/json', Authorization: 'Bearer {{setting.access_token}}' });
    expect(sent.timeoutMs).toBe(8_000);
  });

  /** A requester on a clock that only moves when an attempt takes time (`spend`) or the loop sleeps. */
  function clocked(spend: (req: TransportRequest) => number, answer: () => FakeAnswer, extra: Partial<RequesterConfig> = {}) {
    const clock = { now: 0 };
    const transport = fakeTransport((req) => {
      clock.now += spend(req);
      return answer();
    });
    const sleep = (ms: number) => {
      clock.now += ms;
      return Promise.resolve();
    };
    const requester = createRequester({ transport, service: 'sell', headers: {}, limiter: unlimited, now: () => clock.now, sleep, random: () => 0.5, ...extra });
    return { clock, transport, requester };
  }

  it('answers within the deadline: attempts time out after 8 s, and no retry starts that could not finish in 15 s', async () => {
    // The service never answers: each attempt ends when its timeout does.
    const { clock, transport, requester } = clocked((req) => req.timeoutMs ?? 0, timeout);
    await expect(requester.send({ method: 'GET', url: URL_A, retryable: true })).rejects.toMatchObject({ kind: 'timeout' });
    expect(transport.requests.map((r) => r.timeoutMs)).toEqual([8_000, 6_500]);
    expect(clock.now).toBeLessThanOrEqual(15_000);
  });

  it('stops retrying a busy service once the next wait would pass the deadline', async () => {
    const { clock, transport, requester } = clocked(() => 100, () => jsonResponse(503, {}), {
      random: () => 0.99,
      retry: { maxAttempts: 10, baseMs: 2_000, maxMs: 30_000 },
    });
    await expect(requester.send({ method: 'GET', url: URL_A, retryable: true })).rejects.toMatchObject({ status: 503 });
    // Waits of about 2 and 4 s fit; after the next (8 s) less than a second of the 15 would be left for an attempt.
    expect(transport.requests).toHaveLength(3);
    expect(clock.now).toBeLessThan(15_000);
  });

  it('returns null data for an empty success body and fails on a non-JSON one', async () => {
    const { requester } = setup((_r, i) => (i === 0 ? textResponse(204, '') : textResponse(200, '<html>login</html>')));
    expect((await requester.send({ method: 'GET', url: URL_A, retryable: true })).data).toBeNull();
    await expect(requester.send({ method: 'GET', url: `${URL_A}&x`, retryable: false })).rejects.toMatchObject({ kind: 'server' });
  });

  it('lets concurrent identical GETs share one request', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { requester, transport } = setup(async () => {
      await gate;
      return jsonResponse(200, { n: 1 });
    });
    const calls = [1, 2, 3].map(() => requester.send({ method: 'GET', url: URL_A, retryable: true }));
    release();
    const results = await Promise.all(calls);
    expect(results.map((r) => r.data)).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
    expect(transport.requests).toHaveLength(1);
    // Once settled, the next GET goes out again (collapsing is not caching).
    await requester.send({ method: 'GET', url: URL_A, retryable: true });
    expect(transport.requests).toHaveLength(2);
  });

  it('never collapses POSTs', async () => {
    const { requester, transport } = setup(() => jsonResponse(200, {}));
    const url = 'https://api.getbase.com/v3/leads/search';
    await Promise.all([1, 2].map(() => requester.send({ method: 'POST', url, body: {}, retryable: true })));
    expect(transport.requests).toHaveLength(2);
  });

  it('lets one caller abort without failing the others sharing the request', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { requester } = setup(async () => {
      await gate;
      return jsonResponse(200, { ok: 1 });
    });
    const controller = new AbortController();
    const aborted = requester.send({ method: 'GET', url: URL_A, retryable: true, signal: controller.signal });
    const kept = requester.send({ method: 'GET', url: URL_A, retryable: true });
    controller.abort();
    release();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    await expect(kept).resolves.toMatchObject({ data: { ok: 1 } });
  });

  it('rethrows errors that are not API errors untouched', async () => {
    const bug = new TypeError('bug');
    const { requester, transport } = setup(() => bug);
    await expect(requester.send({ method: 'GET', url: URL_A, retryable: true })).rejects.toBe(bug);
    expect(transport.requests).toHaveLength(1);
  });

  it('asks the limiter before every attempt', async () => {
    const acquire = vi.fn(() => Promise.resolve());
    const { requester } = setup((_r, i) => (i === 0 ? textResponse(500, '') : jsonResponse(200, {})), { limiter: { acquire } });
    await requester.send({ method: 'GET', url: URL_A, retryable: true });
    expect(acquire).toHaveBeenCalledTimes(2);
  });
});

import { SELL_ORIGIN } from './sellEnvelope';
import { body, describeContract, type SellErrorBody } from './testing';

describeContract('Sell errors and auth', (t) => {
  it.each([
    ['no Authorization header', {}],
    ['a wrong token', { Authorization: `Bearer ${'0'.repeat(64)}` }],
    ['a malformed header', { Authorization: 'Token abc' }],
  ])('answers 401 unauthorized for %s', async (_name, headers) => {
    const res = await t.call(`${SELL_ORIGIN}/v2/users/self`, { headers });
    expect(res.status).toBe(401);
    const error = await body<SellErrorBody>(res);
    expect(error.errors).toHaveLength(1);
    expect(error.errors[0]).toEqual({
      error: { code: 'unauthorized', message: expect.any(String) as unknown, details: 'Required access token is missing, malformed, expired, or invalid.' },
      meta: { type: 'error', links: { more_info: expect.stringMatching(/^https:\/\//) as unknown } },
    });
    expect(error.meta).toMatchObject({ type: 'errors', http_status: '401 Unauthorized' });
  });

  it('puts the same id in meta.logref and the X-Request-Id header, fresh per request', async () => {
    const first = await t.sell('/v2/leads/1');
    const second = await t.sell('/v2/leads/1');
    const logref = (await body<SellErrorBody>(first)).meta.logref;
    expect(logref).toBe(first.headers.get('x-request-id'));
    expect(logref).not.toBe(second.headers.get('x-request-id'));
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('sends X-Request-Id on successful answers too', async () => {
    expect((await t.sell('/v2/users/self')).headers.get('x-request-id')).toMatch(/\S{8,}/);
  });

  it('accepts requests without a User-Agent or Accept header', async () => {
    const res = await t.call(`${SELL_ORIGIN}/v2/users/self`, { headers: { Authorization: `Bearer ${t.sb.tokens.sell}` } });
    expect(res.status).toBe(200);
  });

  it('answers 429 rate_limit_exceeded past the per-token limit only when the flag is on', async () => {
    // A low limit keeps this independent of where the one-second windows fall (the exact 10/s is tested with a clock).
    const burst = async (): Promise<Response[]> => Promise.all(Array.from({ length: 14 }, () => t.sell('/v2/lead_statuses')));
    t.sb.state.rateLimitPerSecond = 3;
    expect((await burst()).every((r) => r.status === 200)).toBe(true);
    t.sb.state.rateLimitEnabled = true;
    const limited = (await burst()).filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect((await body<SellErrorBody>(limited[0]!)).errors[0]?.error.code).toBe('rate_limit_exceeded');
    expect(limited[0]!.headers.get('retry-after')).toBeNull();
  });

  it('logs every handled request with method and URL', async () => {
    await t.sell('/v2/users/self');
    await t.sellPost('/v2/lead_sources', { data: { name: '' } });
    expect(t.sb.requestLog.map((e) => [e.method, new URL(e.url).pathname])).toEqual([
      ['GET', '/v2/users/self'],
      ['POST', '/v2/lead_sources'],
    ]);
    t.sb.clearLog();
    expect(t.sb.requestLog).toHaveLength(0);
  });
});

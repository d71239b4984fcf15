import { CHAT_ORIGIN } from './chatRoutes';
import { fixtures } from './fixtures';
import { body, describeContract, errorCodes, type SellErrorBody } from './testing';

describeContract('fault injection', (t) => {
  it('fails lead creation with a Sell 422 envelope while reads keep working', async () => {
    t.sb.faults.inject({ match: { path: '/v2/leads', method: 'POST' }, status: 422 });
    const res = await t.sellPost('/v2/leads', { data: { last_name: 'Fine' } });
    expect(res.status).toBe(422);
    const error = await body<SellErrorBody>(res);
    expect(errorCodes(error)).toEqual(['blank@/last_name']);
    expect(error.meta).toMatchObject({ http_status: '422 Unprocessable Entity', logref: res.headers.get('x-request-id') });
    expect((await t.sell('/v2/leads?per_page=1')).status).toBe(200);
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [429, 'rate_limit_exceeded'],
    [500, 'server_error'],
    [503, 'temporarily_unavailable'],
  ])('gives an injected Sell %i the envelope with code %s', async (status, code) => {
    t.sb.faults.inject({ match: { host: 'api.getbase.com', path: '/v2/users/self' }, status });
    const res = await t.sell('/v2/users/self');
    expect(res.status).toBe(status);
    expect((await body<SellErrorBody>(res)).errors[0]?.error.code).toBe(code);
  });

  it('answers a Sell 429 with a plain-text body and no Retry-After when asked for text', async () => {
    t.sb.faults.inject({ match: { path: '/v2/leads' }, status: 429, body: 'text' });
    const res = await t.sell('/v2/leads');
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(res.headers.get('retry-after')).toBeNull();
    const text = await res.text();
    expect(text).toBe('Too Many Requests');
    expect(() => JSON.parse(text) as unknown).toThrow();
  });

  it('answers an HTML page for other text faults and nothing for empty ones', async () => {
    const remove = t.sb.faults.inject({ match: { path: '/v2/users' }, status: 502, body: 'text' });
    const html = await t.sell('/v2/users');
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(await html.text()).toContain('502');
    remove();
    t.sb.faults.inject({ match: { path: '/v2/users' }, status: 500, body: 'empty' });
    const empty = await t.sell('/v2/users');
    expect(empty.status).toBe(500);
    expect(await empty.text()).toBe('');
  });

  it('shapes Chat faults as Chat errors with Retry-After on 429', async () => {
    t.sb.faults.inject({ match: { host: 'www.zopim.com', path: '/api/v2/chats/*' }, status: 429, retryAfterSeconds: 7 });
    const res = await t.chat(`/api/v2/chats/${fixtures.knownChatId}`);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(await body<unknown>(res)).toEqual({ error: 'Too Many Requests', description: expect.any(String) as unknown });
  });

  it('shapes Support faults as Support errors, with rate-limit headers on 429', async () => {
    t.sb.faults.inject({ match: { host: 'zendesk.com', path: /^\/api\/v2\/users\// }, status: 429 });
    const res = await t.support('/api/v2/users/me.json');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(await body<{ error: string }>(res)).toMatchObject({ error: 'TooManyRequests' });
    expect((await t.support('/api/v2/apps/installations/1001.json')).status).toBe(200);
  });

  it('applies to the matching host only', async () => {
    t.sb.faults.inject({ match: { host: 'www.zopim.com', path: '*' }, status: 500 });
    expect((await t.sell('/v2/users/self')).status).toBe(200);
    expect((await t.chat(`/api/v2/chats/${fixtures.knownChatId}`)).status).toBe(500);
  });

  it('stops after count matching requests', async () => {
    t.sb.faults.inject({ match: { path: '/v2/users/self' }, status: 503, count: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await t.sell('/v2/users/self')).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect(t.sb.faults.rules).toHaveLength(0);
  });

  it('delays the normal answer by latencyMs', async () => {
    t.sb.faults.inject({ match: { path: '/v2/users/self' }, latencyMs: 250 });
    const started = performance.now();
    const res = await t.sell('/v2/users/self');
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('never answers a timeout fault until the caller aborts, then serves the next request', async () => {
    t.sb.faults.inject({ match: { path: '/api/v2/chats/search' }, timeout: true, count: 1 });
    const started = performance.now();
    await expect(t.call(`${CHAT_ORIGIN}/api/v2/chats/search?q=x`, { headers: { Authorization: `Bearer ${t.sb.tokens.chat}` }, signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    expect((await t.chat('/api/v2/chats/search?q=x')).status).toBe(200);
  });

  it('takes precedence over authentication', async () => {
    t.sb.faults.inject({ match: { path: '/v2/users/self' }, status: 500 });
    const res = await t.call('https://api.getbase.com/v2/users/self');
    expect(res.status).toBe(500);
  });

  it('is removed by the function inject returns and by clear()', async () => {
    const remove = t.sb.faults.inject({ match: { path: '/v2/users/self' }, status: 500 });
    remove();
    expect((await t.sell('/v2/users/self')).status).toBe(200);
    t.sb.faults.inject({ match: { path: '/v2/users/self' }, status: 500 });
    t.sb.faults.clear();
    expect((await t.sell('/v2/users/self')).status).toBe(200);
  });
});

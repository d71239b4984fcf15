import { createZafTransport, fromZafDone, fromZafFail, toZafRequestOptions } from './createZafTransport';
import { isTransportFailure } from '@sell-bridge/core/transport';
import type { TransportRequest } from '@sell-bridge/core/transport';
import type { ZafRequestOptions } from './types';

const sellGet: TransportRequest = {
  method: 'GET',
  url: 'https://api.getbase.com/v2/users/self',
  headers: { Accept: 'application/json', Authorization: 'Bearer {{setting.access_token}}' },
  timeoutMs: 5000,
};

/** ZAF's `client.request` rejects with a jqXHR-like object, not an Error; reproduce that exactly. */
function rejectLikeZaf(jqXhr: object): Promise<never> {
  // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the real host rejects with a non-Error
  return Promise.reject(jqXhr);
}

function recordingRequest(answer: (o: ZafRequestOptions) => Promise<unknown>) {
  const calls: ZafRequestOptions[] = [];
  const request = (options: ZafRequestOptions): Promise<unknown> => {
    calls.push(options);
    return answer(options);
  };
  return { calls, request };
}

describe('createZafTransport', () => {
  it('sends Sell calls through the proxy with the setting placeholder, never a token', async () => {
    const { calls, request } = recordingRequest(() =>
      Promise.resolve({ status: 200, responseText: '{"data":{}}', responseJSON: { data: {} }, headers: {} }),
    );
    await createZafTransport(request).send(sellGet);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      url: 'https://api.getbase.com/v2/users/self',
      type: 'GET',
      secure: true,
      cors: false,
      httpCompleteResponse: true,
      autoRetry: false,
      dataType: 'json',
      timeout: 5000,
      headers: { Authorization: 'Bearer {{setting.access_token}}' },
    });
    expect(calls[0]!.data).toBeUndefined();
  });

  it('sends JSON bodies as strings with an application/json content type', async () => {
    const { calls, request } = recordingRequest(() => Promise.resolve({ status: 200, responseText: '{}', headers: {} }));
    const body = JSON.stringify({ data: { last_name: 'Lee' } });
    await createZafTransport(request).send({
      ...sellGet,
      method: 'POST',
      url: 'https://api.getbase.com/v2/leads',
      headers: { ...sellGet.headers, 'Content-Type': 'application/json' },
      body,
    });
    expect(calls[0]!.data).toBe(body);
    expect(typeof calls[0]!.data).toBe('string');
    expect(calls[0]!.contentType).toBe('application/json');
    expect(calls[0]!.headers).not.toHaveProperty('Content-Type');
  });

  it('sends same-account Zendesk paths without secure and without a token', () => {
    const options = toZafRequestOptions({ method: 'GET', url: '/api/v2/search.json?query=x', headers: { Accept: 'application/json' } });
    expect(options.secure).toBeUndefined();
    expect(options.autoRetry).toBe(false);
    expect(options.headers).not.toHaveProperty('Authorization');
  });

  it.each([
    ['a raw bearer token', { Authorization: 'Bearer 0123456789abcdef' }],
    ['a header name with an underscore', { X_Thing: '1' }],
  ])('refuses %s', async (_label, headers) => {
    const { calls, request } = recordingRequest(() => Promise.resolve({}));
    await expect(createZafTransport(request).send({ ...sellGet, headers })).rejects.toThrow(/ZAF transport/);
    expect(calls).toHaveLength(0);
  });

  it('asks the proxy to substitute only when the request carries a placeholder', () => {
    const poll = toZafRequestOptions({ method: 'GET', url: 'https://chat-api.zopim.com/stream/s1', headers: {} });
    expect(poll.secure).toBeUndefined();
    expect(poll.cors).toBe(false);
    expect(toZafRequestOptions(sellGet).secure).toBe(true);
  });

  it.each<[string, TransportRequest]>([
    ['a placeholder in a same-account path', { method: 'GET', url: '/api/v2/users/me.json', headers: { Authorization: 'Bearer {{setting.x}}' } }],
    ['a raw placeholder in a body', { ...sellGet, method: 'POST', body: '{"n":"{{setting.access_token}}"}' }],
  ])('refuses %s before anything is sent', (_name, req) => {
    expect(() => toZafRequestOptions(req)).toThrow();
  });

  it('refuses plain http URLs', () => {
    expect(() => toZafRequestOptions({ ...sellGet, url: 'http://api.getbase.com/v2/leads' })).toThrow(/https/);
  });

  it('maps the done value to a response with lower-cased headers', async () => {
    const { request } = recordingRequest(() =>
      Promise.resolve({ status: 201, responseText: '{"data":{"id":1}}', responseJSON: { data: { id: 1 } }, headers: { 'X-Request-Id': 'r1' } }),
    );
    const response = await createZafTransport(request).send(sellGet);
    expect(response).toEqual({ status: 201, headers: { 'x-request-id': 'r1' }, text: '{"data":{"id":1}}', json: { data: { id: 1 } } });
  });

  it('maps a jqXHR failure with an HTTP status to a response, so errors parse like any other', async () => {
    const jqXhr = { readyState: 4, status: 429, statusText: 'Too Many Requests', responseText: 'Rate limit exceeded' };
    const { request } = recordingRequest(() => rejectLikeZaf(jqXhr));
    const response = await createZafTransport(request).send(sellGet);
    expect(response.status).toBe(429);
    expect(response.text).toBe('Rate limit exceeded');
  });

  it.each([
    ['timeout', 'timeout'],
    ['error', 'network'],
    ['', 'network'],
  ])('maps a status 0 failure with statusText %j to a %s error', async (statusText, kind) => {
    const { request } = recordingRequest(() => rejectLikeZaf({ readyState: 0, status: 0, statusText, responseText: '' }));
    const error: unknown = await createZafTransport(request).send(sellGet).catch((e: unknown) => e);
    expect(isTransportFailure(error) && error.kind).toBe(kind);
  });

  it('stops waiting when the signal aborts', async () => {
    const controller = new AbortController();
    const { request } = recordingRequest(() => new Promise(() => undefined));
    const pending = createZafTransport(request).send({ ...sellGet, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('fromZafDone / fromZafFail', () => {
  it('treats a bare body (host ignored httpCompleteResponse) as a 200', () => {
    expect(fromZafDone({ data: { id: 2 } })).toMatchObject({ status: 200, json: { data: { id: 2 } } });
    expect(fromZafDone('hello')).toEqual({ status: 200, headers: {}, text: 'hello' });
  });

  it('reads headers from getAllResponseHeaders on a jqXHR', () => {
    const jqXhr = {
      status: 503,
      statusText: 'Service Unavailable',
      responseText: '',
      getAllResponseHeaders: () => 'Retry-After: 2\r\nX-Request-Id: abc\r\n',
    };
    expect(fromZafFail(jqXhr).headers).toEqual({ 'retry-after': '2', 'x-request-id': 'abc' });
  });

  it('keeps responseJSON from a failure', () => {
    const jqXhr = { status: 401, statusText: 'Unauthorized', responseText: '', responseJSON: { error: 'Unauthorized' } };
    expect(fromZafFail(jqXhr).json).toEqual({ error: 'Unauthorized' });
  });
});

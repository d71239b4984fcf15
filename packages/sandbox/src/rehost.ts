/** The Support origin used for relative `/api/...` calls that carry no host of their own. */
export const DEFAULT_SUPPORT_ORIGIN = 'https://sandbox.zendesk.com';

/** A copy of `request` aimed at `origin` (same path, query, method, headers, body and signal). */
export async function rehost(request: Request, origin: string): Promise<Request> {
  const url = new URL(request.url);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(new URL(url.pathname + url.search, origin), {
    method: request.method,
    headers: request.headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
    signal: request.signal,
  });
}

/** True for the AbortError a `timeout` or `latencyMs` fault throws when the caller gives up. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

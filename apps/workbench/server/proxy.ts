/**
 * The dev proxy: what Zendesk's request proxy does for `client.request`, on this machine.
 * It substitutes `{{setting.x}}` from server-side secrets only when the request is `secure: true`, only in the
 * places the parameter's `scopes` allow, only towards hosts in the app's `domainWhitelist`, wherever the text stands
 * in those places (inside a JSON string as much as anywhere); a placeholder it may not fill stays literal. Then it
 * answers from the embedded sandbox (or forwards to the real APIs in live mode). Being as permissive as the real
 * proxy is the point: a request that would leak a secret there leaks it here, where a test can see it.
 */

import { hostAllowed } from '@sell-bridge/sell-api';

export interface ProxyRequestOptions {
  url?: string;
  type?: string;
  data?: unknown;
  contentType?: string | false;
  headers?: Record<string, string>;
  secure?: boolean;
  timeout?: number;
  [key: string]: unknown;
}

export interface SecureParameter {
  name: string;
  scopes: readonly string[];
}

export interface ProxyContext {
  /** Secure setting values of the calling installation (never sent to the browser). */
  secrets: Readonly<Record<string, string>>;
  /** The app's secure parameters and where each may be substituted. */
  secureParameters: readonly SecureParameter[];
  domainWhitelist: readonly string[];
  /** Zendesk role of the workbench persona, for same-account calls. */
  role: 'agent' | 'admin';
  /** Account host for relative `/api/...` URLs. */
  accountHost: string;
}

interface ProxyAnswer {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  text: string;
}

export type ProxyResult = ProxyAnswer | { networkError: 'timeout' | 'error' };

const PLACEHOLDER = /\{\{\s*setting\.([\w-]+)\s*\}\}/g;

class ProxyRefusal extends Error {}

function substitute(value: string, scope: string, context: ProxyContext): string {
  return value.replace(PLACEHOLDER, (whole, name: string) => {
    const parameter = context.secureParameters.find((p) => p.name === name);
    // Like Zendesk's proxy: a placeholder it may not fill here stays as typed; the request still goes.
    if (!parameter?.scopes.includes(scope)) return whole;
    // Zendesk substitutes an unset setting with an empty string; the API then rejects the request.
    return context.secrets[name] ?? '';
  });
}

/** Turns ZAF request options into a fetch Request, applying the proxy's rules. Throws ProxyRefusal. */
function buildUpstreamRequest(options: ProxyRequestOptions, context: ProxyContext, signal?: AbortSignal): Request {
  const method = (options.type ?? 'GET').toUpperCase();
  const rawUrl = options.url ?? '';
  const relative = rawUrl.startsWith('/');
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  let body: string | undefined;
  if (options.data !== undefined && options.data !== null) {
    body = typeof options.data === 'string' ? options.data : JSON.stringify(options.data);
  }
  // Without `secure: true` nothing is substituted: a placeholder travels as typed, as with Zendesk's proxy.
  const secure = options.secure === true;
  let url = relative ? `https://${context.accountHost}${rawUrl}` : rawUrl;
  if (secure && !relative) {
    const host = new URL(url).host;
    if (!hostAllowed(host, context.domainWhitelist)) throw new ProxyRefusal(`${host} is not in the app's domainWhitelist`);
  }
  if (method === 'GET' && body !== undefined) {
    // jQuery sends GET data as the query string, so placeholders in it belong to the url scope; they are filled in
    // before encoding, which would hide them.
    const fill = (value: string) => (secure ? substitute(value, 'url', context) : value);
    const query =
      typeof options.data === 'object'
        ? new URLSearchParams(Object.entries(options.data as Record<string, unknown>).map(([name, value]) => [name, fill(String(value))])).toString()
        : fill(body);
    url += (url.includes('?') ? '&' : '?') + query;
    body = undefined;
  }
  if (secure) {
    url = substitute(url, 'url', context);
    for (const [name, value] of Object.entries(headers)) headers[name] = substitute(value, 'header', context);
    if (body !== undefined) body = substitute(body, 'body', context);
  }
  if (Object.keys(headers).some((name) => name.includes('_'))) {
    throw new ProxyRefusal('header names may not contain "_"');
  }
  if (body !== undefined && options.contentType !== false) {
    headers['Content-Type'] = options.contentType ?? 'application/x-www-form-urlencoded; charset=UTF-8';
  }
  if (relative) headers['X-Sandbox-Role'] = context.role;
  headers['User-Agent'] ??= 'Zendesk-Proxy (workbench)';
  return new Request(url, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body, signal });
}

/** Performs a proxied request with `send` (the sandbox or real fetch); timeouts and failures become network errors. */
export async function proxyRequest(
  options: ProxyRequestOptions,
  context: ProxyContext,
  send: (request: Request) => Promise<Response>,
): Promise<ProxyResult> {
  const controller = new AbortController();
  const timeoutMs = typeof options.timeout === 'number' && options.timeout > 0 ? options.timeout : 30_000;
  const timer = setTimeout(() => {
    controller.abort();
  }, timeoutMs);
  try {
    let request: Request;
    try {
      request = buildUpstreamRequest(options, context, controller.signal);
    } catch (error) {
      if (error instanceof ProxyRefusal) {
        return { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'text/plain' }, text: `Workbench proxy: ${error.message}` };
      }
      throw error;
    }
    const response = await send(request);
    const text = await response.text();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return { status: response.status, statusText: response.statusText, headers, text };
  } catch {
    return { networkError: controller.signal.aborted ? 'timeout' : 'error' };
  } finally {
    clearTimeout(timer);
  }
}

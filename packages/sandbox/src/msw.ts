import { http, HttpResponse, type RequestHandler } from 'msw';
import { DEFAULT_SUPPORT_ORIGIN, isAbortError, rehost } from './rehost';
import type { Sandbox } from './types';

// Relative Support calls (`/api/v2/...`) resolve against the page origin in jsdom/browsers: localhost.
const LOCAL_SUPPORT = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?\/api\/(?:v2|sell|chat|support)\//;

/**
 * msw 2 handlers for Sell (api.getbase.com), Chat (www.zopim.com) and Support (*.zendesk.com, plus relative
 * `/api/...` calls on localhost), all answered by `sandbox.handle`.
 */
export function sandboxHandlers(sandbox: Sandbox): RequestHandler[] {
  const answer = async (request: Request): Promise<Response> => {
    try {
      return await sandbox.handle(request);
    } catch (error) {
      // The caller aborted (timeout/latency fault); the fetch already rejected, so just end quietly.
      if (isAbortError(error)) return HttpResponse.error();
      throw error;
    }
  };
  return [
    http.all('https://api.getbase.com/*', ({ request }) => answer(request)),
    http.all('https://www.zopim.com/*', ({ request }) => answer(request)),
    http.all('https://chat-api.zopim.com/*', ({ request }) => answer(request)),
    http.all('https://*.zendesk.com/*', ({ request }) => answer(request)),
    http.all(LOCAL_SUPPORT, async ({ request }) => answer(await rehost(request, DEFAULT_SUPPORT_ORIGIN))),
  ];
}

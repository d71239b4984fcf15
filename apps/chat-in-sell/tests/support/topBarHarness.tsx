/*
 * Renders the top bar through the real AppShell against the sandbox. The top bar's Chat connection goes through
 * `client.request`, as in Zendesk, so the fake host answers each request by sending it through the test transport
 * (which plays Zendesk's proxy: secure placeholders filled in, msw answering from the sandbox).
 */
import { fixtures, type Sandbox } from '@sell-bridge/sandbox';
import type { HttpMethod, Transport } from '@sell-bridge/sell-api';
import type { FakeClient } from '@sell-bridge/zaf/testing';
import { fakeSellContext } from '@sell-bridge/zaf/testing';
import { chatInSellSettings, renderApp, type HostSettingValue } from '@sell-bridge/app-kit/testing';
import TopBar from '../../src/locations/TopBar';

/** Answers the fake host's `client.request` through `transport`, the way Zendesk's proxy answers the SDK. */
function routeRequests(client: FakeClient, transport: Transport): void {
  client.onRequest(async (options) => {
    const headers: Record<string, string> = { ...options.headers };
    if (typeof options.contentType === 'string' && options.data !== undefined) headers['Content-Type'] = options.contentType;
    // The ZAF transport already checked the request; a secure body's one placeholder is declared again for the
    // test transport, which checks the same rule.
    const bodySecret = options.secure && typeof options.data === 'string' ? /\{\{setting\.(\w+)\}\}/.exec(options.data)?.[1] : undefined;
    let response;
    try {
      response = await transport.send({
        method: (options.type ?? 'GET') as HttpMethod,
        url: options.url,
        headers,
        ...(typeof options.data === 'string' ? { body: options.data } : {}),
        ...(bodySecret ? { bodySecret } : {}),
        ...(options.timeout ? { timeoutMs: options.timeout } : {}),
      });
    } catch {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the SDK rejects with jqXHR-like objects
      return Promise.reject({ readyState: 0, status: 0, statusText: 'error', responseText: '' });
    }
    let json: unknown;
    try {
      json = JSON.parse(response.text);
    } catch {
      json = undefined;
    }
    const answer = { status: response.status, statusText: '', responseText: response.text, responseJSON: json, headers: response.headers, readyState: 4 };
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- as above
    return response.status >= 200 && response.status < 300 ? answer : Promise.reject(answer);
  });
}

/** The Sell user the top bar runs as: the sandbox's admin (a real Sell user, so records are visible). */
export const rep = fixtures.adminUser;

/** Renders Chat-in-Sell's top bar for the sandbox admin, with its requests routed to the sandbox. */
export function renderTopBar(sandbox: Sandbox, options: { settings?: Record<string, HostSettingValue>; secrets?: Record<string, string> } = {}) {
  const base = fakeSellContext({ location: 'top_bar' });
  const result = renderApp({
    sandbox,
    context: { ...base, account: { ...base.account, domain: 'acme.zendesk.com' }, currentUser: { ...base.currentUser, id: rep.id, name: rep.name, email: rep.email } },
    locations: { top_bar: TopBar },
    settings: chatInSellSettings(options.settings),
    ...(options.secrets ? { secrets: options.secrets } : {}),
  });
  routeRequests(result.client, result.transport);
  return result;
}

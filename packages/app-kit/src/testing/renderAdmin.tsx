/*
 * Renders the admin view as the `modal` location through the real AppShell, against the sandbox through
 * msw (pair with `setupSandboxServer`). Never exported from the package index.
 */
import { render, type RenderResult } from '@testing-library/react';
import { abortReason, createFetchTransport, type RateLimiter, type Sleep } from '@sell-bridge/sell-api';
import type { AdminApp } from '@sell-bridge/ui';
import type { ZafContext } from '@sell-bridge/zaf';
import { createFakeClient, fakeChatContext, fakeSellContext, fakeSupportContext, type FakeClient } from '@sell-bridge/zaf/testing';
import { AppShell } from '../AppShell';
import { createTestQueryClient, type HostUser, type SandboxTokens } from './renderApp';
import { AdminView } from '../admin/AdminView';

/** Installation ids the sandbox seeds (fixtures.installations). */
const INSTALLATION_OF: Readonly<Record<AdminApp, number>> = { 'sell-in-chat': 1001, 'sell-in-support': 1002, 'chat-in-sell': 1003 };

export interface RenderAdminOptions {
  sandbox: SandboxTokens;
  app?: AdminApp;
  /** Support / Chat: the host's `currentUser` (default an admin). Sell uses `context.currentUser`. */
  currentUser?: HostUser;
  context?: ZafContext;
  timeoutMs?: number;
}

export interface RenderAdminResult extends RenderResult {
  client: FakeClient;
  /** Backoff waits the clients asked for (none is waited). */
  sleeps: number[];
}

const noLimit: RateLimiter = { acquire: (signal) => (signal?.aborted ? Promise.reject(abortReason(signal)) : Promise.resolve()) };

/** The modal context of an app: Support for Sell-in-Support, Chat for Sell-in-Chat, Sell for Chat-in-Sell. */
function modalContext(app: AdminApp): ZafContext {
  if (app === 'chat-in-sell') return fakeSellContext({ location: 'modal' });
  // Chat has no documented modal location; the workbench opens one anyway, and the view does not depend on it.
  if (app === 'sell-in-chat') return { ...fakeChatContext(), location: 'modal' } as unknown as ZafContext;
  return fakeSupportContext({ location: 'modal' });
}

/** Renders `<AdminView app>` in a fake host whose metadata points at the sandbox installation of that app. */
export function renderAdmin(options: RenderAdminOptions): RenderAdminResult {
  const app = options.app ?? 'sell-in-support';
  const currentUser = options.currentUser ?? { email: 'amelia.hart@sandbox-sell.example', role: 'admin', name: 'Amelia Hart', locale: 'en-US' };
  const client = createFakeClient({
    context: options.context ?? modalContext(app),
    metadata: { installationId: INSTALLATION_OF[app], name: 'Sell for Support' },
    paths: { currentUser },
  });
  const { sell, chat } = options.sandbox.tokens;
  const transport = createFetchTransport({
    secrets: { access_token: sell, sell_api_token: sell, chat_access_token: chat },
    zendeskOrigin: 'https://example.zendesk.com',
  });
  const sleeps: number[] = [];
  const sleep: Sleep = (ms, signal) => {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    sleeps.push(ms);
    return Promise.resolve();
  };
  const Admin = () => <AdminView app={app} />;
  const result = render(
    <AppShell
      client={client}
      locations={{ modal: Admin }}
      sellTokenSetting="sell_api_token"
      transport={transport}
      queryClient={createTestQueryClient()}
      clientOptions={{ sleep, limiter: noLimit, timeoutMs: options.timeoutMs ?? 2_000 }}
    />,
  );
  return { ...result, client, sleeps };
}

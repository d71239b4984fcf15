/**
 * @sell-bridge/sandbox: a stateful fake of Zendesk Sell (v2 + v3 search, api.getbase.com), Chat REST
 * (www.zopim.com) and the Support pieces the apps use (*.zendesk.com), with seeded data and fault injection.
 *
 *   const sb = createSandbox({ seed: 1 });            // or { preset: 'scale' | 'empty' }, or { state: loadState(f) }
 *   server.use(...sandboxHandlers(sb));               // tests, from '@sell-bridge/sandbox/msw'
 *   http.createServer(createNodeHandler(sb));         // dev proxy, from '@sell-bridge/sandbox/node'
 *   sb.faults.inject({ match: { path: '/v2/leads', method: 'POST' }, status: 422 });
 *
 * Sell wants `Authorization: Bearer ${sb.tokens.sell}`, Chat `Bearer ${sb.tokens.chat}`; Support needs no token and
 * acts as the admin or agent named by `X-Sandbox-Role` (or the user in `X-Sandbox-User-Id`).
 */
export { createSandbox, hostKind } from './createSandbox';
export { fixtures } from './fixtures';
export { nationalNumber } from './phone';
export { PRESET_SIZES } from './seedState';
export { SELL_ORIGIN } from './sellEnvelope';
export { CHAT_ORIGIN } from './chatRoutes';
export * from './conversations';
export type {
  Distribution,
  FaultController,
  FaultRule,
  Installation,
  Preset,
  RequestLogEntry,
  Sandbox,
  SandboxChat,
  SandboxOptions,
  SandboxState,
  SandboxUser,
  SettingValue,
  SupportTicket,
  SupportUser,
} from './types';

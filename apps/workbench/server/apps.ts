/** The three apps as the workbench knows them: their definitions, and where their iframes are served from. */
import { app as sellInChat } from '@sell-bridge/sell-in-chat/app';
import { app as sellInSupport } from '@sell-bridge/sell-in-support/app';
import { app as chatInSell } from '@sell-bridge/chat-in-sell/app';
import type { AppDefinition, ManifestParameter } from '@sell-bridge/app-build';
import type { SecureParameter } from './proxy';

export const APPS: readonly AppDefinition[] = [sellInChat, sellInSupport, chatInSell];

/** Installation ids the sandbox seeds for each app. */
export const INSTALLATION_OF: Record<AppDefinition['id'], number> = {
  'sell-in-chat': 1001,
  'sell-in-support': 1002,
  'chat-in-sell': 1003,
};

/**
 * Parameters whose values the proxy may substitute: `secure: true` ones with their scopes, and the `oauth` one,
 * whose token Zendesk keeps server-side and substitutes in headers.
 */
export function secureParameters(app: AppDefinition): SecureParameter[] {
  return app.parameters
    .filter((p: ManifestParameter) => p.secure === true || p.type === 'oauth')
    .map((p) => ({ name: p.name, scopes: p.type === 'oauth' ? ['header'] : (p.scopes ?? []) }));
}

/**
 * The proxy's view of an app's secure parameters. The workbench runs without OAuth clients, so what admins fill in
 * is the build's fallback parameter: where it shares the oauth parameter's name it brings its own scopes (Chat-in-Sell's
 * `chat_access_token` travels in the body of `startAgentSession`, decision 0006).
 */
export function proxiedParameters(app: AppDefinition) {
  const fallback = app.oauth?.fallbackParameter;
  return secureParameters(app).map((p) => (fallback?.name === p.name && fallback.scopes ? { ...p, scopes: fallback.scopes } : p));
}

/** The three apps as the workbench knows them: their definitions, and where their iframes are served from. */
import { app as sellInChat } from '../../sell-in-chat/src/app';
import { app as sellInSupport } from '../../sell-in-support/src/app';
import { app as chatInSell } from '../../chat-in-sell/src/app';
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

import { parametersOf, type AppId } from '@sell-bridge/core';

/** Typed source of a ZAF v2 manifest (docs/platform/zaf.md §Manifest fields) and the parameters of docs/architecture.md §4. */

export type ParameterType = 'text' | 'checkbox' | 'url' | 'number' | 'multiline' | 'hidden' | 'oauth';

export interface ManifestParameter {
  name: string;
  type: ParameterType;
  required?: boolean;
  secure?: boolean;
  default?: string | number | boolean;
  scopes?: ('header' | 'body' | 'url')[];
}

export interface LocationOptions {
  url: string;
  flexible?: boolean;
  size?: { width: string; height: string };
  autoLoad?: boolean;
}

export type Locations = Partial<Record<'support' | 'chat' | 'sell', Record<string, LocationOptions>>>;

export interface OAuthBlock {
  client_id: string;
  client_secret: string;
  authorize_uri: string;
  access_token_uri: string;
  scope?: string;
}

export interface Manifest {
  name: string;
  author: { name: string; email: string; url?: string };
  defaultLocale: string;
  private: boolean;
  location: Locations;
  version: string;
  frameworkVersion: '2.0';
  domainWhitelist: string[];
  parameters: ManifestParameter[];
  oauth?: OAuthBlock;
}

/** What each app declares about itself; the build turns it into manifest.json. */
export interface AppDefinition {
  /** Folder name under apps/, also the zip name. */
  id: AppId;
  name: string;
  locations: Locations;
  domainWhitelist: string[];
  parameters: ManifestParameter[];
  /** Which OAuth client the `oauth` parameter belongs to, if any. */
  oauth?: { provider: 'sell' | 'chat'; parameter: string; fallbackParameter?: ManifestParameter };
}

export const IFRAME_URL = 'assets/iframe.html';

/** The manifest parameters an app declares: core's settings schema, the one list of names, types and defaults. */
export function manifestParameters(app: AppId): ManifestParameter[] {
  return parametersOf(app).map(({ name, type, default: fallback, secure, scopes }) => ({
    name,
    type,
    ...(secure ? { secure } : {}),
    ...(fallback === undefined ? {} : { default: fallback }),
    ...(scopes ? { scopes: [...scopes] } : {}),
  }));
}

export const AUTHOR = { name: 'Sell Bridge', email: 'apps@sell-bridge.example', url: 'https://sell-bridge.example' };

const OAUTH_ENDPOINTS = {
  sell: { authorize_uri: 'https://api.getbase.com/oauth2/authorize', access_token_uri: 'https://api.getbase.com/oauth2/token', scope: 'read write profile' },
  chat: { authorize_uri: 'https://www.zopim.com/oauth2/authorizations/new', access_token_uri: 'https://www.zopim.com/oauth2/token', scope: 'read write chat' },
} as const;

export interface BuildEnvironment {
  SELL_OAUTH_CLIENT_ID?: string;
  SELL_OAUTH_CLIENT_SECRET?: string;
  CHAT_OAUTH_CLIENT_ID?: string;
  CHAT_OAUTH_CLIENT_SECRET?: string;
}

/**
 * Builds manifest.json. The `oauth` block needs the provider's client id/secret from the build environment;
 * without them the oauth parameter is dropped (a manifest may not declare one without the block) and the app
 * keeps the secure token parameter, which the returned `notes` say.
 */
export function buildManifest(app: AppDefinition, version: string, env: BuildEnvironment): { manifest: Manifest; notes: string[] } {
  const notes: string[] = [];
  let parameters = app.parameters;
  let oauth: OAuthBlock | undefined;
  if (app.oauth) {
    const prefix = app.oauth.provider === 'sell' ? 'SELL' : 'CHAT';
    const id = env[`${prefix}_OAUTH_CLIENT_ID`];
    const secret = env[`${prefix}_OAUTH_CLIENT_SECRET`];
    if (id && secret) {
      oauth = { client_id: id, client_secret: secret, ...OAUTH_ENDPOINTS[app.oauth.provider] };
      // Zendesk needs the secret in the manifest, so it is in this package: say so every time.
      notes.push(
        `${app.id}: ${prefix}_OAUTH_CLIENT_SECRET is written into dist/${app.id}/manifest.json — upload that package only to Zendesk, never publish or commit it.`,
      );
    } else {
      const dropped = app.oauth.parameter;
      parameters = parameters.filter((p) => p.name !== dropped);
      if (app.oauth.fallbackParameter && !parameters.some((p) => p.name === app.oauth?.fallbackParameter?.name)) {
        parameters = [app.oauth.fallbackParameter, ...parameters];
      }
      notes.push(
        `${app.id}: ${prefix}_OAUTH_CLIENT_ID/SECRET not set; built without OAuth — admins paste a token into a secure setting instead.`,
      );
    }
  }
  const manifest: Manifest = {
    name: app.name,
    author: AUTHOR,
    defaultLocale: 'en',
    private: false,
    location: app.locations,
    version,
    frameworkVersion: '2.0',
    domainWhitelist: app.domainWhitelist,
    parameters,
    ...(oauth ? { oauth } : {}),
  };
  return { manifest, notes };
}

// The manifests and content security policies app-build makes of the real app definitions.
import { buildManifest, contentSecurityPolicy } from '@sell-bridge/app-build';
import { app as chatInSell } from '@sell-bridge/chat-in-sell/app';
import { app as sellInChat } from '@sell-bridge/sell-in-chat/app';

describe('buildManifest', () => {
  it('builds without OAuth when the client is not configured, keeping the secure token parameter, and says so', () => {
    const { manifest, notes } = buildManifest(chatInSell, '1.0.0', {});
    expect(manifest.oauth).toBeUndefined();
    expect(manifest.parameters.find((p) => p.name === 'chat_access_token')).toMatchObject({ type: 'text', secure: true });
    expect(notes.join('\n')).toMatch(/without OAuth/);
  });

  it('warns every time the OAuth client secret is written into the package', () => {
    const { manifest, notes } = buildManifest(chatInSell, '1.0.0', { CHAT_OAUTH_CLIENT_ID: 'id', CHAT_OAUTH_CLIENT_SECRET: 's3cret' });
    expect(manifest.oauth).toMatchObject({ client_id: 'id', client_secret: 's3cret' });
    expect(notes.join('\n')).toMatch(/CHAT_OAUTH_CLIENT_SECRET is written into dist\/chat-in-sell\/manifest\.json/);
    expect(notes.join('\n')).not.toContain('s3cret');
  });
});

it('gives Chat-in-Sell the sidebars’ Sell lead parameters (docs/architecture.md §4), with its one OAuth parameter for Chat', () => {
  const { manifest } = buildManifest(chatInSell, '1.0.0', { CHAT_OAUTH_CLIENT_ID: 'id', CHAT_OAUTH_CLIENT_SECRET: 's' });
  const names = manifest.parameters.map((p) => p.name);
  expect(names).toEqual(
    expect.arrayContaining(['sell_api_token', 'data_access', 'lead_status', 'lead_source', 'lead_owners', 'allow_any_owner', 'primary_admin_id']),
  );
  expect(manifest.parameters.filter((p) => p.type === 'oauth').map((p) => p.name)).toEqual(['chat_access_token']);
  expect(names).not.toContain('field_layout');
});

describe('contentSecurityPolicy', () => {
  it.each([
    ['sell-in-chat', sellInChat, "connect-src 'self'"],
    ['chat-in-sell', chatInSell, "connect-src 'self' wss://*.zopim.com"],
  ])('lets %s load only its own scripts and connect only where it must', (_id, app, connect) => {
    const policy = contentSecurityPolicy(app).split('; ');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(connect);
    expect(policy.filter((directive) => directive.startsWith('script-src'))).toEqual(["script-src 'self'"]);
    expect(policy.join('; ')).not.toContain('unsafe-eval');
  });
});

import { app as chatInSell } from '../../../apps/chat-in-sell/src/app';
import { buildManifest } from './manifest';

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

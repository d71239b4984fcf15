/**
 * Whether the page framing the app may be its host. The SDK trusts whatever parent the `origin` query parameter
 * names, so any site could frame an app and feed it a forged context (who the agent is, which record is open). Only
 * Zendesk's own hosts qualify — and this machine (`localhost`), where the workbench and `zcli apps:server` run.
 */
export function isTrustedHostOrigin(origin: string | null | undefined): boolean {
  if (!origin) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '' || url.pathname.replace(/\/$/, '') !== '') return false;
  const host = url.hostname.toLowerCase();
  if (url.protocol === 'http:') return host === 'localhost' || host === '127.0.0.1';
  if (url.protocol !== 'https:') return false;
  return ['zendesk.com', 'zopim.com', 'futuresimple.com', 'getbase.com'].some((domain) => host === domain || host.endsWith(`.${domain}`));
}

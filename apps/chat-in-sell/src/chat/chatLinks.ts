/**
 * Links out of the top bar. Both URL shapes are unverified (decision 0006): the Chat dashboard lives at
 * `https://<subdomain>.zendesk.com/chat/agent` on integrated (Phase 3/4) accounts, and Sell's web app is
 * `app.futuresimple.com` (core `sellRecordUrl`); its search path is a best guess.
 */

const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

/** The Chat dashboard of the Zendesk account whose Sell domain is `domain` (`acme.zendesk.com`); null if unusable. */
export function chatDashboardUrl(domain: string | null | undefined): string | null {
  const host = (domain ?? '').trim().toLowerCase();
  return HOST.test(host) ? `https://${host}/chat/agent` : null;
}

/** A Sell search for an email, offered when the app cannot read Sell itself. */
export function sellSearchUrl(email: string): string {
  return `https://app.futuresimple.com/crm/search?query=${encodeURIComponent(email)}`;
}

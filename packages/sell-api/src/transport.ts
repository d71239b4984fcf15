/**
 * The network seam. Production uses the ZAF transport (`createZafTransport` in `@sell-bridge/zaf`, over the host's
 * `client.request`, a postMessage to the host proxy which msw cannot see); tests and the workbench use the fetch
 * transport (`createFetchTransport`), which msw intercepts. Clients above this seam never know which one they talk
 * to. The seam's types and what both transports need at run time (the placeholder rules, `TransportFailure`) are in
 * `@sell-bridge/core/transport`, re-exported here, so zaf implements the seam without depending on this package.
 */
export {
  abortReason,
  checkPlaceholders,
  escapePlaceholders,
  isAbortError,
  isTransportFailure,
  isZendeskRelativeUrl,
  normalizeHeaders,
  PlaceholderRefusal,
  raceAbort,
  settingPlaceholder,
  toJsonBody,
  TransportFailure,
  type AbortSignalLike,
  type HttpMethod,
  type PlaceholderCheckedRequest,
  type Transport,
  type TransportRequest,
  type TransportResponse,
  type TransportFailureKind,
} from '@sell-bridge/core/transport';

/** True when `host` is in a ZAF `domainWhitelist` (exact names, or `*.example.com` for its subdomains). */
export function hostAllowed(host: string, whitelist: readonly string[]): boolean {
  const wanted = host.toLowerCase();
  return whitelist.some((raw) => {
    const entry = raw.toLowerCase();
    return entry === wanted || (entry.startsWith('*.') && wanted.endsWith(entry.slice(1)));
  });
}

/**
 * True for a URL an API answer told the app to call that it may follow: one of `schemes` (`'https:'`, `'wss:'`),
 * no credentials or port, no `{{`, on a whitelisted host.
 */
export function isAllowedUrl(url: string, schemes: readonly string[], whitelist: readonly string[]): boolean {
  if (url.includes('{{')) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return schemes.includes(parsed.protocol) && parsed.username === '' && parsed.password === '' && parsed.port === '' && hostAllowed(parsed.hostname, whitelist);
}

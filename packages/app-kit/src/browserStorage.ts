/**
 * The browser's storage for this iframe, or null where it is blocked: sandboxed iframes and privacy settings (blocked
 * third-party storage) throw on access. `local` outlives the tab (drafts, transcript markers); `session` lives as long
 * as the Zendesk tab and is shared by the app's iframes in it (reference data).
 */
export function browserStorage(kind: 'local' | 'session' = 'local'): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

import type { FaultController, FaultRule } from './types';

/** A fault controller plus `take`, which the sandbox calls once per request. */
export interface FaultEngine extends FaultController {
  /** The first rule matching the request (its `count` is used up by one), or null. */
  take(method: string, url: URL): FaultRule | null;
}

interface Entry {
  rule: FaultRule;
  remaining: number;
}

/** Glob-free strings match the pathname exactly; `*` matches any run of characters. */
function pathMatches(pattern: string | RegExp, pathname: string): boolean {
  if (pattern instanceof RegExp) {
    pattern.lastIndex = 0;
    return pattern.test(pathname);
  }
  if (!pattern.includes('*')) return pattern.replace(/\/+$/, '') === pathname.replace(/\/+$/, '');
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(pathname);
}

/** `host` matches the hostname or any subdomain of it (`zendesk.com` matches `acme.zendesk.com`). */
function hostMatches(host: string | undefined, hostname: string): boolean {
  if (host === undefined) return true;
  const wanted = host.toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  return hostname === wanted || hostname.endsWith(`.${wanted}`);
}

/** Creates an empty fault controller. */
export function createFaults(): FaultEngine {
  let entries: Entry[] = [];
  return {
    inject(rule) {
      const entry: Entry = { rule, remaining: rule.count ?? Number.POSITIVE_INFINITY };
      entries.push(entry);
      return () => {
        entries = entries.filter((e) => e !== entry);
      };
    },
    clear() {
      entries = [];
    },
    get rules() {
      return entries.map((e) => e.rule);
    },
    take(method, url) {
      const entry = entries.find(
        ({ rule }) =>
          (rule.match.method === undefined || rule.match.method.toUpperCase() === method.toUpperCase()) &&
          hostMatches(rule.match.host, url.hostname) &&
          pathMatches(rule.match.path, url.pathname),
      );
      if (!entry) return null;
      entry.remaining -= 1;
      if (entry.remaining <= 0) entries = entries.filter((e) => e !== entry);
      return entry.rule;
    },
  };
}

/** Resolves after `ms`, or rejects with an AbortError when `signal` aborts first. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError(signal));
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Never resolves; rejects with an AbortError once `signal` aborts (the `timeout` fault). */
export function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (signal.aborted) return reject(abortError(signal));
    signal.addEventListener('abort', () => reject(abortError(signal)), { once: true });
  });
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted.', 'AbortError');
}

/** Outcome of a host call: never thrown, always one of these two. */
export type ZafResult<T> = { ok: true; value: T } | { ok: false; error: ZafError };

/** A failed host call, whatever form the SDK reported it in (Error, error payload, TimeoutError object, string). */
export class ZafError extends Error {
  /** The path, key or action the host reported the error for, when known. */
  readonly path: string | undefined;
  /** The `name` the host or SDK gave the error (`TimeoutError`, ...), when any. */
  readonly hostName: string | undefined;
  /** True when the SDK gave up waiting for a reply (npm SDK: 5 s per call). */
  readonly timedOut: boolean;

  constructor(message: string, options: { path?: string; hostName?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ZafError';
    this.path = options.path;
    this.hostName = options.hostName;
    this.timedOut = options.hostName === 'TimeoutError';
  }
}

function readString(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null || !(key in value)) return undefined;
  const field: unknown = (value as Record<string, unknown>)[key];
  return typeof field === 'string' && field !== '' ? field : undefined;
}

/**
 * Turns anything a host call rejected with (or an `errors[path]` entry) into a `ZafError`. The npm SDK's timeout
 * rejection is a plain object `{name: 'TimeoutError', message}`, not an Error, so shape is read, not `instanceof`.
 */
export function toZafError(reason: unknown, path?: string): ZafError {
  if (reason instanceof ZafError) return reason;
  if (typeof reason === 'string') return new ZafError(reason, { path, cause: reason });
  const message = readString(reason, 'message') ?? 'The host did not complete the call';
  const hostName = readString(reason, 'name');
  const name = reason instanceof Error && hostName === 'Error' ? undefined : hostName;
  return new ZafError(message, { path: readString(reason, 'path') ?? path, hostName: name, cause: reason });
}


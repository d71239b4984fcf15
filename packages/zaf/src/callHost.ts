import type { ZafClient, ZafResponse } from './types';
import { toZafError, type ZafResult } from './zafError';

/*
 * The one wrapper over the SDK's two error styles (docs/platform/zaf.md §Call errors and timeouts): a single-path call rejects with an Error
 * when `errors[path]` is set, a bulk call resolves with the error left in `errors`, a top-level `{error}` rejects
 * with a raw object, and the npm SDK times out with a non-Error object. Every function here resolves a `ZafResult`
 * per path or action instead, so callers handle one shape and never see an unhandled rejection.
 */

function entryOf(response: ZafResponse, key: string): ZafResult<unknown> {
  const error = response.errors?.[key];
  if (error) return { ok: false, error: toZafError(error, key) };
  return { ok: true, value: response[key] };
}

/** Reads one path. `T` is what the caller expects; it is not checked. A path the host left out reads as undefined. */
export async function readPath<T = unknown>(client: ZafClient, path: string): Promise<ZafResult<T>> {
  try {
    const response: ZafResponse = await client.get(path);
    return entryOf(response, path) as ZafResult<T>;
  } catch (reason) {
    return { ok: false, error: toZafError(reason, path) };
  }
}

/** Reads several paths in one message; each path gets its own result (unknown paths fail alone). */
export async function readPaths<P extends string>(
  client: ZafClient,
  paths: readonly P[],
): Promise<Record<P, ZafResult<unknown>>> {
  const results = {} as Record<P, ZafResult<unknown>>;
  if (paths.length === 0) return results;
  try {
    const response: ZafResponse = await client.get(paths);
    for (const path of paths) results[path] = entryOf(response, path);
  } catch (reason) {
    // A top-level failure (timeout, malformed reply) applies to every path of the message.
    for (const path of paths) results[path] = { ok: false, error: toZafError(reason, path) };
  }
  return results;
}

/** Writes one path (`set('comment.text', 'Hi')`). */
export async function writePath(client: ZafClient, path: string, value: unknown): Promise<ZafResult<undefined>> {
  try {
    const response = await client.set(path, value);
    const entry = entryOf(response, path);
    return entry.ok ? { ok: true, value: undefined } : entry;
  } catch (reason) {
    return { ok: false, error: toZafError(reason, path) };
  }
}

/** Runs one host action (`invokeHost(client, 'resize', {height: '80px'})`); the value is the reply's `[name]`. */
export async function invokeHost<T = unknown>(
  client: ZafClient,
  name: string,
  ...args: unknown[]
): Promise<ZafResult<T>> {
  try {
    const response = await client.invoke(name, ...args);
    return entryOf(response, name) as ZafResult<T>;
  } catch (reason) {
    return { ok: false, error: toZafError(reason, name) };
  }
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { readPath } from './callHost';
import { changeEventsFor, isRelatedChange } from './changeEventsFor';
import { useClient } from './useClient';
import type { ZafError, ZafResult } from './zafError';

/** `loading` only before the first answer for a path; re-reads keep the last answer until the next one arrives. */
export type ClientGetStatus = 'loading' | 'success' | 'error';

/** State of one host read. */
export type ClientGetState<T> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'success'; data: T; error: undefined }
  | { status: 'error'; data: undefined; error: ZafError };

/** What `useClientGet` returns. */
export type ClientGetResult<T> = ClientGetState<T> & { refetch: () => void };

/** Options of `useClientGet`. */
export interface ClientGetOptions {
  /** More events that should trigger a re-read, e.g. `['channel.chat.start']` for the Chat visitor. */
  events?: readonly string[];
}

const LOADING: ClientGetState<never> = { status: 'loading', data: undefined, error: undefined };

/** Maps a call result to the hook state. */
export function toClientGetState<T>(result: ZafResult<T>): ClientGetState<T> {
  return result.ok
    ? { status: 'success', data: result.value, error: undefined }
    : { status: 'error', data: undefined, error: result.error };
}

function propertyNameOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null || !('propertyName' in payload)) return undefined;
  return typeof payload.propertyName === 'string' ? payload.propertyName : undefined;
}

/**
 * Reads `path` from the host and re-reads it when it may have changed. Subscribes to the events of
 * `changeEventsFor(path)` (`<path>.changed`, each ancestor's `.changed`, documented child events such as
 * `visitor.email.changed` for `visitor`), to `*.changed` for related properties those do not cover, and to
 * `options.events`. A slow earlier read never overwrites a newer one. `T` is not checked.
 */
export function useClientGet<T = unknown>(path: string, options: ClientGetOptions = {}): ClientGetResult<T> {
  const client = useClient();
  const [entry, setEntry] = useState<{ path: string; state: ClientGetState<T> }>({ path, state: LOADING });
  const readRef = useRef<() => void>(() => undefined);
  // Compared by content so an inline array does not re-subscribe on every render.
  const extraEvents = (options.events ?? []).join('\n');

  useEffect(() => {
    let active = true;
    let latest = 0;
    const read = () => {
      const id = ++latest;
      void readPath<T>(client, path).then((result) => {
        if (active && id === latest) setEntry({ path, state: toClientGetState(result) });
      });
    };
    readRef.current = read;

    const named = new Set([...changeEventsFor(path), ...(extraEvents ? extraEvents.split('\n') : [])]);
    const onAnyChange = (payload: unknown) => {
      const property = propertyNameOf(payload);
      // The host fires both `<p>.changed` and `*.changed`; skip what a named subscription already handles.
      if (property && isRelatedChange(path, property) && !named.has(`${property}.changed`)) read();
    };
    for (const event of named) client.on(event, read);
    client.on('*.changed', onAnyChange);
    read();

    return () => {
      active = false;
      for (const event of named) client.off(event, read);
      client.off('*.changed', onAnyChange);
    };
  }, [client, path, extraEvents]);

  const refetch = useCallback(() => readRef.current(), []);
  // A new path starts at `loading` instead of showing the previous path's value.
  const state = entry.path === path ? entry.state : LOADING;
  return { ...state, refetch };
}

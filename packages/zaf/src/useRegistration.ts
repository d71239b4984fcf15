import { useEffect, useState } from 'react';
import type { ZafSession } from './clientContext';
import type { ZafContext } from './contextTypes';
import type { ZafClient } from './types';
import { useLatest } from './useLatest';
import { ZafError, toZafError } from './zafError';

/** Where the app stands with its host. */
export type Registration =
  | { status: 'outside' }
  | { status: 'waiting' }
  | { status: 'registered'; session: ZafSession }
  /** The host did not register the app in time, or registration failed. Still recovers if it registers later. */
  | { status: 'unavailable'; error: ZafError };

interface Entry {
  client: ZafClient | null;
  registration: Registration;
}

const OUTSIDE: Registration = { status: 'outside' };
const WAITING: Registration = { status: 'waiting' };

/**
 * Waits for registration through `metadata()` + `context()` rather than an `app.registered` handler: both resolve
 * from the SDK's cache when registration happened before this effect ran, where a late handler would never fire.
 */
export function useRegistration(
  client: ZafClient | null,
  timeoutMs: number,
  onUnavailable: ((error: ZafError) => void) | undefined,
): Registration {
  const [entry, setEntry] = useState<Entry>({ client, registration: client ? WAITING : OUTSIDE });
  const onUnavailableRef = useLatest(onUnavailable);

  useEffect(() => {
    if (!client) return;
    let active = true;
    let reported = false;
    const update = (next: (current: Registration) => Registration) => {
      if (!active) return;
      setEntry((prev) => ({ client, registration: next(prev.client === client ? prev.registration : WAITING) }));
    };
    const giveUp = (error: ZafError) => {
      update((current) => (current.status === 'registered' ? current : { status: 'unavailable', error }));
      if (!active || reported) return;
      reported = true;
      onUnavailableRef.current?.(error);
    };

    const timer = setTimeout(() => {
      giveUp(new ZafError(`The host did not register the app within ${timeoutMs} ms`, { hostName: 'TimeoutError' }));
    }, timeoutMs);

    Promise.all([client.metadata(), client.context()]).then(
      ([metadata, context]) => {
        clearTimeout(timer);
        update(() => ({ status: 'registered', session: { client, metadata, context } }));
      },
      (reason: unknown) => {
        clearTimeout(timer);
        giveUp(toZafError(reason));
      },
    );

    const onContextUpdated = (context: ZafContext) => {
      update((current) =>
        current.status === 'registered' ? { status: 'registered', session: { ...current.session, context } } : current,
      );
    };
    client.on('context.updated', onContextUpdated);

    return () => {
      active = false;
      clearTimeout(timer);
      client.off('context.updated', onContextUpdated);
    };
  }, [client, timeoutMs, onUnavailableRef]);

  // A new client starts over; deriving this here avoids resetting state inside the effect.
  if (entry.client !== client) return client ? WAITING : OUTSIDE;
  return entry.registration;
}

import { useEffect } from 'react';
import type { ZafEventHandler } from './types';
import { useClient } from './useClient';
import { useLatest } from './useLatest';

/**
 * Calls `handler` with the payload of each host `event` while mounted. The latest `handler` is used without
 * re-subscribing, so an inline function is fine; the subscription is removed on unmount or when `event` changes.
 */
export function useClientEvent<P = unknown>(event: string, handler: (payload: P) => void): void {
  const client = useClient();
  const handlerRef = useLatest(handler);

  useEffect(() => {
    const listener: ZafEventHandler<P> = (payload) => {
      handlerRef.current(payload);
    };
    client.on(event, listener);
    return () => {
      client.off(event, listener);
    };
  }, [client, event, handlerRef]);
}

import { useMemo } from 'react';
import type { Transport } from '@sell-bridge/core/transport';
import { createZafTransport } from './createZafTransport';
import { useClient } from './useClient';

/** The ZAF transport over the nearest `ClientProvider`'s client: the one place the apps build it. */
export function useZafTransport(): Transport {
  const client = useClient();
  return useMemo(() => createZafTransport((options) => client.request(options)), [client]);
}

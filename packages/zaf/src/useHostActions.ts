import { useMemo } from 'react';
import { closeInstance, notify, openModal, type ModalOptions, type NotifyKind, type OpenedModal } from './hostActions';
import { useClient } from './useClient';
import type { ZafResult } from './zafError';

/** Host actions bound to the provider's client. Each resolves a `ZafResult`; none rejects. */
export interface HostActions {
  notify(message: string, kind?: NotifyKind): Promise<ZafResult<undefined>>;
  openModal(options: ModalOptions): Promise<ZafResult<OpenedModal>>;
  /** Closes this instance (a modal closing itself). */
  close(): Promise<ZafResult<undefined>>;
}

/** `notify`, `openModal` and `close` for the current app instance, stable across renders. */
export function useHostActions(): HostActions {
  const client = useClient();
  return useMemo(
    () => ({
      notify: (message, kind) => notify(client, message, kind),
      openModal: (options) => openModal(client, options),
      close: () => closeInstance(client),
    }),
    [client],
  );
}

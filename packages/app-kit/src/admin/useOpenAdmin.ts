import { useCallback, useState } from 'react';
import { useHostActions, type ModalOptions } from '@sell-bridge/zaf';
import { useAdminAccess } from './useAdminAccess';

/** Where the admin view lives: the app's own page in a modal, picked by the `modal` location (docs/architecture.md §1). */
export const ADMIN_MODAL: ModalOptions = { url: 'assets/iframe.html#admin', size: { width: '720px', height: '640px' } };

/** What `useOpenAdmin` returns. */
export interface OpenAdmin {
  /** True for admins only: render the settings button only then. */
  canConfigure: boolean;
  /** Opens the admin view in a modal; resolves false when the host refused (the button then says so). */
  open: () => Promise<boolean>;
  opening: boolean;
  failed: boolean;
}

/** Opens the admin view from a sidebar, top bar or card. */
export function useOpenAdmin(): OpenAdmin {
  const access = useAdminAccess();
  const host = useHostActions();
  const [opening, setOpening] = useState(false);
  const [failed, setFailed] = useState(false);
  const open = useCallback(async () => {
    setOpening(true);
    setFailed(false);
    const result = await host.openModal(ADMIN_MODAL);
    setOpening(false);
    setFailed(!result.ok);
    return result.ok;
  }, [host]);
  return { canConfigure: access.status === 'admin', open, opening, failed };
}

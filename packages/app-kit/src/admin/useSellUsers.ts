import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SellUser } from '@sell-bridge/core';
import { isAbortError } from '@sell-bridge/sell-api';
import type { UsersLoad } from '@sell-bridge/ui';
import { useServices } from '../services';

interface LoadState {
  status: UsersLoad['status'];
  users: readonly SellUser[];
  loaded: number;
  pages: number;
}

const NO_USERS: readonly SellUser[] = [];

/**
 * Every Sell user (up to 100 pages of 100), loaded in the background for the owner pickers: the first page shows at
 * once, each further page joins it, and a progress bar runs until the list is complete. `enabled` false loads nothing.
 */
export function useSellUsers(enabled: boolean): UsersLoad {
  const { sell } = useServices();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LoadState>({ status: 'loading', users: NO_USERS, loaded: 0, pages: 0 });

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    sell
      .listUsers({
        signal: controller.signal,
        onProgress: (loaded, pages) => {
          if (!controller.signal.aborted) setState((current) => ({ ...current, loaded, pages }));
        },
        // The first page is usable at once; the rest joins it while the progress bar runs.
        onPage: (items) => {
          if (!controller.signal.aborted) setState((current) => ({ ...current, users: [...current.users, ...(items as SellUser[])] }));
        },
      })
      .then(
        (users) => {
          if (!controller.signal.aborted) setState({ status: 'ready', users, loaded: users.length, pages: 0 });
        },
        (error: unknown) => {
          if (!controller.signal.aborted && !isAbortError(error)) setState((current) => ({ ...current, status: 'failed' }));
        },
      );
    return () => controller.abort();
  }, [sell, enabled, attempt]);

  const onRetry = useCallback(() => {
    setState({ status: 'loading', users: NO_USERS, loaded: 0, pages: 0 });
    setAttempt((n) => n + 1);
  }, []);

  return useMemo(() => ({ ...state, onRetry }), [state, onRetry]);
}

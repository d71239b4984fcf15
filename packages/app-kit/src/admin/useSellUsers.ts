import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { UsersLoad } from '@sell-bridge/ui';
import { useServices } from '../services';
import { useSellUserSet } from '../users/useSellUserSet';

/**
 * The Sell users behind the admin's owner and primary-admin pickers (decision 0010): the chosen owners and the primary
 * admin by id, the active admins (`role=admin`, a few), and active users by name a page at a time as the admin asks
 * for more, with an exact name or email looked up. `ids` are the ones the form holds now. `enabled` false loads nothing.
 */
export function useSellUsers(enabled: boolean, ids: readonly number[]): UsersLoad {
  const { sell } = useServices();
  const admins = useQuery({
    queryKey: ['sell-users', 'admins'],
    queryFn: ({ signal }) => sell.listActiveAdmins({ signal }),
    enabled,
    retry: false,
  });
  const set = useSellUserSet({ ids, paged: true, enabled, ...(admins.data ? { extra: admins.data } : {}) });
  const { refetch } = admins;
  const adminsFailed = admins.isError;
  const retrySet = set.retry;
  return useMemo(() => {
    const failed = set.failed || adminsFailed;
    const loading = !enabled || set.loading || admins.isPending;
    return {
      status: failed ? 'failed' : loading ? 'loading' : 'ready',
      users: set.users,
      hasMore: set.hasMore,
      loadingMore: set.loadingMore,
      onLoadMore: set.loadMore,
      onLookUp: set.lookUp,
      onRetry: () => {
        if (adminsFailed) void refetch();
        retrySet();
      },
    };
  }, [set, adminsFailed, admins.isPending, enabled, refetch, retrySet]);
}

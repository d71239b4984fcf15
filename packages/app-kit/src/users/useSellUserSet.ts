import { useCallback, useMemo, useState } from 'react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { SellUser } from '@sell-bridge/core';
import { useServices } from '../services';

/**
 * Sell users for a picker, loaded the way a 10,000-user account allows (docs/architecture.md §5, decision 0010): the
 * users named by id (configured owners, the primary admin) in one cached request; with `paged`, active users by name
 * one page (100) at a time as someone asks for more, and an exact name or email typed looked up in Sell (its user
 * filters are strict; there is no partial user search). Never every user.
 */
export interface SellUserSet {
  /** Everyone known so far: `extra`, the users named by id, the pages loaded, the users looked up. */
  users: readonly SellUser[];
  /** The users named by id are still loading (a decision about them would be premature). */
  loading: boolean;
  /** Loading them (or the first page) failed; `retry` tries again. */
  failed: boolean;
  retry: () => void;
  /** More active users exist beyond those loaded. */
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  /** Looks up users with exactly this name or email (at least 3 characters). */
  lookUp: (text: string) => void;
}

export interface SellUserSetOptions {
  ids: readonly number[];
  paged: boolean;
  enabled?: boolean;
  /** Users already known (the viewer), put first. */
  extra?: readonly SellUser[];
}

export function useSellUserSet({ ids, paged, enabled = true, extra }: SellUserSetOptions): SellUserSet {
  const { sell } = useServices();
  const sortedIds = useMemo(() => [...new Set(ids)].sort((a, b) => a - b), [ids]);
  const named = useQuery({
    queryKey: ['sell-users', 'ids', sortedIds],
    queryFn: ({ signal }) => sell.getUsers(sortedIds, { signal }),
    enabled: enabled && sortedIds.length > 0,
    // Adding an owner from a loaded page changes the ids; keep showing the known ones while the new set resolves.
    placeholderData: (previous) => previous,
    retry: false,
  });
  const pages = useInfiniteQuery({
    queryKey: ['sell-users', 'pages'],
    queryFn: ({ pageParam, signal }) => sell.listActiveUsersPage(pageParam, { signal }),
    initialPageParam: 1,
    getNextPageParam: (last, all) => (last.hasMore ? all.length + 1 : undefined),
    enabled: enabled && paged,
    retry: false,
  });
  const [lookups, setLookups] = useState<readonly string[]>([]);
  const found = useQuery({
    queryKey: ['sell-users', 'lookups', lookups],
    queryFn: async ({ signal }) => {
      const results = await Promise.all(
        lookups.map((text) =>
          text.includes('@') ? sell.findUserByEmail(text, { signal }).then((user) => (user ? [user] : [])) : sell.findUsersByName(text, { signal }),
        ),
      );
      return results.flat();
    },
    enabled: enabled && paged && lookups.length > 0,
    placeholderData: (previous) => previous,
    retry: false,
  });

  const users = useMemo(() => {
    const byId = new Map<number, SellUser>();
    const add = (list: readonly SellUser[] | undefined) => list?.forEach((user) => byId.set(user.id, user));
    add(extra);
    add(named.data);
    pages.data?.pages.forEach((page) => add(page.users));
    add(found.data);
    return [...byId.values()];
  }, [extra, named.data, pages.data, found.data]);

  const { fetchNextPage, hasNextPage, isFetchingNextPage } = pages;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const lookUp = useCallback((text: string) => {
    const wanted = text.trim();
    if (wanted.length < 3) return;
    // The last few lookups are kept, so a name found stays listed while the next one is typed.
    setLookups((current) => (current.includes(wanted) ? current : [...current.slice(-4), wanted]));
  }, []);
  const refetchNamed = named.refetch;
  const refetchPages = pages.refetch;
  const namedFailed = named.isError;
  const retry = useCallback(() => {
    if (namedFailed) void refetchNamed();
    void refetchPages();
  }, [namedFailed, refetchNamed, refetchPages]);
  return {
    users,
    loading: enabled && ((sortedIds.length > 0 && named.isPending) || (paged && pages.isPending && !pages.isError)),
    failed: named.isError || (paged && pages.isError),
    retry,
    hasMore: paged && hasNextPage,
    loadingMore: paged && (isFetchingNextPage || found.isFetching),
    loadMore,
    lookUp,
  };
}

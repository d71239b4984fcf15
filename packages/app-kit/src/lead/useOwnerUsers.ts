import { useCallback, useMemo, useState } from 'react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { SellUser, Settings } from '@sell-bridge/core';
import { useServices } from '../services';

/**
 * The Sell users a lead's owner may be chosen from, loaded the way a 10,000-user account allows (docs/architecture.md
 * §5, decision 0010): the configured owners and the primary admin by id (one cached request); with "any owner", active
 * users by name one page (100) at a time as the agent asks for more, and an exact name or email the agent types looked
 * up in Sell (its user filters are strict; there is no partial user search).
 */
export interface OwnerUsers {
  /** The viewer, the configured owners, the primary admin, and every user loaded or found so far. */
  users: readonly SellUser[];
  /** The configured owners are still loading (the owner decision would be premature). */
  loading: boolean;
  /** Loading the configured owners failed; `retry` tries again. */
  failed: boolean;
  retry: () => void;
  /** "Any owner" only: more active users exist beyond those loaded. */
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  /** "Any owner" only: look up users with exactly this name or email. */
  lookUp: (text: string) => void;
}

/** `alsoId`: an owner picked earlier (a restored draft), fetched so the pick survives a reload. */
export function useOwnerUsers(settings: Settings, viewer: SellUser | null, alsoId: number | null = null): OwnerUsers {
  const { sell } = useServices();
  const ids = useMemo(() => {
    const wanted = settings.leadOwners.map((ref) => ref.id);
    if (settings.primaryAdminId !== null) wanted.push(settings.primaryAdminId);
    if (alsoId !== null) wanted.push(alsoId);
    return [...new Set(wanted)].sort((a, b) => a - b);
  }, [settings.leadOwners, settings.primaryAdminId, alsoId]);

  const configured = useQuery({
    queryKey: ['owner-users', ids],
    queryFn: ({ signal }) => sell.getUsers(ids, { signal }),
    enabled: ids.length > 0,
    retry: false,
  });
  const any = settings.allowAnyOwner;
  const pages = useInfiniteQuery({
    queryKey: ['owner-pages'],
    queryFn: ({ pageParam, signal }) => sell.listActiveUsersPage(pageParam, { signal }),
    initialPageParam: 1,
    getNextPageParam: (last, all) => (last.hasMore ? all.length + 1 : undefined),
    enabled: any,
    retry: false,
  });
  const [lookups, setLookups] = useState<readonly string[]>([]);
  const found = useQuery({
    queryKey: ['owner-lookups', lookups],
    queryFn: async ({ signal }) => {
      const results = await Promise.all(
        lookups.map((text) =>
          text.includes('@')
            ? sell.findUserByEmail(text, { signal }).then((user) => (user ? [user] : []))
            : sell.findUsersByName(text, { signal }),
        ),
      );
      return results.flat();
    },
    enabled: any && lookups.length > 0,
    placeholderData: (previous) => previous,
    retry: false,
  });

  const users = useMemo(() => {
    const byId = new Map<number, SellUser>();
    const add = (list: readonly SellUser[] | undefined) => list?.forEach((user) => byId.set(user.id, user));
    if (viewer) byId.set(viewer.id, viewer);
    add(configured.data);
    pages.data?.pages.forEach((page) => add(page.users));
    add(found.data);
    return [...byId.values()];
  }, [viewer, configured.data, pages.data, found.data]);

  const { fetchNextPage, hasNextPage, isFetchingNextPage } = pages;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const lookUp = useCallback((text: string) => {
    const wanted = text.trim();
    if (wanted.length < 3) return;
    setLookups((current) => (current.includes(wanted) ? current : [...current.slice(-4), wanted]));
  }, []);
  const { refetch } = configured;
  return {
    users,
    loading: ids.length > 0 && configured.isPending,
    failed: configured.isError,
    retry: useCallback(() => void refetch(), [refetch]),
    hasMore: any && hasNextPage,
    loadingMore: any && (isFetchingNextPage || pages.isPending || found.isFetching),
    loadMore,
    lookUp,
  };
}

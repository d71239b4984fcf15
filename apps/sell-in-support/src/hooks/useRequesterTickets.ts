import { useMemo } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useServices } from '@sell-bridge/app-kit';
import { loadFirstWave, loadNextWave, nextCursors, toTicketView, type TicketCursors, type TicketView } from './ticketPages';

/** The tickets of some requesters' emails, newest first, a wave of pages at a time ("load more"). */
export type RequesterTickets =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void; retrying: boolean }
  | ({
      status: 'ready';
      hasMore: boolean;
      loadMore: () => void;
      loadingMore: boolean;
      /** A failed "load more": the list stays, with this error and a retry. */
      moreError: unknown;
    } & TicketView);

/** Reads the tickets requested by the Support users with these emails; a new set of emails starts over. */
export function useRequesterTickets(emails: readonly string[] | null): RequesterTickets {
  const { support } = useServices();
  const key = emails?.join('\n') ?? null;
  const query = useInfiniteQuery({
    queryKey: ['support-tickets', key],
    enabled: emails !== null && emails.length > 0,
    initialPageParam: null as TicketCursors | null,
    queryFn: ({ pageParam, signal }) => (pageParam ? loadNextWave(support, pageParam, signal) : loadFirstWave(support, emails ?? [], signal)),
    getNextPageParam: (_last, pages) => nextCursors(pages),
  });
  const view = useMemo(() => (query.data ? toTicketView(query.data.pages) : null), [query.data]);

  if (emails === null || emails.length === 0) return { status: 'idle' };
  if (query.isPending) return { status: 'loading' };
  if (!view) return { status: 'error', error: query.error, retry: () => void query.refetch(), retrying: query.isFetching };
  return {
    status: 'ready',
    ...view,
    hasMore: query.hasNextPage,
    loadMore: () => void query.fetchNextPage(),
    loadingMore: query.isFetchingNextPage,
    moreError: query.isFetchNextPageError ? query.error : null,
  };
}

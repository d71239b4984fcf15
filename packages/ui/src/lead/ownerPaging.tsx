import { useEffect } from 'react';
import { Option } from '@zendeskgarden/react-dropdowns';

/** Owners that arrive a page at a time (a large account): more on request, an exact name or email looked up. */
export interface OwnerPaging {
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onLookUp: (text: string) => void;
}

/** The value of the "load more" option; choosing it loads the next page instead of selecting anything. */
export const LOAD_MORE = '__load_more__';

/** A typed name or email that finds nothing among the loaded owners is looked up in Sell after this pause. */
const LOOKUP_DELAY_MS = 400;

/**
 * Looks `typed` up in Sell once the person pauses, when nothing loaded matches it and more owners exist (Sell's
 * user filters are exact, so only a full name or email can be found this way).
 */
export function useLookupWhenNothingMatches(typed: string | null, matches: number, paging: OwnerPaging | undefined): void {
  const lookUp = paging?.onLookUp;
  const canLookUp = paging?.hasMore === true;
  useEffect(() => {
    const text = typed?.trim() ?? '';
    if (!lookUp || !canLookUp || text.length < 3 || matches > 0) return undefined;
    const timer = setTimeout(() => lookUp(text), LOOKUP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, matches, lookUp, canLookUp]);
}

/** The options that end a paged list: "loading more…" while a page or lookup runs, else "load more" when there is more. */
export function pagingOptions(paging: OwnerPaging | undefined, labels: { loading: string; loadMore: string }) {
  if (!paging) return null;
  if (paging.loadingMore) return <Option key="__loading__" value="__loading__" label={labels.loading} isDisabled />;
  return paging.hasMore ? <Option key={LOAD_MORE} value={LOAD_MORE} label={labels.loadMore} /> : null;
}

import { useCallback, useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { matchRecords, type Reason, type SellLead, type Settings } from '@sell-bridge/core';
import { findSellMatch, type ConversationIdentity, type MatchedData, type MatchOutcome } from './match/findSellMatch';
import { OPERATION_DEADLINE_MS, withDeadline } from './match/withDeadline';
import { useServices } from './services';

export { findSellMatch, type ConversationIdentity, type MatchedData, type MatchOutcome } from './match/findSellMatch';
export type { SellReference } from './match/loadReference';
export type { RelatedRecords } from './match/loadRelated';

/** The sidebar's view of matching: loading, denied (with the reason), failed (with a retry), or the records. */
export type SellMatch =
  | { status: 'loading' }
  | { status: 'denied'; reason: Reason; agentEmail: string }
  | { status: 'error'; error: unknown; retry: () => void; retrying: boolean }
  | ({
      status: 'ready';
      retry: () => void;
      /**
       * Shows a lead created from the sidebar as the match, without another search (Sell may index it later), with
       * a "lead created" notice above its card.
       */
      showCreatedLead: (lead: SellLead, recovered?: boolean) => void;
    } & MatchedData);

/** Matches the conversation's identity against Sell, re-running when the identity changes (no stale results). */
export function useSellMatch(settings: Settings | null, agentEmail: string | null, identity: ConversationIdentity | null): SellMatch {
  const { sell } = useServices();
  const queryClient = useQueryClient();
  const enabled = settings !== null && agentEmail !== null && identity !== null;
  const dataAccess = settings?.dataAccess;
  const email = identity?.email ?? null;
  const phone = identity?.phone ?? null;
  const queryKey = useMemo(() => ['sell-match', dataAccess, agentEmail, email, phone] as const, [dataAccess, agentEmail, email, phone]);
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => withDeadline(signal, OPERATION_DEADLINE_MS, (inner) => findSellMatch(sell, settings!, agentEmail!, identity!, inner)),
    enabled,
  });
  const showCreatedLead = useCallback(
    (lead: SellLead, recovered = false) => {
      queryClient.setQueryData<MatchOutcome>(queryKey, (old) =>
        old?.status === 'ready'
          ? { ...old, result: matchRecords([lead], []), related: { deals: [], companies: [], dealsFailed: false }, created: { lead, recovered } }
          : old,
      );
      // A source the submit created is not in the sources the match loaded: read them again (the cache forgot them
      // when the source was created), so the card names it instead of showing its id.
      const known = queryClient.getQueryData<MatchOutcome>(queryKey);
      const sourceId = lead.source_id;
      if (known?.status === 'ready' && typeof sourceId === 'number' && !known.reference.leadSources.some((source) => source.id === sourceId)) {
        sell
          .listLeadSources()
          .then((leadSources) =>
            queryClient.setQueryData<MatchOutcome>(queryKey, (old) => (old?.status === 'ready' ? { ...old, reference: { ...old.reference, leadSources } } : old)),
          )
          .catch(() => undefined);
      }
    },
    [queryClient, queryKey, sell],
  );
  const retry = () => void query.refetch();
  if (!enabled || query.isPending) return { status: 'loading' };
  if (query.isError) return { status: 'error', error: query.error, retry, retrying: query.isFetching };
  const outcome = query.data;
  if (outcome.status === 'denied') return { status: 'denied', reason: outcome.reason, agentEmail: agentEmail };
  return { ...outcome, retry, showCreatedLead };
}

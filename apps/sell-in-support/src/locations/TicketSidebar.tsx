import { useMemo } from 'react';
import { SellSidebar, type ConversationIdentity } from '@sell-bridge/app-kit';
import { useClientGet } from '@sell-bridge/zaf';

interface Requester {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** Support ticket sidebar: the Sell records of the ticket's requester. */
export default function TicketSidebar() {
  const requester = useClientGet<Requester | null>('ticket.requester');
  const identity = useMemo<ConversationIdentity | null>(() => {
    if (requester.status !== 'success') return null;
    const r = requester.data ?? {};
    return { name: r.name ?? null, email: r.email ?? null, phone: r.phone ?? null };
  }, [requester.status, requester.data]);
  return <SellSidebar identity={identity} />;
}

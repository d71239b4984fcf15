import { useMemo } from 'react';
import { LeadCreation, SellSidebar, type ConversationIdentity } from '@sell-bridge/app-kit';
import { useClientGet, useMetadata, useZafContext } from '@sell-bridge/zaf';

interface Requester {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** Support ticket sidebar: the Sell records of the ticket's requester, or the lead form when nobody matches. */
export default function TicketSidebar() {
  const requester = useClientGet<Requester | null>('ticket.requester');
  const context = useZafContext();
  const { installationId } = useMetadata();
  const identity = useMemo<ConversationIdentity | null>(() => {
    if (requester.status !== 'success') return null;
    const r = requester.data ?? {};
    return { name: r.name ?? null, email: r.email ?? null, phone: r.phone ?? null };
  }, [requester.status, requester.data]);
  const support = context.product === 'support' ? context : null;
  const ticketId = support?.ticketId ?? null;
  // The created lead's description links back to the ticket (issue 5).
  const ticketUrl = support && ticketId !== null ? `https://${support.account.subdomain}.zendesk.com/agent/tickets/${String(ticketId)}` : undefined;
  return (
    <SellSidebar
      identity={identity}
      noMatch={({ identity: who, settings, match, agentId }) => (
        <LeadCreation
          identity={who}
          origin={{ kind: 'ticket', ticketId: ticketId ?? 'new', ...(ticketUrl ? { url: ticketUrl } : {}) }}
          settings={settings}
          viewer={match.viewer}
          phoneUnchecked={match.phoneUnsearchable}
          // A new ticket is not saved yet: no draft is kept, or the next new ticket would get this requester's.
          draftKey={ticketId === null ? null : `${String(installationId)}:ticket:${String(ticketId)}`}
          agentId={agentId}
          onCreated={match.showCreatedLead}
        />
      )}
    />
  );
}

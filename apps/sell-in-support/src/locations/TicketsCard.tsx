import { browserTimeZone, pickTimeZone } from '@sell-bridge/core';
import { ErrorState, useSettings } from '@sell-bridge/app-kit';
import { LoadingSkeleton, StateMessage, TicketList } from '@sell-bridge/ui';
import { useZafContext } from '@sell-bridge/zaf';
import { MAX_COMPANY_PEOPLE, useRecordEmails } from '../hooks/useRecordEmails';
import { useRequesterTickets } from '../hooks/useRequesterTickets';
import { explainTicketError } from '../hooks/explainTicketError';

/** A Sell card (lead, person, company, deal): the Support tickets requested from the record's email(s). */
export default function TicketsCard() {
  const context = useZafContext();
  const { settings } = useSettings();
  const enabled = settings.showTicketsInSell;
  const record = useRecordEmails();
  const emails = enabled && record.status === 'ready' ? record.emails : null;
  const tickets = useRequesterTickets(emails);
  // Sell reports the rep's zone on the user, else the account's (`UTC+hh:mm` or IANA).
  const timeZone = context.product === 'sell' ? pickTimeZone([context.currentUser.timezone, context.account.timezone], browserTimeZone()) : null;

  if (!enabled) return <StateMessage tone="info" titleKey="tickets.off.title" bodyKey="tickets.off.body" />;
  if (record.status === 'loading') return <LoadingSkeleton />;
  if (record.emails.length === 0) return <StateMessage tone="info" titleKey="tickets.no_email.title" bodyKey="tickets.no_email.body" />;
  if (tickets.status === 'idle' || tickets.status === 'loading') return <LoadingSkeleton waitingFor="Support" />;
  if (tickets.status === 'error') {
    return <ErrorState error={tickets.error} explain={explainTicketError} retry={tickets.retry} retrying={tickets.retrying} />;
  }

  const notes = [
    ...(record.company && !record.peopleFailed ? [{ key: 'tickets.scope.company' }] : []),
    ...(record.peopleFailed ? [{ key: 'tickets.people_failed' }] : []),
    ...(record.peopleCapped ? [{ key: 'tickets.scope.capped', values: { limit: MAX_COMPANY_PEOPLE } }] : []),
  ];
  if (tickets.tickets.length === 0) {
    const single = !record.company || record.emails.length === 1;
    return (
      <StateMessage
        tone="info"
        titleKey="tickets.none.title"
        bodyKey={single ? 'tickets.none.body' : 'tickets.none.company'}
        values={{ email: record.ownEmail ?? record.emails[0] ?? '' }}
      />
    );
  }
  const moreError = tickets.moreError;
  return (
    <>
      <TicketList
        tickets={tickets.tickets}
        users={tickets.users}
        total={tickets.total}
        timeZone={timeZone}
        notes={notes}
        loadingMore={tickets.loadingMore}
        {...(tickets.hasMore && !moreError ? { onLoadMore: tickets.loadMore } : {})}
      />
      {moreError ? (
        <ErrorState error={moreError} explain={explainTicketError} retry={tickets.loadMore} retrying={tickets.loadingMore} />
      ) : null}
    </>
  );
}

import { useId, useMemo } from 'react';
import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { toTicketSummaries, type TicketInput, type TicketPerson, type TicketSummary } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import { TicketStatusTag } from './TicketStatusTag';
import { StyledNote, StyledTicket, StyledTicketHeader, StyledTicketList, StyledTicketMeta, StyledTicketTitle } from './styled/StyledTicketParts';

export interface TicketListProps {
  /** Newest update first. */
  tickets: readonly TicketInput[];
  /** Sideloaded users: assignee names and the account's API URLs. */
  users: readonly TicketPerson[];
  /** All matching tickets, loaded or not; shown beside the title. */
  total: number;
  /** The Sell user's zone (`UTC+hh:mm` or IANA); null = UTC. */
  timeZone: string | null;
  /** Sentences above the list (translation keys with values), e.g. which emails were searched. */
  notes?: readonly { key: string; values?: Record<string, string | number> }[];
  /** Shown as a "load more" button when Support has more pages. */
  onLoadMore?: () => void;
  loadingMore?: boolean;
}

function Meta({ ticket }: { ticket: TicketSummary }) {
  const { t } = useI18n();
  const assignee =
    ticket.assignee.kind === 'agent'
      ? t('tickets.assignee', { name: ticket.assignee.name })
      : t(ticket.assignee.kind === 'unassigned' ? 'tickets.unassigned' : 'tickets.assignee_unknown');
  const parts = [`#${String(ticket.id)}`, ...(ticket.priority ? [t(`tickets.priority.${ticket.priority}`)] : []), assignee];
  return (
    <>
      <StyledTicketMeta dir="auto">{parts.join(' · ')}</StyledTicketMeta>
      {ticket.updated ? <StyledTicketMeta>{t('tickets.updated', { time: ticket.updated })}</StyledTicketMeta> : null}
    </>
  );
}

/** A customer's Support tickets, newest first: status tag, subject linking to Support, priority, assignee, last update. */
export function TicketList({ tickets, users, total, timeZone, notes = [], onLoadMore, loadingMore = false }: TicketListProps) {
  const { t, formatLocale } = useI18n();
  const titleId = useId();
  const summaries = useMemo(() => toTicketSummaries(tickets, { users, locale: formatLocale, timeZone }), [tickets, users, formatLocale, timeZone]);
  return (
    <section aria-labelledby={titleId}>
      <StyledTicketHeader id={titleId}>
        {t('tickets.title_count', { total })}
      </StyledTicketHeader>
      {notes.map((note) => (
        <StyledNote key={note.key}>{t(note.key, note.values)}</StyledNote>
      ))}
      <StyledTicketList aria-labelledby={titleId}>
        {summaries.map((ticket) => {
          const subject = ticket.subject || t('tickets.no_subject');
          return (
            <StyledTicket key={ticket.id} data-testid="support-ticket" data-id={ticket.id}>
              <StyledTicketTitle>
                <TicketStatusTag status={ticket.status} />
                <span dir="auto">
                  {ticket.href ? (
                    <Anchor href={ticket.href} isExternal target="_blank" rel="noopener noreferrer" externalIconLabel={t('record.opens_new_tab')}>
                      {subject}
                    </Anchor>
                  ) : (
                    subject
                  )}
                </span>
              </StyledTicketTitle>
              <Meta ticket={ticket} />
            </StyledTicket>
          );
        })}
      </StyledTicketList>
      {onLoadMore ? (
        <Button size="small" isBasic onClick={onLoadMore} disabled={loadingMore} aria-busy={loadingMore}>
          {t('tickets.load_more')}
        </Button>
      ) : null}
    </section>
  );
}

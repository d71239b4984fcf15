import { useQuery } from '@tanstack/react-query';
import { normalizeEmail, recordName, sellRecordUrl, type SellContact, type SellLead, type SellUser, type Settings } from '@sell-bridge/core';
import { explainError, useServices } from '@sell-bridge/app-kit';
import { isSellApiError } from '@sell-bridge/sell-api';
import { VisitorRecordPanel, type VisitorRecordLink, type VisitorRecordState } from '@sell-bridge/ui';
import { findVisitorRecords } from '../chat/findVisitorRecords';
import { sellSearchUrl } from '../chat/chatLinks';
import { useLeadFromChat } from '../hooks/useLeadFromChat';

interface VisitorRecordsProps {
  chatId: string;
  visitor: { name: string; email?: string | undefined };
  settings: Settings;
  rep: { id: number; email: string };
  openInChatUrl: string | null;
}

function links(leads: SellLead[], persons: SellContact[], companies: SellContact[]): VisitorRecordLink[] {
  return [
    ...persons.map((c) => ({ kind: 'person' as const, id: c.id, name: recordName(c), href: sellRecordUrl('person', c.id) })),
    ...companies.map((c) => ({ kind: 'company' as const, id: c.id, name: recordName(c), href: sellRecordUrl('company', c.id) })),
    ...leads.map((l) => ({ kind: 'lead' as const, id: l.id, name: recordName(l), href: sellRecordUrl('lead', l.id) })),
  ];
}

function NoMatch(props: { chatId: string; name: string; email: string; openInChatUrl: string | null; settings: Settings; viewer: SellUser | null }) {
  const lead = useLeadFromChat({ chatId: props.chatId, visitor: { name: props.name, email: props.email }, openInChatUrl: props.openInChatUrl, settings: props.settings, viewer: props.viewer });
  return <VisitorRecordPanel state={{ kind: 'none', email: props.email, lead }} />;
}

/**
 * The chat visitor's Sell record, matched by email as in the sidebars. A 401 from Sell means the optional Sell token
 * is missing or revoked: the panel explains it and offers a Sell search for the email instead.
 */
export function VisitorRecords({ chatId, visitor, settings, rep, openInChatUrl }: VisitorRecordsProps) {
  const { sell } = useServices();
  const email = normalizeEmail(visitor.email ?? null);
  const query = useQuery({
    queryKey: ['visitor-records', settings.dataAccess, rep.id, email],
    queryFn: ({ signal }) => findVisitorRecords(sell, settings, rep, email!, signal),
    enabled: email !== null,
    staleTime: 60_000,
  });

  let state: VisitorRecordState;
  if (email === null) state = { kind: 'no-email' };
  else if (query.isPending) state = { kind: 'loading' };
  else if (query.isError) {
    if (isSellApiError(query.error) && query.error.kind === 'unauthorized') state = { kind: 'no-token', email, searchUrl: sellSearchUrl(email) };
    else {
      const failed = explainError(query.error, 'sell');
      state = { kind: 'error', titleKey: failed.titleKey, bodyKey: failed.bodyKey, values: failed.values, ...(failed.canRetry ? { onRetry: () => void query.refetch() } : {}) };
    }
  } else if (query.data.kind === 'denied') state = { kind: 'denied' };
  else {
    const { leads, persons, companies, viewer } = query.data;
    const found = links(leads, persons, companies);
    if (found.length === 0) return <NoMatch chatId={chatId} name={visitor.name} email={email} openInChatUrl={openInChatUrl} settings={settings} viewer={viewer} />;
    state = { kind: 'found', records: found };
  }
  return <VisitorRecordPanel state={state} />;
}

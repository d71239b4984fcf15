import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { normalizeEmail } from '@sell-bridge/core';
import { useServices } from '@sell-bridge/app-kit';
import { useClientGet, useZafContext } from '@sell-bridge/zaf';

/** Where each Sell card keeps its record's email (docs/platform/zaf.md §Sell cards and top bar). */
const EMAIL_PATH: Readonly<Record<string, string>> = {
  lead_card: 'lead.email',
  person_card: 'contact.email',
  company_card: 'contact.email',
  deal_card: 'deal.contact.email',
};

/** A company's people searched at most: each costs a Support users search, and Support's limit is per account. */
export const MAX_COMPANY_PEOPLE = 20;

/** The emails whose tickets a card lists. */
export type RecordEmails =
  | { status: 'loading' }
  | {
      status: 'ready';
      /** Distinct, normalised; the record's own email first. Empty when the record has none. */
      emails: string[];
      /** The record's own email as Sell shows it. */
      ownEmail: string | null;
      company: boolean;
      /** Company cards: Sell did not list the people, only the company's own email is searched. */
      peopleFailed: boolean;
      /** Company cards: more people had emails than `MAX_COMPANY_PEOPLE`. */
      peopleCapped: boolean;
    };

/**
 * The record's email, re-read when Sell reports a change; on a company card also the emails of its people, read
 * from Sell (`GET /v2/contacts?contact_id=`). A failed people lookup keeps the company's own email.
 */
export function useRecordEmails(): RecordEmails {
  const { location } = useZafContext();
  const { sell } = useServices();
  const company = location === 'company_card';
  const emailPath = EMAIL_PATH[location] ?? 'lead.email';
  const own = useClientGet<string | null>(emailPath);
  // Hooks cannot be skipped: other cards re-read their email path instead of asking for a path they lack.
  const companyId = useClientGet<unknown>(company ? 'contact.id' : emailPath);
  const id = company && companyId.status === 'success' && typeof companyId.data === 'number' ? companyId.data : null;
  const people = useQuery({
    queryKey: ['company-people', id],
    enabled: id !== null,
    queryFn: ({ signal }) => sell.findPersonsOfCompany(id!, { signal }),
  });

  const ownEmail = own.status === 'success' && typeof own.data === 'string' && own.data.trim() !== '' ? own.data.trim() : null;
  const peopleEmails = useMemo(() => (people.data ?? []).flatMap((p) => (p.email ? [p.email] : [])), [people.data]);
  const waitingForPeople = company && (companyId.status === 'loading' || (id !== null && people.isPending));
  const emails = useMemo(() => {
    const all = [ownEmail, ...(company ? peopleEmails : [])].map((e) => normalizeEmail(e)).filter((e): e is string => e !== null);
    const distinct = [...new Set(all)];
    const limit = (ownEmail ? 1 : 0) + MAX_COMPANY_PEOPLE;
    return { list: distinct.slice(0, limit), capped: distinct.length > limit };
  }, [ownEmail, company, peopleEmails]);

  if (own.status === 'loading' || waitingForPeople) return { status: 'loading' };
  return {
    status: 'ready',
    emails: emails.list,
    ownEmail,
    company,
    peopleFailed: company && people.isError,
    peopleCapped: emails.capped,
  };
}

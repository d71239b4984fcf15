import { useClientGet, useZafContext } from '@sell-bridge/zaf';

/** Where each Sell card keeps the record's email (docs/platform/zaf.md §Sell cards and top bar). */
const EMAIL_PATH: Record<string, string> = {
  lead_card: 'lead.email',
  person_card: 'contact.email',
  company_card: 'contact.email',
  deal_card: 'deal.contact.email',
};

/** The email of the record the card shows, re-read when it changes; null when the record has none. */
export function useRecordEmail(): { status: 'loading' | 'ready'; email: string | null } {
  const { location } = useZafContext();
  const path = EMAIL_PATH[location] ?? 'lead.email';
  const result = useClientGet<string | null>(path);
  if (result.status === 'loading') return { status: 'loading', email: null };
  return { status: 'ready', email: result.status === 'success' && result.data ? result.data : null };
}

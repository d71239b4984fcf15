import { sellRecordUrl, type MatchedRecord } from '@sell-bridge/core';
import { LoadingSkeleton, RecordSummary, StateMessage, useI18n } from '@sell-bridge/ui';
import { useClientGet } from '@sell-bridge/zaf';
import { errorState } from '../errorState';
import { useSettings } from '../useSettings';
import { useSellMatch, type ConversationIdentity } from '../useSellMatch';

function displayName(match: MatchedRecord): string {
  const r = match.record;
  if (match.kind === 'lead') {
    const lead = match.record;
    return [lead.first_name, lead.last_name].filter(Boolean).join(' ') || lead.organization_name || `#${r.id}`;
  }
  const contact = match.record;
  return contact.name ?? ([contact.first_name, contact.last_name].filter(Boolean).join(' ') || `#${r.id}`);
}

/**
 * The Sell sidebar shared by Sell-in-Support and Sell-in-Chat: settings check, access gate, matching, and the
 * state the agent sees for each outcome.
 */
export function SellSidebar({ identity }: { identity: ConversationIdentity | null }) {
  const { t } = useI18n();
  const parsed = useSettings();
  const currentUser = useClientGet<{ email?: string; role?: string }>('currentUser');
  const agentEmail = currentUser.data?.email ?? null;
  const match = useSellMatch(parsed.ok ? parsed.settings : null, agentEmail, identity);

  if (!parsed.ok) {
    const isAdmin = currentUser.data?.role === 'admin';
    return (
      <StateMessage tone="warning" titleKey="state.not_configured.title" bodyKey={isAdmin ? 'state.not_configured.admin' : 'state.not_configured.agent'}>
        {isAdmin ? (
          <ul>
            {parsed.problems.map((p) => (
              <li key={`${p.key}-${p.param}`}>{t(p.key, { param: p.param, ...p.values })}</li>
            ))}
          </ul>
        ) : null}
      </StateMessage>
    );
  }
  if (match.status === 'loading') {
    return <LoadingSkeleton />;
  }
  if (match.status === 'denied') {
    return <StateMessage tone="info" titleKey="state.no_access.title" bodyKey="state.no_access.body" values={{ email: match.agentEmail }} />;
  }
  if (match.status === 'error') {
    const state = errorState(match.error);
    return (
      <StateMessage
        tone={state.tone}
        titleKey={state.titleKey}
        bodyKey={state.bodyKey}
        values={state.values}
        {...(state.canRetry ? { onRetry: match.refetch, retrying: match.fetching } : {})}
      />
    );
  }
  const { primary, others, moreCount } = match.result;
  if (!primary) {
    const email = identity?.email ?? '';
    if (email) return <StateMessage tone="info" titleKey="match.none.title" bodyKey="match.none.body" values={{ email }} />;
    // Matched by phone only: neither "nobody has the email" nor "no email or phone" would be true.
    if (identity?.phone) return <StateMessage tone="info" titleKey="match.none.title" />;
    return <StateMessage tone="info" titleKey="match.none.title" bodyKey="match.none.no_identity" />;
  }
  return (
    <section aria-label={t('match.found')}>
      {[primary, ...others].map((m) => (
        <RecordSummary key={`${m.kind}-${m.record.id}`} kind={m.kind} name={displayName(m)} href={sellRecordUrl(m.kind, m.record.id)} />
      ))}
      {moreCount > 0 ? <p>+{moreCount}</p> : null}
    </section>
  );
}

import { useId, useMemo, type ReactNode, type CSSProperties } from 'react';
import { adminAccess, browserTimeZone, pickTimeZone, recordName, type Problem, type Settings } from '@sell-bridge/core';
import { LeadCreatedNotice, LoadingSkeleton, MatchList, StateMessage, useI18n } from '@sell-bridge/ui';
import { useClientGet } from '@sell-bridge/zaf';
import { layoutIssues, toMatchList, type CardFormat } from '../cards/toMatchList';
import { ErrorState } from '../states/ErrorState';
import { useSettings } from '../useSettings';
import { useSellMatch, type ConversationIdentity, type SellMatch } from '../useSellMatch';
import { AdminHints } from './AdminHints';
import { AdminSettingsButton } from '../admin/AdminSettingsButton';
import type { HostAgent } from './hostUser';
import { NotConfigured } from './NotConfigured';

/** What app-specific parts of the sidebar get: the settings (null when not configured), matching, formatting. */
export interface SidebarContext {
  settings: Settings | null;
  match: SellMatch;
  format: CardFormat;
}

/** What the no-match content gets: who the conversation is with, the settings, and the (empty) match. */
export interface NoMatchContext {
  identity: ConversationIdentity;
  settings: Settings;
  match: Extract<SellMatch, { status: 'ready' }>;
  format: CardFormat;
  /** The signed-in agent's Zendesk id (keys what the agent keeps in the browser); null when the host gave none. */
  agentId: number | null;
}

export interface SellSidebarProps {
  identity: ConversationIdentity | null;
  /** Shown under the "no match" message (the lead form); `match.showCreatedLead` turns a new lead into its card. */
  noMatch?: (context: NoMatchContext) => ReactNode;
  /** Rendered under the sidebar's state, in every state (Sell-in-Chat's transcript status). */
  footer?: (context: SidebarContext) => ReactNode;
}

/** Read by screen readers, not shown: the sidebar's frame already says which app this is. */
const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

function NoMatchMessage({ identity, phoneUnsearchable }: { identity: ConversationIdentity | null; phoneUnsearchable: boolean }) {
  const email = identity?.email ?? '';
  // Nothing found, but the phone number could not be searched: say so, so nobody creates a duplicate in good faith.
  if (phoneUnsearchable && identity?.phone) {
    return <StateMessage tone="warning" titleKey="match.phone_unsearchable.title" bodyKey="match.phone_unsearchable.body" values={{ phone: identity.phone }} />;
  }
  if (email) return <StateMessage tone="info" titleKey="match.none.title" bodyKey="match.none.body" values={{ email }} />;
  // Matched by phone only: neither "nobody has the email" nor "no email or phone" would be true.
  if (identity?.phone) return <StateMessage tone="info" titleKey="match.none.title" />;
  return <StateMessage tone="info" titleKey="match.none.title" bodyKey="match.none.no_identity" />;
}

interface BodyProps extends SellSidebarProps {
  settings: Settings;
  warnings: readonly Problem[];
  match: SellMatch;
  format: CardFormat;
  isAdmin: boolean;
  agentId: number | null;
}

function SidebarBody({ identity, settings, warnings, match, format, isAdmin, agentId, noMatch }: BodyProps) {
  const { t } = useI18n();
  const ready = match.status === 'ready' ? match : null;
  // The match object is rebuilt on every render; its parts come from the query cache and stay stable.
  const { result, related, reference, users, viewer } = ready ?? {};
  const cards = useMemo(
    () => (result && related && reference && users ? toMatchList({ result, related, reference, users, viewer: viewer ?? null }, settings.fieldLayout, format) : null),
    [result, related, reference, users, viewer, settings.fieldLayout, format],
  );
  const issues = useMemo(() => (reference && isAdmin ? layoutIssues(settings.fieldLayout, reference) : []), [reference, isAdmin, settings.fieldLayout]);

  if (match.status === 'loading') return <LoadingSkeleton waitingFor="Sell" />;
  if (match.status === 'denied') {
    return (
      <StateMessage tone="info" titleKey="state.no_access.title" bodyKey="state.no_access.body" values={{ email: match.agentEmail }}>
        <p style={{ margin: '4px 0 0' }}>{t(match.reason.key, match.reason.values)}</p>
      </StateMessage>
    );
  }
  if (match.status === 'error') {
    return <ErrorState error={match.error} retry={match.retry} retrying={match.retrying} />;
  }
  const hints = isAdmin ? <AdminHints warnings={warnings} layout={issues} /> : null;
  if (!cards) {
    return (
      <>
        <NoMatchMessage identity={identity} phoneUnsearchable={ready?.phoneUnsearchable === true} />
        {noMatch && ready && identity ? noMatch({ identity, settings, match: ready, format, agentId }) : null}
        {hints}
      </>
    );
  }
  const created = ready?.created;
  return (
    <>
      {created ? <LeadCreatedNotice id={created.lead.id} name={recordName(created.lead)} recovered={created.recovered} /> : null}
      <MatchList matches={cards} />
      {hints}
    </>
  );
}

/**
 * The Sell sidebar shared by Sell-in-Support and Sell-in-Chat: settings check, access gate, matching, and the
 * state the agent sees for each outcome: loading, not configured, no access, an error with its retry, no match, or
 * the matched records as cards.
 */
export function SellSidebar({ identity, noMatch, footer }: SellSidebarProps) {
  const parsed = useSettings();
  const currentUser = useClientGet<HostAgent>('currentUser');
  const agentEmail = currentUser.data?.email ?? null;
  // Admin hints (layout problems, settings to fix) follow the admin view's rule; the sidebars live in Support and Chat.
  const isAdmin = adminAccess('support', currentUser.data).allowed;
  const settings = parsed.ok ? parsed.settings : null;
  const match = useSellMatch(settings, agentEmail, identity);
  const { t, formatLocale } = useI18n();
  const titleId = useId();
  const hostZone = currentUser.data?.timeZone?.ianaName ?? null;
  const sellZone = match.status === 'ready' ? (match.viewer?.timezone ?? null) : null;
  const format = useMemo<CardFormat>(
    () => ({ locale: formatLocale, timeZone: pickTimeZone([hostZone, sellZone], browserTimeZone()), currency: null }),
    [formatLocale, hostZone, sellZone],
  );

  return (
    <main aria-labelledby={titleId} style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      {/* The iframe is its own page: screen-reader users get a landmark and a top heading that name the app. */}
      <h1 id={titleId} style={VISUALLY_HIDDEN}>
        {t('record.sidebar_title')}
      </h1>
      {parsed.ok ? (
        <SidebarBody identity={identity} settings={parsed.settings} warnings={parsed.warnings} match={match} format={format} isAdmin={isAdmin} agentId={typeof currentUser.data?.id === 'number' ? currentUser.data.id : null} {...(noMatch ? { noMatch } : {})} />
      ) : (
        <NotConfigured problems={[...parsed.problems, ...parsed.warnings]} isAdmin={isAdmin} />
      )}
      {footer?.({ settings, match, format })}
      {/* Admins configure the app from here (nothing renders for agents). */}
      <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <AdminSettingsButton />
      </div>
    </main>
  );
}

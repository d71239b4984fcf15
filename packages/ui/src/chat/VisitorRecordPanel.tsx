import { useId } from 'react';
import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { safeHref, type OwnerDecision } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import { OwnerPicker, type OwnerLoading } from '../lead/OwnerPicker';
import { LoadingSkeleton } from '../states/LoadingSkeleton';
import { StyledActions, StyledBox, StyledList, StyledSectionTitle, StyledSubtle } from './styled';

/** A matched Sell record, with its "open in Sell" link. */
export interface VisitorRecordLink {
  kind: 'lead' | 'person' | 'company';
  id: number;
  name: string;
  href: string;
}

/** The "create lead" offer when nobody in Sell has the visitor's email. */
export interface LeadOffer {
  step: 'offer' | 'confirm' | 'creating' | 'created' | 'failed';
  /** What the lead will hold, already translated where needed. */
  summary: { name: string; email: string; status: string; owner: string };
  /** Null when the lead can be created; else why not (translated), e.g. no owner can be found. */
  blocked: string | null;
  created?: { name: string; href: string };
  /** Translated failure, shown with a retry. */
  failure?: string;
  /** Several owners to choose from (or any owner): the picker the sidebars use, replacing the owner line. */
  ownerChoice?: { decision: OwnerDecision; value: number | null; onChange: (id: number) => void; error: string | null; loading?: OwnerLoading };
  onStart: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What the panel shows for the visitor's email. */
export type VisitorRecordState =
  | { kind: 'loading' }
  | { kind: 'no-email' }
  /** The app has no usable Sell token: explain, and offer a Sell search for the email. */
  | { kind: 'no-token'; email: string; searchUrl: string | null }
  | { kind: 'denied' }
  | { kind: 'error'; titleKey: string; bodyKey: string; values: Record<string, string>; onRetry?: () => void }
  | { kind: 'found'; records: readonly VisitorRecordLink[] }
  | { kind: 'none'; email: string; lead: LeadOffer | null };

function External({ href, children }: { href: string; children: string }) {
  const { t } = useI18n();
  const link = safeHref(href, 'url');
  if (!link) return <span dir="auto">{children}</span>;
  return (
    <Anchor href={link} isExternal target="_blank" rel="noopener noreferrer" externalIconLabel={t('record.opens_new_tab')} dir="auto">
      {children}
    </Anchor>
  );
}

function Offer({ offer }: { offer: LeadOffer }) {
  const { t } = useI18n();
  if (offer.step === 'created' && offer.created) {
    return (
      <StyledSubtle role="status">
        {t('topbar.sell.created')} <External href={offer.created.href}>{offer.created.name}</External>
      </StyledSubtle>
    );
  }
  if (offer.step === 'offer') {
    return (
      <StyledActions>
        <Button size="small" onClick={offer.onStart}>
          {t('topbar.sell.create')}
        </Button>
      </StyledActions>
    );
  }
  const rows: [string, string][] = [
    ['topbar.sell.field.name', offer.summary.name],
    ['topbar.sell.field.email', offer.summary.email],
    ['topbar.sell.field.status', offer.summary.status],
    ...(offer.ownerChoice ? [] : [['topbar.sell.field.owner', offer.summary.owner] as [string, string]]),
  ];
  return (
    <StyledBox aria-label={t('topbar.sell.create_title')} role="group">
      <strong>{t('topbar.sell.create_title')}</strong>
      <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 8px' }}>
        {rows.map(([key, value]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>
              <StyledSubtle>{t(key)}</StyledSubtle>
            </dt>
            <dd style={{ margin: 0 }} dir="auto">
              {value || '—'}
            </dd>
          </div>
        ))}
      </dl>
      {offer.ownerChoice ? (
        <OwnerPicker
          decision={offer.ownerChoice.decision}
          value={offer.ownerChoice.value}
          onChange={offer.ownerChoice.onChange}
          error={offer.ownerChoice.error}
          disabled={offer.step === 'creating'}
          {...(offer.ownerChoice.loading ? { loading: offer.ownerChoice.loading } : {})}
        />
      ) : null}
      {offer.blocked ? <StyledSubtle role="alert">{offer.blocked}</StyledSubtle> : null}
      {offer.failure ? <StyledSubtle role="alert">{offer.failure}</StyledSubtle> : null}
      <StyledActions>
        <Button size="small" isPrimary onClick={offer.onConfirm} disabled={offer.blocked !== null || offer.step === 'creating'}>
          {offer.step === 'creating' ? t('topbar.sell.creating') : t('topbar.sell.create_confirm')}
        </Button>
        <Button size="small" isBasic onClick={offer.onCancel} disabled={offer.step === 'creating'}>
          {t('topbar.sell.cancel')}
        </Button>
      </StyledActions>
    </StyledBox>
  );
}

/** The chat visitor in Sell: the matching leads and contacts with links, or why none show, or a lead to create. */
export function VisitorRecordPanel({ state }: { state: VisitorRecordState }) {
  const { t } = useI18n();
  const titleId = useId();
  let body;
  switch (state.kind) {
    case 'loading':
      body = <LoadingSkeleton lines={1} waitingFor="Sell" />;
      break;
    case 'no-email':
      body = <StyledSubtle>{t('topbar.sell.no_email')}</StyledSubtle>;
      break;
    case 'no-token':
      body = (
        <>
          <StyledSubtle>{t('topbar.sell.no_token')}</StyledSubtle>
          {state.searchUrl ? <External href={state.searchUrl}>{t('topbar.sell.search', { email: state.email })}</External> : null}
        </>
      );
      break;
    case 'denied':
      body = <StyledSubtle>{t('topbar.sell.denied')}</StyledSubtle>;
      break;
    case 'error':
      body = (
        <>
          <StyledSubtle role="alert">
            {t(state.titleKey, state.values)}. {t(state.bodyKey, state.values)}
          </StyledSubtle>
          {state.onRetry ? (
            <StyledActions>
              <Button size="small" isBasic onClick={state.onRetry}>
                {t('state.retry')}
              </Button>
            </StyledActions>
          ) : null}
        </>
      );
      break;
    case 'found':
      body = (
        <StyledList>
          {state.records.map((record) => (
            <li key={`${record.kind}-${record.id}`} data-testid="topbar-sell-record" data-kind={record.kind}>
              <Tag size="small">{t(`record.kind.${record.kind}`)}</Tag> <External href={record.href}>{record.name}</External>
            </li>
          ))}
        </StyledList>
      );
      break;
    case 'none':
      body = (
        <>
          <StyledSubtle dir="auto">{t('topbar.sell.none', { email: state.email })}</StyledSubtle>
          {state.lead ? <Offer offer={state.lead} /> : null}
        </>
      );
      break;
  }
  return (
    <StyledBox as="section" aria-labelledby={titleId}>
      <StyledSectionTitle id={titleId}>{t('topbar.sell.title')}</StyledSectionTitle>
      {body}
    </StyledBox>
  );
}

import { useId } from 'react';
import { Anchor } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { safeHref } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import { DealList } from './DealList';
import { FieldList } from './FieldList';
import type { RecordCardModel } from './recordCardModel';
import { StyledBareCard, StyledCard, StyledCardHeader, StyledSubtle, StyledTitle } from './styled';

export interface RecordCardProps {
  card: RecordCardModel;
  /** Heading level of the record's name; its sections use the next level. Default 2. */
  level?: number;
  /**
   * Inside an accordion whose header already names the record: no frame, no name or kind repeated. The header
   * level is then the accordion's, and the card's sections go one below it.
   */
  bare?: boolean;
}

function OpenInSell({ href, label }: { href: string; label?: string }) {
  const { t } = useI18n();
  const link = safeHref(href, 'url');
  if (!link) return null;
  return (
    <Anchor href={link} isExternal target="_blank" rel="noopener noreferrer" externalIconLabel={t('record.opens_new_tab')}>
      {label ?? t('record.open_in_sell')}
    </Anchor>
  );
}

/**
 * One matched Sell record: kind, name and owner; a person's company; the fields of the widget layout; an "open in
 * Sell" link; and, for persons and companies, their deals.
 */
export function RecordCard({ card, level = 2, bare = false }: RecordCardProps) {
  const { t } = useI18n();
  const titleId = useId();
  const Frame = bare ? StyledBareCard : StyledCard;
  const Heading = `h${Math.min(6, level)}` as 'h2';
  const company = card.company ? { ...card.company, href: safeHref(card.company.href, 'url') } : null;
  return (
    <Frame data-testid="sell-record" data-kind={card.kind} data-id={card.id} {...(bare ? { 'aria-label': card.name } : { 'aria-labelledby': titleId })}>
      <StyledCardHeader>
        {bare ? null : (
          <>
            <div>
              <Tag size="small">
                {t(`record.kind.${card.kind}`)}
              </Tag>
            </div>
            <StyledTitle as={Heading} id={titleId} dir="auto">
              {card.name}
            </StyledTitle>
          </>
        )}
        <StyledSubtle>
          {card.ownerName === null ? t('record.no_owner') : <span dir="auto">{t('record.owner', { name: card.ownerName })}</span>}
        </StyledSubtle>
        {company ? (
          <StyledSubtle>
            {t('record.works_at')}{' '}
            {company.href ? (
              <Anchor href={company.href} isExternal target="_blank" rel="noopener noreferrer" externalIconLabel={t('record.opens_new_tab')} dir="auto">
                {company.name}
              </Anchor>
            ) : (
              <span dir="auto">{company.name}</span>
            )}
          </StyledSubtle>
        ) : null}
      </StyledCardHeader>
      <FieldList rows={card.rows} aria-label={t('record.fields', { name: card.name })} />
      <OpenInSell href={card.href} />
      {card.deals ? <DealList deals={card.deals} failed={card.dealsFailed ?? false} level={level + 1} /> : null}
    </Frame>
  );
}

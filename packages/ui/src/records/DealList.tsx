import { useId, useState } from 'react';
import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { safeHref } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import { FieldList } from './FieldList';
import type { DealItemModel } from './recordCardModel';
import { StyledDeal, StyledDealList, StyledDealName, StyledSectionTitle, StyledSubtle } from './styled';

/** Deals shown before "show all": enough for the usual contact, short enough for a sidebar. */
const FIRST_DEALS = 5;

export interface DealListProps {
  deals: readonly DealItemModel[];
  failed?: boolean;
  /** Heading level of the "Deals" title (the card's own level + 1). */
  level: number;
}

/** A contact's deals as compact items: name linking to Sell, then the deal widget's fields. */
export function DealList({ deals, failed = false, level }: DealListProps) {
  const { t } = useI18n();
  const titleId = useId();
  const [all, setAll] = useState(false);
  const shown = all ? deals : deals.slice(0, FIRST_DEALS);
  const Heading = `h${Math.min(6, level)}` as 'h3';
  return (
    <section aria-labelledby={titleId}>
      <StyledSectionTitle as={Heading} id={titleId}>
        {t('record.deals.title')}
        {deals.length > 0 ? ` (${String(deals.length)})` : ''}
      </StyledSectionTitle>
      {failed ? <StyledSubtle role="status">{t('record.deals.failed')}</StyledSubtle> : null}
      {!failed && deals.length === 0 ? <StyledSubtle>{t('record.deals.none')}</StyledSubtle> : null}
      <StyledDealList>
        {shown.map((deal) => {
          const href = safeHref(deal.href, 'url');
          return (
            <StyledDeal key={deal.id} data-testid="sell-deal" data-id={deal.id}>
              <StyledDealName dir="auto">
                {href ? (
                  <Anchor href={href} isExternal target="_blank" rel="noopener noreferrer" externalIconLabel={t('record.opens_new_tab')}>
                    {deal.name}
                  </Anchor>
                ) : (
                  deal.name
                )}
              </StyledDealName>
              <FieldList rows={deal.rows} compact aria-label={deal.name} />
            </StyledDeal>
          );
        })}
      </StyledDealList>
      {deals.length > FIRST_DEALS ? (
        <Button isLink size="small" aria-expanded={all} onClick={() => setAll((value) => !value)}>
          {all ? t('record.show_less') : t('record.deals.show_all', { count: deals.length })}
        </Button>
      ) : null}
    </section>
  );
}

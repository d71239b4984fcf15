import { useId } from 'react';
import { Accordion } from '@zendeskgarden/react-accordions';
import { useI18n } from '../i18n/I18nProvider';
import { RecordCard } from './RecordCard';
import type { MatchListModel } from './recordCardModel';
import { StyledKind, StyledSectionTitle, StyledStack, StyledSubtle } from './styled';

export interface MatchListProps {
  matches: MatchListModel;
}

/**
 * The records matched for a conversation: the best one as an open card, the others in a collapsed list (kind and
 * name; a section opens the full card), and how many more matched than the sidebar shows.
 */
export function MatchList({ matches }: MatchListProps) {
  const { t } = useI18n();
  const othersId = useId();
  const { primary, others, moreCount } = matches;
  return (
    <StyledStack as="section" aria-label={t('match.found')}>
      <RecordCard card={primary} level={2} />
      {others.length > 0 ? (
        <section aria-labelledby={othersId}>
          <StyledSectionTitle as="h2" id={othersId}>
            {t('record.others.title')}
          </StyledSectionTitle>
          <Accordion level={3} isCompact isCollapsible isExpandable defaultExpandedSections={[]}>
            {others.map((card) => (
              <Accordion.Section key={`${card.kind}-${String(card.id)}`}>
                <Accordion.Header>
                  <Accordion.Label>
                    <StyledKind>{t(`record.kind.${card.kind}`)}</StyledKind> <span dir="auto">{card.name}</span>
                  </Accordion.Label>
                </Accordion.Header>
                <Accordion.Panel>
                  <RecordCard card={card} level={3} bare />
                </Accordion.Panel>
              </Accordion.Section>
            ))}
          </Accordion>
        </section>
      ) : null}
      {moreCount > 0 ? <StyledSubtle>{t('record.more', { count: moreCount })}</StyledSubtle> : null}
    </StyledStack>
  );
}

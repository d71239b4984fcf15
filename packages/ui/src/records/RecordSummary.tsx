import { Anchor } from '@zendeskgarden/react-buttons';
import { safeHref } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';

export interface RecordSummaryProps {
  kind: 'lead' | 'person' | 'company' | 'deal';
  name: string;
  /** The record's page in Sell; dropped unless it is an http(s) link. */
  href: string;
}

/** A matched record's kind, name and "open in Sell" link. */
export function RecordSummary({ kind, name, href }: RecordSummaryProps) {
  const { t } = useI18n();
  const link = safeHref(href, 'url');
  return (
    <article style={{ marginBottom: 8 }} data-testid="sell-record" data-kind={kind}>
      <div style={{ fontSize: 12, opacity: 0.75 }}>{t(`record.kind.${kind}`)}</div>
      <div dir="auto" style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
        {name}
      </div>
      {link ? (
        <Anchor href={link} isExternal target="_blank" rel="noopener noreferrer" externalIconLabel={t('record.opens_new_tab')}>
          {t('record.open_in_sell')}
        </Anchor>
      ) : null}
    </article>
  );
}

import { useId, useMemo } from 'react';
import { Tag } from '@zendeskgarden/react-tags';
import { SAMPLE_LOOKUPS, sampleRecord, toFieldRows, type FieldDef, type SellRecord, type WidgetKind } from '@sell-bridge/core';
import { useI18n } from '../../i18n/I18nProvider';
import { DealList } from '../../records/DealList';
import { RecordCard } from '../../records/RecordCard';
import type { RecordCardModel } from '../../records/recordCardModel';
import { StyledPanelTitle, StyledPreview, StyledSubtle } from '../styled';

/** The sidebars' width: the preview is laid out as narrow as agents see the card. */
const SIDEBAR_WIDTH_PX = 340;

export interface LayoutPreviewProps {
  widget: WidgetKind;
  catalog: readonly FieldDef[];
  fields: readonly string[];
  /** IANA zone for the sample's timestamps. */
  timeZone: string;
}

function sampleName(record: SellRecord): string {
  if ('first_name' in record && 'last_name' in record && !('is_organization' in record)) {
    return [record.first_name, record.last_name].filter(Boolean).join(' ');
  }
  return 'name' in record && typeof record.name === 'string' ? record.name : '';
}

/**
 * The card as agents will see it — the sidebars' own card component at the sidebar's width, the owner in its header —
 * filled with core's made-up sample record and labelled "Sample data" so nobody takes it for a customer. Empty values
 * are kept, so every chosen field appears. A deal is shown as the deal list under a contact shows it.
 */
export function LayoutPreview({ widget, catalog, fields, timeZone }: LayoutPreviewProps) {
  const { t, formatLocale } = useI18n();
  const captionId = useId();
  const record = useMemo(() => sampleRecord(widget, catalog), [widget, catalog]);
  const rows = useMemo(
    () =>
      toFieldRows(record, fields, catalog, {
        locale: formatLocale,
        timeZone,
        users: SAMPLE_LOOKUPS.users,
        sources: SAMPLE_LOOKUPS.sources,
        stages: SAMPLE_LOOKUPS.stages,
        contacts: SAMPLE_LOOKUPS.contacts,
        keepEmpty: true,
      }),
    [record, fields, catalog, formatLocale, timeZone],
  );
  const name = sampleName(record) || t('admin.layout.sample_name', { widget: t(`record.kind.${widget}`) });
  // As on the real card: the owner is in the header, not a row. No link: the sample is not in Sell.
  const shown = rows.filter((row) => row.key !== 'owner');
  const card: RecordCardModel | null =
    widget === 'deal' ? null : { kind: widget, id: record.id, name, ownerName: SAMPLE_LOOKUPS.users[0].name, href: '', rows: shown };
  return (
    <StyledPreview aria-labelledby={captionId} data-testid="layout-preview">
      <figcaption>
        <StyledPanelTitle id={captionId} as="span">
          {t('admin.layout.preview')}
        </StyledPanelTitle>{' '}
        <Tag size="small" hue="kale">
          {t('admin.layout.sample')}
        </Tag>
        <StyledSubtle>{t('admin.layout.sample_hint')}</StyledSubtle>
      </figcaption>
      <div style={{ maxWidth: SIDEBAR_WIDTH_PX, marginTop: 8 }} data-testid="layout-preview-card">
        {card ? <RecordCard card={card} level={3} /> : <DealList deals={[{ id: record.id, name, href: '', rows: shown }]} level={3} />}
      </div>
    </StyledPreview>
  );
}

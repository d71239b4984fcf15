import { useId, useMemo } from 'react';
import { Tag } from '@zendeskgarden/react-tags';
import { SAMPLE_LOOKUPS, sampleRecord, toFieldRows, type FieldDef, type SellRecord, type WidgetKind } from '@sell-bridge/core';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldList } from '../../records/FieldList';
import { StyledPanelTitle, StyledPreview, StyledSubtle } from '../styled';

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
 * The card as agents will see it, filled with core's made-up sample record and labelled "Sample data" so nobody takes
 * it for a customer. Empty values are kept, so every chosen field appears.
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
      <p style={{ margin: '8px 0 4px', fontWeight: 600 }} dir="auto">
        {sampleName(record) || t('admin.layout.sample_name', { widget: t(`record.kind.${widget}`) })}
      </p>
      <FieldList rows={rows} aria-label={t('admin.layout.sample_name', { widget: t(`record.kind.${widget}`) })} />
    </StyledPreview>
  );
}

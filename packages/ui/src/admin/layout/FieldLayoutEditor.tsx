import { useState } from 'react';
import { Tabs } from '@zendeskgarden/react-tabs';
import type { FieldDef, FieldLayout, WidgetKind } from '@sell-bridge/core';
import { useI18n } from '../../i18n/I18nProvider';
import { StyledSubtle } from '../styled';
import { sameFields } from './layoutModel';
import { WidgetLayoutEditor } from './WidgetLayoutEditor';

const WIDGETS: readonly WidgetKind[] = ['lead', 'person', 'company', 'deal'];

export interface FieldLayoutEditorProps {
  /** The layout being edited (published plus unpublished edits). */
  layout: FieldLayout;
  /** The published layout: its stamp is shown, and differences mark a widget as changed. */
  published: FieldLayout;
  /** Every field each widget may show (`fieldCatalog` with Sell's custom fields). */
  catalogs: Readonly<Record<WidgetKind, readonly FieldDef[]>>;
  onChange: (widget: WidgetKind, fields: string[]) => void;
  /** Custom fields could not be loaded: only standard fields are offered. */
  customFailed: boolean;
  timeZone: string;
  disabled?: boolean;
}

/** "Last modified <date> by <name>" of the published layout, in the viewer's locale and the cards' time zone. */
function LastModified({ layout, timeZone }: { layout: FieldLayout; timeZone: string }) {
  const { t, formatLocale } = useI18n();
  const at = layout.updated_at ? new Date(layout.updated_at) : null;
  if (!at || Number.isNaN(at.getTime())) return <StyledSubtle data-testid="layout-stamp">{t('admin.layout.never_published')}</StyledSubtle>;
  const date = new Intl.DateTimeFormat(formatLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
  return (
    <StyledSubtle data-testid="layout-stamp" dir="auto">
      {layout.updated_by ? t('admin.layout.last_modified', { date, name: layout.updated_by }) : t('admin.layout.last_modified_date', { date })}
    </StyledSubtle>
  );
}

/**
 * The field configuration: one editor per widget (lead, person, company, deal) in Garden tabs; a tab whose fields
 * differ from the published layout says so, visibly and to screen readers.
 */
export function FieldLayoutEditor({ layout, published, catalogs, onChange, customFailed, timeZone, disabled = false }: FieldLayoutEditorProps) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<WidgetKind>('lead');
  return (
    <div>
      <StyledSubtle style={{ marginBottom: 8 }}>{t('admin.layout.intro')}</StyledSubtle>
      {customFailed ? (
        <StyledSubtle role="alert" style={{ marginBottom: 8 }}>
          {t('admin.layout.custom_failed')}
        </StyledSubtle>
      ) : null}
      <Tabs selectedItem={selected} onChange={(item: WidgetKind) => setSelected(item)}>
        <Tabs.TabList aria-label={t('admin.layout.widgets')}>
          {WIDGETS.map((widget) => {
            const changed = !sameFields(layout[widget], published[widget]);
            const name = t(`record.kind.${widget}`);
            return (
              <Tabs.Tab key={widget} item={widget} data-changed={changed} {...(changed ? { 'aria-label': t('admin.layout.unpublished_tab', { widget: name }) } : {})}>
                {name}
                {changed ? <span aria-hidden="true"> •</span> : null}
              </Tabs.Tab>
            );
          })}
        </Tabs.TabList>
        {WIDGETS.map((widget) => (
          <Tabs.TabPanel key={widget} item={widget}>
            {widget === selected ? (
              <>
                <LastModified layout={published} timeZone={timeZone} />
                <WidgetLayoutEditor
                  widget={widget}
                  catalog={catalogs[widget]}
                  fields={layout[widget]}
                  onChange={(fields) => onChange(widget, fields)}
                  timeZone={timeZone}
                  disabled={disabled}
                />
              </>
            ) : null}
          </Tabs.TabPanel>
        ))}
      </Tabs>
    </div>
  );
}

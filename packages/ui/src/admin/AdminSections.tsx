import { useState } from 'react';
import { Tabs } from '@zendeskgarden/react-tabs';
import { useI18n } from '../i18n/I18nProvider';
import type { AdminSection } from './AdminFrame';

/** The admin view's sections as Garden tabs; a single section is shown without tabs. */
export function AdminSections({ sections }: { sections: readonly AdminSection[] }) {
  const { t } = useI18n();
  const [selected, setSelected] = useState(sections[0]?.id ?? '');
  const [only] = sections;
  if (sections.length === 1 && only) return <div>{only.content}</div>;
  return (
    <Tabs selectedItem={selected} onChange={(item: string) => setSelected(item)}>
      <Tabs.TabList aria-label={t('admin.tabs')}>
        {sections.map((section) => (
          <Tabs.Tab
            key={section.id}
            item={section.id}
            data-section={section.id}
            {...(section.dirty ? { 'aria-label': `${t(section.labelKey)} (${t('admin.unsaved')})` } : {})}
          >
            {t(section.labelKey)}
            {section.dirty ? <span aria-hidden="true"> •</span> : null}
          </Tabs.Tab>
        ))}
      </Tabs.TabList>
      {sections.map((section) => (
        // Every panel stays mounted: switching tabs must never lose an edit or a search.
        <Tabs.TabPanel key={section.id} item={section.id}>
          {section.content}
        </Tabs.TabPanel>
      ))}
    </Tabs>
  );
}

import { useMemo } from 'react';
import { browserTimeZone, pickTimeZone, type FieldLayout, type WidgetKind } from '@sell-bridge/core';
import {
  AdminFrame,
  AdminSections,
  FieldLayoutEditor,
  IntegrationSettingsForm,
  LoadingSkeleton,
  SaveBar,
  StateMessage,
  useI18n,
  type AdminApp,
  type AdminSection,
} from '@sell-bridge/ui';
import { useClientGet, useHostActions, useMetadata, useZafContext } from '@sell-bridge/zaf';
import { ErrorState } from '../states/ErrorState';
import { explainError } from '../states/explainError';
import { useAdminAccess } from './useAdminAccess';
import { useAdminReference } from './useAdminReference';
import { useInstallationEditor, type InstallationEditor } from './useInstallationEditor';
import { useSellUsers } from './useSellUsers';
import type { HostAgent } from '../sidebar/hostUser';
import type { AdminScope } from './settingsDiff';

/** Product names, for the title when the host gives none (Zendesk's `metadata().name` is the installed name). */
const APP_NAMES: Readonly<Record<AdminApp, string>> = {
  'sell-in-chat': 'Sell for Chat',
  'sell-in-support': 'Sell for Support',
  'chat-in-sell': 'Chat for Sell',
};

export interface AdminViewProps {
  /** Which app this is: decides the settings shown (docs/architecture.md §4). */
  app: AdminApp;
}

function saveBar(editor: InstallationEditor, scope: AdminScope) {
  const keys =
    scope === 'settings'
      ? { saveKey: 'admin.save', savedKey: 'admin.saved', discardKey: 'admin.discard' }
      : { saveKey: 'admin.layout.publish', savedKey: 'admin.layout.published', discardKey: 'admin.layout.discard' };
  return (
    <SaveBar
      status={editor.status[scope]}
      dirty={editor.dirty[scope]}
      {...keys}
      onSave={() => editor.save(scope)}
      onDiscard={() => editor.discard(scope)}
      onReload={() => editor.reload(scope)}
      onOverwrite={() => editor.overwrite(scope)}
    />
  );
}

function RestoredNotice({ editor }: { editor: InstallationEditor }) {
  const { formatLocale } = useI18n();
  const restored = editor.restored;
  if (!restored || !editor.dirty.layout) return null;
  const date = new Intl.DateTimeFormat(formatLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(restored.savedAt));
  return (
    <StateMessage
      tone={restored.outdated ? 'warning' : 'info'}
      titleKey={restored.outdated ? 'admin.layout.restored_outdated' : 'admin.layout.restored'}
      values={{ date }}
    />
  );
}

/** The admin view once the admin is known: loads the installation and Sell's lists, edits and saves them. */
function AdminEditor({ app, adminName }: { app: AdminApp; adminName: string }) {
  const { t } = useI18n();
  const editor = useInstallationEditor(app, adminName);
  const ready = editor.load.status === 'ready';
  // Every app edits the Sell lead settings; only the sidebars have record cards (a field layout).
  const hasLayout = app !== 'chat-in-sell';
  const leadOwners = editor.values?.leadOwners;
  const primaryAdminId = editor.values?.primaryAdminId ?? null;
  const chosenIds = useMemo(
    () => [...(leadOwners ?? []).map((ref) => ref.id), ...(primaryAdminId === null ? [] : [primaryAdminId])],
    [leadOwners, primaryAdminId],
  );
  const users = useSellUsers(ready, chosenIds);
  const reference = useAdminReference(ready, hasLayout);
  const metadata = useMetadata();
  const context = useZafContext();
  const host = useHostActions();
  // Times read in the zone the cards use: the host's for the agent, else the browser's.
  const currentUser = useClientGet<HostAgent>('currentUser');
  const hostZone = currentUser.data?.timeZone?.ianaName ?? null;
  const timeZone = useMemo(() => pickTimeZone([hostZone], browserTimeZone()), [hostZone]);

  const { load, values } = editor;
  if (load.status === 'loading') return <LoadingSkeleton />;
  if (load.status === 'refused') {
    return <StateMessage tone="warning" titleKey="admin.refused.title" bodyKey={context.product === 'sell' ? 'admin.refused.body_sell' : 'admin.refused.body_zendesk'} />;
  }
  if (load.status === 'failed' || !values) {
    return <ErrorState error={load.status === 'failed' ? load.error : null} service="support" {...(load.status === 'failed' ? { retry: load.retry } : {})} />;
  }

  const saving = editor.status.settings.kind === 'saving' || editor.status.layout.kind === 'saving';
  const listsError = reference.listsError ? explainError(reference.listsError) : null;
  const published = load.snapshot.parsed.settings.fieldLayout;
  const changeWidget = (widget: WidgetKind, fields: string[]) => {
    const layout: FieldLayout = { ...values.fieldLayout, [widget]: fields };
    editor.edit({ fieldLayout: layout });
  };

  const sections: AdminSection[] = [
    {
      id: 'settings',
      labelKey: 'admin.tab.settings',
      dirty: editor.dirty.settings,
      content: (
        <>
          <IntegrationSettingsForm
            app={app}
            values={values}
            onChange={editor.edit}
            statuses={reference.statuses}
            sources={reference.sources}
            referenceError={listsError ? t(listsError.titleKey, listsError.values) : null}
            users={users}
            disabled={saving}
          />
          {saveBar(editor, 'settings')}
        </>
      ),
    },
  ];
  if (hasLayout) {
    sections.push({
      id: 'layout',
      labelKey: 'admin.tab.layout',
      dirty: editor.dirty.layout,
      content: reference.customSettled ? (
        <>
          <RestoredNotice editor={editor} />
          <FieldLayoutEditor
            layout={values.fieldLayout}
            published={published}
            catalogs={reference.catalogs}
            onChange={changeWidget}
            customFailed={reference.customFailed}
            timeZone={timeZone}
            disabled={saving}
          />
          {saveBar(editor, 'layout')}
        </>
      ) : (
        <LoadingSkeleton />
      ),
    });
  }

  const { parsed } = load.snapshot;
  const problems = parsed.ok ? parsed.warnings : [...parsed.problems, ...parsed.warnings];
  return (
    <AdminFrame
      appName={metadata.name || APP_NAMES[app]}
      problems={problems}
      {...(context.location === 'modal' ? { onClose: () => void host.close() } : {})}
    >
      <AdminSections sections={sections} />
    </AdminFrame>
  );
}

/**
 * The app's admin view (issue 6): integration settings and the field layout, saved through Zendesk's installation
 * API. Admins only; anyone else who reaches it (a copied link, a stale button) gets a plain refusal and no data.
 */
export function AdminView({ app }: AdminViewProps) {
  const access = useAdminAccess();
  if (access.status === 'loading') return <LoadingSkeleton />;
  if (access.status === 'refused') {
    return (
      <StateMessage tone="warning" titleKey="admin.refused.title" bodyKey={access.authority === 'sell' ? 'admin.refused.body_sell' : 'admin.refused.body_zendesk'} />
    );
  }
  return <AdminEditor app={app} adminName={access.name} />;
}

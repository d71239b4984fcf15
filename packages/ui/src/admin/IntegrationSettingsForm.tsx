import { Checkbox, Field } from '@zendeskgarden/react-forms';
import type { Settings } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import { DataAccessField } from './DataAccessField';
import { LeadSourceField } from './LeadSourceField';
import { LeadStatusField } from './LeadStatusField';
import { OwnerEffect } from './OwnerEffect';
import { OwnersField } from './OwnersField';
import { PrimaryAdminField } from './PrimaryAdminField';
import { StyledSection, StyledSectionTitle, StyledSubtle } from './styled';
import { ToggleField } from './ToggleField';
import type { AdminApp, UsersLoad } from './types';

export interface IntegrationSettingsFormProps {
  app: AdminApp;
  /** The settings as edited so far (saved values plus unsaved edits). */
  values: Settings;
  onChange: (patch: Partial<Settings>) => void;
  /** Sell's lead status and source names; null while loading or after a failure. */
  statuses: readonly string[] | null;
  sources: readonly string[] | null;
  /** Why Sell's lists are missing, already translated; null when they loaded. */
  referenceError: string | null;
  users: UsersLoad;
  disabled?: boolean;
}

type ToggleSetting = 'connectOnLoad' | 'showChatHistory' | 'saveTranscripts' | 'showTicketsInSell';

/** Each app's own switches, in the order the admin sees them. */
const APP_TOGGLES: Record<AdminApp, readonly { setting: ToggleSetting; labelKey: string; hintKey: string }[]> = {
  'chat-in-sell': [
    { setting: 'connectOnLoad', labelKey: 'admin.connect_on_load.label', hintKey: 'admin.connect_on_load.hint' },
    { setting: 'showChatHistory', labelKey: 'admin.show_chat_history.label', hintKey: 'admin.show_chat_history.hint' },
  ],
  'sell-in-chat': [{ setting: 'saveTranscripts', labelKey: 'admin.save_transcripts.label', hintKey: 'admin.save_transcripts.hint' }],
  'sell-in-support': [{ setting: 'showTicketsInSell', labelKey: 'admin.show_tickets.label', hintKey: 'admin.show_tickets.hint' }],
};

function AppOptions({ app, values, onChange, disabled = false }: Pick<IntegrationSettingsFormProps, 'app' | 'values' | 'onChange' | 'disabled'>) {
  const { t } = useI18n();
  return (
    <StyledSection aria-labelledby="admin-options">
      <StyledSectionTitle id="admin-options">{t('admin.section.options')}</StyledSectionTitle>
      {APP_TOGGLES[app].map(({ setting, labelKey, hintKey }) => (
        <ToggleField
          key={setting}
          labelKey={labelKey}
          hintKey={hintKey}
          checked={values[setting]}
          onChange={(checked) => onChange({ [setting]: checked })}
          disabled={disabled}
        />
      ))}
    </StyledSection>
  );
}

/**
 * Every integration setting the app declares (docs/architecture.md §4), as real controls instead of Zendesk's generic form:
 * data access, lead status and source, owners with the rule's outcome, the primary admin, and the app's own switches.
 */
export function IntegrationSettingsForm(props: IntegrationSettingsFormProps) {
  const { app, values, onChange, statuses, sources, referenceError, users, disabled = false } = props;
  const { t } = useI18n();
  return (
    <>
      <StyledSection aria-label={t('admin.access.legend')}>
        <DataAccessField value={values.dataAccess} onChange={(dataAccess) => onChange({ dataAccess })} disabled={disabled} />
      </StyledSection>
      <StyledSection aria-labelledby="admin-leads">
        <StyledSectionTitle id="admin-leads">{t('admin.section.leads')}</StyledSectionTitle>
        {referenceError ? <StyledSubtle role="alert">{t('admin.reference_failed', { detail: referenceError })}</StyledSubtle> : null}
        <LeadStatusField value={values.leadStatus} statuses={statuses} onChange={(leadStatus) => onChange({ leadStatus })} disabled={disabled} />
        <LeadSourceField
          value={values.leadSource ?? ''}
          sources={sources}
          onChange={(text) => onChange({ leadSource: text === '' ? null : text })}
          disabled={disabled}
        />
      </StyledSection>
      <StyledSection aria-labelledby="admin-owners">
        <StyledSectionTitle id="admin-owners">{t('admin.section.owners')}</StyledSectionTitle>
        <OwnersField owners={values.leadOwners} users={users} onChange={(leadOwners) => onChange({ leadOwners })} disabled={disabled} />
        <StyledSubtle>{t('admin.owners.empty_rule')}</StyledSubtle>
        <Field>
          <Checkbox checked={values.allowAnyOwner} disabled={disabled} onChange={(event) => onChange({ allowAnyOwner: event.target.checked })}>
            <Field.Label>{t('admin.allow_any_owner.label')}</Field.Label>
            <Field.Hint>{t('admin.allow_any_owner.hint')}</Field.Hint>
          </Checkbox>
        </Field>
        <PrimaryAdminField value={values.primaryAdminId} users={users} onChange={(primaryAdminId) => onChange({ primaryAdminId })} disabled={disabled} />
        <OwnerEffect settings={values} users={users} />
      </StyledSection>
      <AppOptions app={app} values={values} onChange={onChange} disabled={disabled} />
    </>
  );
}

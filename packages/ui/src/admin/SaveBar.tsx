import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useI18n } from '../i18n/I18nProvider';
import { StyledActions, StyledSubtle } from './styled';
import type { SaveStatus } from './types';

export interface SaveBarProps {
  status: SaveStatus;
  /** There are changes to save (or publish). */
  dirty: boolean;
  /** Translation keys of the main button and of the success message (`admin.save` / `admin.layout.publish`...). */
  saveKey: string;
  savedKey: string;
  discardKey: string;
  onSave: () => void;
  onDiscard: () => void;
  /** Conflict choices: take the other person's settings, or write ours over them. */
  onReload: () => void;
  onOverwrite: () => void;
}

/**
 * The end of a settings section: what happened to the last save (saved, failed, refused, someone else's change) and
 * the buttons. Failures never touch the edits; the message says so.
 */
export function SaveBar({ status, dirty, saveKey, savedKey, discardKey, onSave, onDiscard, onReload, onOverwrite }: SaveBarProps) {
  const { t } = useI18n();
  const saving = status.kind === 'saving';
  return (
    <div>
      {status.kind === 'saved' && !dirty ? (
        <Alert type="success" role="status">
          <Alert.Title>{t(savedKey)}</Alert.Title>
        </Alert>
      ) : null}
      {status.kind === 'failed' ? (
        <Alert type="error" role="alert">
          <Alert.Title>{t(status.titleKey, status.values)}</Alert.Title>
          <p style={{ margin: '4px 0 0' }}>{t(status.bodyKey, status.values)}</p>
          <p style={{ margin: '4px 0 0' }}>{t('admin.save_failed')}</p>
        </Alert>
      ) : null}
      {status.kind === 'refused' ? (
        <Alert type="error" role="alert">
          <Alert.Title>{t('admin.save_refused.title')}</Alert.Title>
          <p style={{ margin: '4px 0 0' }}>{t('admin.save_refused.body')}</p>
        </Alert>
      ) : null}
      {status.kind === 'conflict' ? (
        <Alert type="warning" role="alert" data-testid="save-conflict">
          <Alert.Title>{t('admin.conflict.title')}</Alert.Title>
          <p style={{ margin: '4px 0 8px' }}>{t('admin.conflict.body')}</p>
          <StyledActions style={{ justifyContent: 'flex-start' }}>
            <Button size="small" onClick={onReload}>
              {t('admin.conflict.reload')}
            </Button>
            <Button size="small" isDanger onClick={onOverwrite}>
              {t('admin.conflict.overwrite')}
            </Button>
          </StyledActions>
        </Alert>
      ) : null}
      <StyledActions style={{ marginTop: 12 }}>
        {dirty ? <StyledSubtle style={{ marginInlineEnd: 'auto' }}>{t('admin.unsaved')}</StyledSubtle> : null}
        <Button size="small" isBasic onClick={onDiscard} disabled={!dirty || saving}>
          {t(discardKey)}
        </Button>
        <Button size="small" isPrimary onClick={onSave} disabled={!dirty || saving || status.kind === 'conflict'}>
          {saving ? t('admin.saving') : t(saveKey)}
        </Button>
      </StyledActions>
    </div>
  );
}

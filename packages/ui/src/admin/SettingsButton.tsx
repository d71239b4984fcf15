import { Button } from '@zendeskgarden/react-buttons';
import { useI18n } from '../i18n/I18nProvider';
import { GearIcon } from './icons';

export interface SettingsButtonProps {
  onClick: () => void;
  /** While the host opens the settings. */
  busy?: boolean;
  /** The host could not open them: a short message under the button. */
  failed?: boolean;
}

/** The admin's way into the app settings (sidebar, top bar, cards); render it for admins only. */
export function SettingsButton({ onClick, busy = false, failed = false }: SettingsButtonProps) {
  const { t } = useI18n();
  return (
    <div>
      <Button size="small" isBasic onClick={onClick} disabled={busy} data-testid="open-admin">
        <Button.StartIcon>
          <GearIcon />
        </Button.StartIcon>
        {t('admin.open')}
      </Button>
      {failed ? (
        <p role="alert" style={{ margin: '4px 0 0', fontSize: 12 }}>
          {t('admin.open_failed')}
        </p>
      ) : null}
    </div>
  );
}

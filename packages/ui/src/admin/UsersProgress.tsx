import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { useI18n } from '../i18n/I18nProvider';
import { StyledSubtle } from './styled';
import type { UsersLoad } from './types';

/**
 * While the pickers' users load (the chosen owners by id, the admins, a first page): a short status; when that
 * failed, the failure with a retry. Further pages load on request from the picker itself.
 */
export function UsersProgress({ users }: { users: UsersLoad }) {
  const { t } = useI18n();
  if (users.status === 'failed') {
    return (
      <div role="alert">
        <StyledSubtle>{t('admin.owners.load_failed')}</StyledSubtle>
        <Button size="small" style={{ marginTop: 4 }} onClick={users.onRetry}>
          {t('admin.owners.retry')}
        </Button>
      </div>
    );
  }
  if (users.status === 'ready') return null;
  return (
    <div data-testid="users-progress" style={{ display: 'flex', alignItems: 'center', gap: 8, marginTop: 4 }}>
      <Dots size={16} aria-hidden />
      <StyledSubtle role="status" aria-label={t('admin.owners.loading_label')}>
        {t('admin.owners.loading')}
      </StyledSubtle>
    </div>
  );
}

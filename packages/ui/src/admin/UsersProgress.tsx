import { Button } from '@zendeskgarden/react-buttons';
import { Progress } from '@zendeskgarden/react-loaders';
import { useI18n } from '../i18n/I18nProvider';
import { StyledSubtle } from './styled';
import type { UsersLoad } from './types';

/**
 * Sell users load page by page (100 per page, up to 10,000): a progress bar with the count so far, or the failure
 * with a retry. Sell never says how many users there are, so the bar moves towards full with each page
 * (pages / (pages + 1)) and the exact count is in the text.
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
  const value = Math.round((users.pages / (users.pages + 1)) * 100);
  return (
    <div data-testid="users-progress">
      <Progress value={value} size="small" aria-label={t('admin.owners.loading_label')} />
      <StyledSubtle role="status">{t('admin.owners.loading', { loaded: users.loaded })}</StyledSubtle>
    </div>
  );
}

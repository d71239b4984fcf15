import { Skeleton } from '@zendeskgarden/react-loaders';
import { useI18n } from '../i18n/I18nProvider';

/** Placeholder lines while Sell answers (no spinner: the layout does not jump when content arrives). */
export function LoadingSkeleton({ lines = 3 }: { lines?: number }) {
  const { t } = useI18n();
  return (
    <div aria-busy="true" role="status" aria-label={t('app.loading')}>
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} width={i === 0 ? '60%' : i % 2 ? '100%' : '80%'} />
      ))}
    </div>
  );
}

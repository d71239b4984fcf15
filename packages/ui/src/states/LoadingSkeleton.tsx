import { useEffect, useState } from 'react';
import { Skeleton } from '@zendeskgarden/react-loaders';
import { useI18n } from '../i18n/I18nProvider';

/** How long a person waits on a skeleton before being told the service is slow (the answer or error comes by ~15 s). */
export const SLOW_AFTER_MS = 5_000;

export interface LoadingSkeletonProps {
  lines?: number;
  /** The service being waited on ("Sell", "Chat"): after `SLOW_AFTER_MS` a line says it is still being waited for. */
  waitingFor?: string;
}

/** Placeholder lines while a service answers (no spinner: the layout does not jump when content arrives). */
export function LoadingSkeleton({ lines = 3, waitingFor }: LoadingSkeletonProps) {
  const { t } = useI18n();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!waitingFor) return undefined;
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [waitingFor]);
  return (
    <div aria-busy="true" role="status" aria-label={t('app.loading')}>
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} width={i === 0 ? '60%' : i % 2 ? '100%' : '80%'} />
      ))}
      {slow && waitingFor ? (
        <p style={{ margin: '8px 0 0', fontSize: 12 }} data-testid="still-waiting">
          {t('state.still_waiting', { service: waitingFor })}
        </p>
      ) : null}
    </div>
  );
}

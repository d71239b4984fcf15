import type { ReactNode } from 'react';
import { Alert } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';
import { useI18n } from '../i18n/I18nProvider';

export type StateTone = 'info' | 'warning' | 'error' | 'success';

export interface StateMessageProps {
  tone: StateTone;
  /** Translation key of the title. */
  titleKey: string;
  /** Translation key of the body, or already rendered content. */
  bodyKey?: string;
  values?: Record<string, string | number>;
  children?: ReactNode;
  onRetry?: () => void;
  /** While true the retry button shows it is working. */
  retrying?: boolean;
}

const ALERT_TYPE = { info: 'info', warning: 'warning', error: 'error', success: 'success' } as const;

/** One plain-words state of an app (not configured, no access, rate limited, offline...), with an optional retry. */
export function StateMessage({ tone, titleKey, bodyKey, values, children, onRetry, retrying }: StateMessageProps) {
  const { t } = useI18n();
  return (
    <Alert type={ALERT_TYPE[tone]} role={tone === 'error' ? 'alert' : 'status'}>
      <Alert.Title>{t(titleKey, values)}</Alert.Title>
      {bodyKey ? <p style={{ margin: '4px 0 0' }}>{t(bodyKey, values)}</p> : null}
      {children}
      {onRetry ? (
        <Button size="small" style={{ marginTop: 8 }} onClick={onRetry} disabled={retrying}>
          {t('state.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}

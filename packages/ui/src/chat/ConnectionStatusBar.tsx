import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { useI18n } from '../i18n/I18nProvider';
import { StateMessage } from '../states/StateMessage';
import { StyledActions, StyledSubtle } from './styled';
import type { ChatConnectionView } from './types';

export interface ConnectionStatusBarProps {
  view: ChatConnectionView;
  /** Connect (or, while reconnecting, try at once). */
  onConnect: () => void;
  /** Start over: after a token was fixed, or to take the live session over from another window. */
  onReconnect: () => void;
}

const FALLBACK_BODY = {
  plan: 'topbar.recent.plan',
  'concurrent-session': 'topbar.recent.concurrent',
  unsupported: 'topbar.recent.unsupported',
} as const;

/**
 * Where the top bar stands with Chat, in plain words: not connected (with a Connect button), connecting, online
 * (and as which Chat agent replies go out), reconnecting, the token rejected, or the recent-chats fallback and why.
 */
export function ConnectionStatusBar({ view, onConnect, onReconnect }: ConnectionStatusBarProps) {
  const { t } = useI18n();
  const { status, reason, mode, fallback, agentName } = view;

  if (status === 'error') {
    const rejected = reason === 'unauthorized';
    return (
      <StateMessage
        tone="error"
        titleKey={rejected ? 'state.unauthorized.title' : 'topbar.error.title'}
        bodyKey={rejected ? 'topbar.unauthorized.body' : 'topbar.error.body'}
        values={{ service: 'Chat' }}
      >
        <StyledActions style={{ marginTop: 8 }}>
          <Button size="small" onClick={onReconnect}>
            {t('topbar.reconnect')}
          </Button>
        </StyledActions>
      </StateMessage>
    );
  }
  if (status === 'idle') {
    return (
      <StateMessage tone="info" titleKey="topbar.idle.title" bodyKey="topbar.idle.body">
        <StyledActions style={{ marginTop: 8 }}>
          <Button size="small" isPrimary onClick={onConnect}>
            {t('topbar.connect')}
          </Button>
        </StyledActions>
      </StateMessage>
    );
  }
  if (status === 'connecting') {
    return (
      <StyledSubtle role="status">
        <Dots size={14} aria-hidden="true" /> {t('topbar.connecting')}
      </StyledSubtle>
    );
  }
  return (
    <>
      {mode === 'recent' ? (
        <StateMessage tone="info" titleKey="topbar.recent.title" bodyKey={FALLBACK_BODY[fallback === 'concurrent-session' || fallback === 'unsupported' ? fallback : 'plan']}>
          {fallback === 'concurrent-session' ? (
            <StyledActions style={{ marginTop: 8 }}>
              <Button size="small" onClick={onReconnect}>
                {t('topbar.connect_here')}
              </Button>
            </StyledActions>
          ) : null}
        </StateMessage>
      ) : null}
      {status === 'reconnecting' ? (
        <StateMessage tone="warning" titleKey="topbar.reconnecting.title" bodyKey="topbar.reconnecting.body">
          <StyledActions style={{ marginTop: 8 }}>
            <Button size="small" onClick={onConnect}>
              {t('topbar.try_now')}
            </Button>
          </StyledActions>
        </StateMessage>
      ) : null}
      {status === 'online' && mode === 'live' ? (
        <StyledSubtle role="status" dir="auto">
          {agentName ? t('topbar.online_as', { name: agentName }) : t('topbar.online')}
        </StyledSubtle>
      ) : null}
    </>
  );
}

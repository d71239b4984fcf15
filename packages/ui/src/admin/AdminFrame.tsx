import type { ReactNode } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import type { Problem } from '@sell-bridge/core';
import { StateMessage } from '../states/StateMessage';
import { useI18n } from '../i18n/I18nProvider';
import { StyledActions, StyledAdmin, StyledHeader, StyledTitle } from './styled';

export interface AdminFrameProps {
  /** The app's product name, e.g. "Sell for Chat" (not translated). */
  appName: string;
  /** Closes the modal; absent when the view is not in one. */
  onClose?: () => void;
  /** Problems of the saved settings (core `parseSettings`), shown above the sections. */
  problems?: readonly Problem[];
  children: ReactNode;
}

/** The admin view's page: title, close button, the saved settings' problems, then the sections. */
export function AdminFrame({ appName, onClose, problems = [], children }: AdminFrameProps) {
  const { t } = useI18n();
  return (
    <StyledAdmin>
      <StyledHeader>
        <StyledTitle>{t('admin.title', { app: appName })}</StyledTitle>
      </StyledHeader>
      {problems.length > 0 ? (
        <StateMessage tone="warning" titleKey="admin.problems.title" bodyKey="admin.problems.body">
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {problems.map((problem, index) => (
              <li key={`${problem.key}-${String(index)}`} dir="auto">
                {t(problem.key, { param: problem.param, ...problem.values })}
              </li>
            ))}
          </ul>
        </StateMessage>
      ) : null}
      {children}
      {onClose ? (
        // At the end, not in the header: the host draws its own close button over the modal's top corner.
        <StyledActions style={{ justifyContent: 'flex-start' }}>
          <Button size="small" isBasic onClick={onClose}>
            {t('admin.close')}
          </Button>
        </StyledActions>
      ) : null}
    </StyledAdmin>
  );
}

/** One section of the admin view: a tab label (translation key) and its content. */
export interface AdminSection {
  id: string;
  labelKey: string;
  /** Shown after the label while the section has unsaved changes. */
  dirty?: boolean;
  content: ReactNode;
}

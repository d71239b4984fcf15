import type { ReactNode } from 'react';
import { StateMessage } from '@sell-bridge/ui';
import { explainError, type ErrorExplanation, type ServiceName } from './explainError';

export interface ErrorStateProps {
  error: unknown;
  /** The product that failed, named in the texts (default Sell). */
  service?: ServiceName;
  /** A location's own explanations (e.g. tickets a role may not see); default: `explainError`. */
  explain?: (error: unknown) => ErrorExplanation;
  /** Offered only when retrying can help (not after 401/403). */
  retry?: () => void;
  retrying?: boolean;
  children?: ReactNode;
}

/**
 * The one way a failed load is shown: the error explained in plain words, with Try again when it can help. Data hooks
 * return `error`, `retry` and `retrying`, so a location passes them straight through.
 */
export function ErrorState({ error, service = 'sell', explain, retry, retrying = false, children }: ErrorStateProps) {
  const state = explain ? explain(error) : explainError(error, service);
  return (
    <StateMessage
      tone={state.tone}
      titleKey={state.titleKey}
      bodyKey={state.bodyKey}
      values={state.values}
      {...(state.canRetry && retry ? { onRetry: retry, retrying } : {})}
    >
      {children}
    </StateMessage>
  );
}

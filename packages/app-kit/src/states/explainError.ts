import { isSellApiError } from '@sell-bridge/sell-api';
import type { StateTone } from '@sell-bridge/ui';

/** How a failed call is explained to the agent: tone, translation keys, and whether retrying can help. */
export interface ErrorExplanation {
  tone: StateTone;
  titleKey: string;
  bodyKey: string;
  canRetry: boolean;
  /** Interpolated into the texts: which product failed (a product name, not translated). */
  values: { service: string };
}

export type ServiceName = 'sell' | 'chat' | 'support';

const SERVICE_LABEL: Record<ServiceName, string> = { sell: 'Sell', chat: 'Chat', support: 'Support' };

/** Maps any error from the API clients onto a plain-words state (docs/architecture.md §11: failure is shown, not logged). */
export function explainError(error: unknown, service: ServiceName = 'sell'): ErrorExplanation {
  const kind = isSellApiError(error) ? error.kind : 'unknown';
  const values = { service: SERVICE_LABEL[service] };
  return { ...byKind(kind), values };
}

function byKind(kind: string): Omit<ErrorExplanation, 'values'> {
  switch (kind) {
    case 'unauthorized':
      return { tone: 'error', titleKey: 'state.unauthorized.title', bodyKey: 'state.unauthorized.body', canRetry: false };
    case 'forbidden':
      return { tone: 'error', titleKey: 'state.forbidden.title', bodyKey: 'state.forbidden.body', canRetry: false };
    case 'not_found':
      return { tone: 'warning', titleKey: 'state.not_found.title', bodyKey: 'state.not_found.body', canRetry: true };
    case 'rate_limited':
      return { tone: 'warning', titleKey: 'state.rate_limited.title', bodyKey: 'state.rate_limited.body', canRetry: true };
    case 'server':
      return { tone: 'error', titleKey: 'state.server.title', bodyKey: 'state.server.body', canRetry: true };
    case 'network':
      return { tone: 'error', titleKey: 'state.offline.title', bodyKey: 'state.offline.body', canRetry: true };
    case 'timeout':
      return { tone: 'warning', titleKey: 'state.timeout.title', bodyKey: 'state.timeout.body', canRetry: true };
    default:
      return { tone: 'error', titleKey: 'state.unknown.title', bodyKey: 'state.unknown.body', canRetry: true };
  }
}

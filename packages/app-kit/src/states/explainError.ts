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

/** Per error kind: the tone, the `state.<name>` texts, and whether Try again can help. Other kinds are `unknown`. */
const BY_KIND: Partial<Record<string, [StateTone, string, boolean]>> = {
  unauthorized: ['error', 'unauthorized', false],
  forbidden: ['error', 'forbidden', false],
  not_found: ['warning', 'not_found', true],
  rate_limited: ['warning', 'rate_limited', true],
  server: ['error', 'server', true],
  network: ['error', 'offline', true],
  timeout: ['warning', 'timeout', true],
};

/** Maps any error from the API clients onto a plain-words state (docs/architecture.md §11: failure is shown, not logged). */
export function explainError(error: unknown, service: ServiceName = 'sell'): ErrorExplanation {
  const [tone, name, canRetry] = BY_KIND[isSellApiError(error) ? error.kind : 'unknown'] ?? ['error', 'unknown', true];
  return { tone, titleKey: `state.${name}.title`, bodyKey: `state.${name}.body`, canRetry, values: { service: SERVICE_LABEL[service] } };
}

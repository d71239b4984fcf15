import { explainError, type ErrorExplanation } from '@sell-bridge/app-kit';
import { errorKind } from '@sell-bridge/sell-api';

/**
 * How a failed ticket lookup is explained to a sales rep. Support answers 403 when the rep's Zendesk role has no
 * access to the tickets, and 401 when the rep has no Support user: both need an admin, not a retry, and neither is
 * about a token (the generic texts would send the admin to reconnect one).
 */
export function explainTicketError(error: unknown): ErrorExplanation {
  const kind = errorKind(error);
  const values = { service: 'Support' };
  if (kind === 'forbidden') return { tone: 'warning', titleKey: 'tickets.forbidden.title', bodyKey: 'tickets.forbidden.body', canRetry: false, values };
  if (kind === 'unauthorized') return { tone: 'warning', titleKey: 'tickets.unauthorized.title', bodyKey: 'tickets.unauthorized.body', canRetry: false, values };
  return explainError(error, 'support');
}

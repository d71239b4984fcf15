import type { DescribeLeadOrigin } from '@sell-bridge/core';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The lead description in the agent's language: where the lead comes from, the link back (Support: the ticket's agent
 * URL, passed in by the location), and identity values that did not fit their field. Ids are passed as text so they
 * are not formatted as numbers ("#1,234").
 */
export function describeOrigin(t: Translate): DescribeLeadOrigin {
  return ({ origin, url, unparsed }) => {
    const lines = [
      origin.kind === 'ticket'
        ? t('lead.description.ticket', { id: String(origin.ticketId).trim() })
        : t('lead.description.chat', { id: origin.chatId.trim() }),
    ];
    if (url !== null) lines.push(url);
    if (unparsed.email !== undefined) lines.push(t('lead.description.email_as_given', { value: unparsed.email }));
    if (unparsed.phone !== undefined) lines.push(t('lead.description.phone_as_given', { value: unparsed.phone }));
    return lines.join('\n');
  };
}

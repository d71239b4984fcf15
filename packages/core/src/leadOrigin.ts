/** Where a lead comes from (a chat or a ticket), and how the lead points back to it. */

/** The conversation a lead is created from. `url` opens it (Support: the agent URL of the ticket). */
export type LeadOrigin =
  | { kind: 'chat'; chatId: string; url?: string | null }
  | { kind: 'ticket'; ticketId: number | string; url?: string | null };

/** What a description is written from: the origin, its link (only when http/https) and leftovers. */
export interface LeadOriginDetails {
  origin: LeadOrigin;
  url: string | null;
  /** Identity values that could not go into their field (unparseable phone, malformed email), as typed. */
  unparsed: { email?: string; phone?: string };
}

/** Writes the lead description; apps pass one built on their translations to get localised text. */
export type DescribeLeadOrigin = (details: LeadOriginDetails) => string;

/** The link to the conversation, or null unless it is an absolute http(s) URL with no spaces. */
export function originUrl(origin: LeadOrigin): string | null {
  const url = origin.url?.trim() ?? '';
  return /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(url) ? url : null;
}

/**
 * Tags that point back to the conversation: `zendesk-support` + `ticket-<id>` for tickets,
 * `zendesk-chat` + `chat` for chats (chat ids are long and unique, a tag per chat would flood Sell's tag list).
 */
export function leadOriginTags(origin: LeadOrigin): string[] {
  return origin.kind === 'ticket' ? ['zendesk-support', `ticket-${String(origin.ticketId).trim()}`] : ['zendesk-chat', 'chat'];
}

/**
 * The default description, language-neutral on purpose (core holds no UI copy): product name and id,
 * the link, then leftovers marked with ✉ / ☎ rather than words. Example:
 * "Zendesk Support #123\nhttps://acme.zendesk.com/agent/tickets/123".
 */
export function describeLeadOrigin({ origin, url, unparsed }: LeadOriginDetails): string {
  const title = origin.kind === 'ticket' ? `Zendesk Support #${String(origin.ticketId).trim()}` : `Zendesk Chat ${origin.chatId.trim()}`;
  const lines = [title];
  if (url !== null) lines.push(url);
  if (unparsed.email !== undefined) lines.push(`✉ ${unparsed.email}`);
  if (unparsed.phone !== undefined) lines.push(`☎ ${unparsed.phone}`);
  return lines.join('\n');
}

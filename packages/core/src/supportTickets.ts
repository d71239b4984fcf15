import { safeHref } from './safeHref';
import { createFormatters } from './widgets/formatters';
import { plainText, truncateText } from './widgets/plainText';

/** Support's ticket statuses, in their workflow order. */
export const TICKET_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Support's ticket priorities, lowest first. */
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** The ticket fields the list reads (a structural subset of Support's ticket JSON, docs/platform/support.md §Tickets). */
export interface TicketInput {
  id: number;
  subject: string | null;
  status: string;
  priority: string | null;
  assignee_id: number | null;
  updated_at: string;
  /** The ticket's API URL; its host names the Support account. */
  url?: string;
}

/** A Support user as far as the list needs one: an assignee's name, or an API URL naming the account. */
export interface TicketPerson {
  id: number;
  name: string;
  url?: string;
}

/** Who works on a ticket: a name, nobody yet, or an agent Support did not describe. */
export type TicketAssignee = { kind: 'agent'; name: string } | { kind: 'unassigned' } | { kind: 'unknown' };

/** A ticket as the card shows it. */
export interface TicketSummary {
  id: number;
  /** Plain text, at most 200 characters; empty when the ticket has no subject. */
  subject: string;
  /** null for a status Support added after this app was written. */
  status: TicketStatus | null;
  priority: TicketPriority | null;
  assignee: TicketAssignee;
  /** Last update in the viewer's zone and locale; null when Support sent no usable time. */
  updated: string | null;
  /** Where the ticket opens in Support's agent interface; null when the account is unknown. */
  href: string | null;
}

const API_URL = /^https:\/\/([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.zendesk\.com\/api\/v2\//i;
const MAX_SUBJECT = 200;

/** The account's subdomain from one of its API URLs (`https://acme.zendesk.com/api/v2/...` → `acme`), or null. */
export function supportSubdomain(apiUrl: string | null | undefined): string | null {
  if (typeof apiUrl !== 'string') return null;
  return API_URL.exec(apiUrl.trim())?.[1]?.toLowerCase() ?? null;
}

/** The agent-interface link of a ticket (`https://<subdomain>.zendesk.com/agent/tickets/<id>`), checked by safeHref. */
export function supportTicketUrl(subdomain: string, ticketId: number): string | null {
  if (!Number.isSafeInteger(ticketId) || ticketId <= 0) return null;
  return safeHref(`https://${subdomain}.zendesk.com/agent/tickets/${String(ticketId)}`);
}

const isStatus = (value: string): value is TicketStatus => (TICKET_STATUSES as readonly string[]).includes(value);
const isPriority = (value: string): value is TicketPriority => (TICKET_PRIORITIES as readonly string[]).includes(value);

/** Options of `toTicketSummaries`. */
export interface TicketSummaryOptions {
  /** Sideloaded or looked-up users: assignees by id, and API URLs naming the account. */
  users: readonly TicketPerson[];
  locale: string;
  /** The viewer's zone, Sell's `UTC+hh:mm` or IANA; null = UTC. */
  timeZone: string | null;
}

/**
 * Shapes tickets for the card: subject as plain text, known status and priority, the assignee's name, the last
 * update in the viewer's zone, and the ticket's link in Support (account taken from the ticket's own API URL, else
 * from any user's). Order is kept.
 */
export function toTicketSummaries(tickets: readonly TicketInput[], options: TicketSummaryOptions): TicketSummary[] {
  const format = createFormatters({ locale: options.locale, timeZone: options.timeZone ?? 'UTC' });
  const names = new Map(options.users.map((u) => [u.id, plainText(u.name)]));
  const accountSubdomain = options.users.map((u) => supportSubdomain(u.url)).find((s) => s !== null) ?? null;
  return tickets.map((ticket) => {
    const subdomain = supportSubdomain(ticket.url) ?? accountSubdomain;
    const assigneeName = ticket.assignee_id === null ? undefined : names.get(ticket.assignee_id);
    const status = ticket.status.toLowerCase();
    const priority = ticket.priority?.toLowerCase() ?? '';
    return {
      id: ticket.id,
      subject: truncateText(plainText(ticket.subject ?? ''), MAX_SUBJECT).text,
      status: isStatus(status) ? status : null,
      priority: isPriority(priority) ? priority : null,
      assignee:
        ticket.assignee_id === null
          ? { kind: 'unassigned' }
          : assigneeName
            ? { kind: 'agent', name: assigneeName }
            : { kind: 'unknown' },
      updated: format.datetime(ticket.updated_at),
      href: subdomain === null ? null : supportTicketUrl(subdomain, ticket.id),
    };
  });
}

/** One requester's tickets loaded so far (newest update first) and whether Support has more. */
export interface TicketSource<T extends { id: number; updated_at: string }> {
  tickets: readonly T[];
  hasMore: boolean;
}

/**
 * Merges several requesters' ticket pages into one newest-first list that is safe to show: a ticket older than the
 * last loaded ticket of a source with more pages is held back, since that source's next page may hold newer ones.
 * `held` counts those; loading the next pages releases them in order. Tickets are de-duplicated by id.
 */
export function mergeNewestFirst<T extends { id: number; updated_at: string }>(sources: readonly TicketSource<T>[]): { tickets: T[]; held: number } {
  const seen = new Set<number>();
  const all: T[] = [];
  for (const source of sources) {
    for (const ticket of source.tickets) {
      if (seen.has(ticket.id)) continue;
      seen.add(ticket.id);
      all.push(ticket);
    }
  }
  // ISO 8601 UTC stamps of one API compare correctly as strings; ties fall back to the newer id.
  all.sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : b.id - a.id));
  const frontiers = sources.filter((s) => s.hasMore && s.tickets.length > 0).map((s) => s.tickets[s.tickets.length - 1]!.updated_at);
  if (frontiers.length === 0) return { tickets: all, held: 0 };
  const frontier = frontiers.reduce((a, b) => (a > b ? a : b));
  const shown = all.filter((t) => t.updated_at >= frontier);
  return { tickets: shown, held: all.length - shown.length };
}

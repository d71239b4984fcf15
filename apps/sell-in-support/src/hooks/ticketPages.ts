import type { RequestedTicketsPage, SupportClient, SupportTicket, SupportUser } from '@sell-bridge/sell-api';
import { mergeNewestFirst } from '@sell-bridge/core';

/** Tickets per Support page: a screenful in a card; more come with "load more". */
const TICKETS_PER_PAGE = 10;

/** One requester's answer within a wave of requests. */
interface SourcePage {
  userId: number;
  tickets: SupportTicket[];
  nextPage: string | null;
  /** All the requester's tickets (from the first page). */
  count: number;
}

/** What one "load" (the first, or a "load more") brought: a page per requester still being read. */
export interface TicketWave {
  sources: SourcePage[];
  /** Requesters found by email and users Support sideloaded (assignees). */
  users: SupportUser[];
}

/** Where to continue: each requester with more tickets and the `next_page` link Support gave for it. */
export type TicketCursors = readonly { userId: number; page: string }[];

async function requesterPage(support: SupportClient, userId: number, page: string | undefined, signal: AbortSignal): Promise<{ source: SourcePage; users: SupportUser[] }> {
  const answer: RequestedTicketsPage = await support.listRequestedTickets(userId, { perPage: TICKETS_PER_PAGE, signal, ...(page ? { page } : {}) });
  return { source: { userId, tickets: answer.tickets, nextPage: answer.nextPage, count: answer.count }, users: answer.users };
}

/**
 * The first wave: each email's Support users (usually one), then the first page of each user's requested tickets,
 * all in parallel. An email nobody in Support has simply adds no requester.
 */
export async function loadFirstWave(support: SupportClient, emails: readonly string[], signal: AbortSignal): Promise<TicketWave> {
  const found = (await Promise.all(emails.map((email) => support.findUsersByEmail(email, { signal })))).flat();
  const requesters = [...new Map(found.map((u) => [u.id, u])).values()];
  const pages = await Promise.all(requesters.map((u) => requesterPage(support, u.id, undefined, signal)));
  return { sources: pages.map((p) => p.source), users: [...requesters, ...pages.flatMap((p) => p.users)] };
}

/** A "load more" wave: the next page of every requester that has one. */
export async function loadNextWave(support: SupportClient, cursors: TicketCursors, signal: AbortSignal): Promise<TicketWave> {
  const pages = await Promise.all(cursors.map((c) => requesterPage(support, c.userId, c.page, signal)));
  return { sources: pages.map((p) => p.source), users: pages.flatMap((p) => p.users) };
}

/** The requesters whose last page so far has a `next_page`; null when every list is complete. */
export function nextCursors(waves: readonly TicketWave[]): TicketCursors | null {
  const latest = new Map<number, string | null>();
  for (const wave of waves) for (const s of wave.sources) latest.set(s.userId, s.nextPage);
  const cursors = [...latest].flatMap(([userId, page]) => (page === null ? [] : [{ userId, page }]));
  return cursors.length > 0 ? cursors : null;
}

/** Everything loaded so far: the tickets safe to show newest first, the total, the users, and how many wait. */
export interface TicketView {
  tickets: SupportTicket[];
  users: SupportUser[];
  total: number;
  /** Loaded but held back until the other requesters' next pages arrive (see `mergeNewestFirst`). */
  held: number;
}

/** Folds the waves into one newest-first view across requesters. */
export function toTicketView(waves: readonly TicketWave[]): TicketView {
  const byUser = new Map<number, { tickets: SupportTicket[]; nextPage: string | null; count: number }>();
  for (const wave of waves) {
    for (const s of wave.sources) {
      const known = byUser.get(s.userId);
      if (known) byUser.set(s.userId, { tickets: [...known.tickets, ...s.tickets], nextPage: s.nextPage, count: known.count });
      else byUser.set(s.userId, { tickets: [...s.tickets], nextPage: s.nextPage, count: s.count });
    }
  }
  const sources = [...byUser.values()];
  const merged = mergeNewestFirst(sources.map((s) => ({ tickets: s.tickets, hasMore: s.nextPage !== null })));
  const users = [...new Map(waves.flatMap((w) => w.users).map((u) => [u.id, u])).values()];
  return { tickets: merged.tickets, held: merged.held, users, total: sources.reduce((sum, s) => sum + s.count, 0) };
}

import type { SupportTicket } from '@sell-bridge/sell-api';
import { nextCursors, toTicketView, type TicketWave } from './ticketPages';

const ticket = (id: number, day: number): SupportTicket => ({
  id,
  subject: `Ticket ${String(id)}`,
  status: 'open',
  priority: null,
  requester_id: 1,
  assignee_id: null,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: `2026-01-${String(day).padStart(2, '0')}T00:00:00Z`,
});

const first: TicketWave = {
  sources: [
    { userId: 1, tickets: [ticket(1, 20), ticket(2, 10)], nextPage: 'https://a.zendesk.com/api/v2/users/1/tickets/requested.json?page=2', count: 3 },
    { userId: 2, tickets: [ticket(3, 25), ticket(4, 5)], nextPage: null, count: 2 },
  ],
  users: [{ id: 1, name: 'Ann', email: 'ann@acme.test' }],
};
const second: TicketWave = {
  sources: [{ userId: 1, tickets: [ticket(5, 8)], nextPage: null, count: 3 }],
  users: [{ id: 9, name: 'Agent', email: null }, { id: 1, name: 'Ann', email: 'ann@acme.test' }],
};

it('continues only the requesters whose last page had a next page', () => {
  expect(nextCursors([first])).toEqual([{ userId: 1, page: first.sources[0]!.nextPage }]);
  expect(nextCursors([first, second])).toBeNull();
});

it('shows two requesters’ tickets newest first, holding back what an unread page could precede', () => {
  const view = toTicketView([first]);
  expect(view.tickets.map((t) => t.id)).toEqual([3, 1, 2]);
  expect(view.held).toBe(1);
  expect(view.total).toBe(5);
});

it('releases the held tickets in order once the last pages are in, with each user once', () => {
  const view = toTicketView([first, second]);
  expect(view.tickets.map((t) => t.id)).toEqual([3, 1, 2, 5, 4]);
  expect(view.held).toBe(0);
  expect(view.total).toBe(5);
  expect(view.users.map((u) => u.id)).toEqual([1, 9]);
});

import { mergeNewestFirst, supportSubdomain, supportTicketUrl, toTicketSummaries, type TicketInput } from './supportTickets';

const ticket = (overrides: Partial<TicketInput> = {}): TicketInput => ({
  id: 7,
  subject: 'Billing question',
  status: 'open',
  priority: 'high',
  assignee_id: 5,
  updated_at: '2026-03-15T22:30:00Z',
  url: 'https://acme.zendesk.com/api/v2/tickets/7.json',
  ...overrides,
});

const agent = { id: 5, name: 'Mei Chen', url: 'https://acme.zendesk.com/api/v2/users/5.json' };
const summarise = (t: TicketInput, extra: Partial<Parameters<typeof toTicketSummaries>[1]> = {}) =>
  toTicketSummaries([t], { users: [agent], locale: 'en-US', timeZone: 'UTC', ...extra })[0]!;

describe('supportSubdomain', () => {
  it.each([
    ['https://acme.zendesk.com/api/v2/tickets/1.json', 'acme'],
    ['https://ACME-eu.zendesk.com/api/v2/users/5.json', 'acme-eu'],
    ['http://acme.zendesk.com/api/v2/tickets/1.json', null],
    ['https://acme.zendesk.com.evil.io/api/v2/tickets/1.json', null],
    ['https://evil.io/acme.zendesk.com/api/v2/', null],
    ['https://a.b.zendesk.com/api/v2/tickets/1.json', null],
    ['https://acme.zendesk.com/agent/tickets/1', null],
    ['javascript:alert(1)//acme.zendesk.com/api/v2/', null],
    [undefined, null],
    ['', null],
  ])('reads %j as %j', (url, expected) => {
    expect(supportSubdomain(url)).toBe(expected);
  });
});

describe('supportTicketUrl', () => {
  it('links the ticket in the agent interface of the account', () => {
    expect(supportTicketUrl('acme', 42)).toBe('https://acme.zendesk.com/agent/tickets/42');
  });

  it.each([0, -1, 1.5, Number.NaN])('gives no link for the id %d', (id) => {
    expect(supportTicketUrl('acme', id)).toBeNull();
  });
});

describe('toTicketSummaries', () => {
  it('shows the status, priority, assignee, update time and link of a ticket', () => {
    expect(summarise(ticket())).toEqual({
      id: 7,
      subject: 'Billing question',
      status: 'open',
      priority: 'high',
      assignee: { kind: 'agent', name: 'Mei Chen' },
      updated: expect.stringContaining('10:30') as string,
      href: 'https://acme.zendesk.com/agent/tickets/7',
    });
  });

  it.each([
    ['UTC', '10:30'],
    ['UTC+02:00', '12:30'],
    ['Asia/Tokyo', '7:30'],
  ])('shows the last update in the viewer’s zone %s', (timeZone, time) => {
    expect(summarise(ticket(), { timeZone, locale: 'en-US' }).updated).toContain(time);
  });

  it('uses the viewer’s locale for the date', () => {
    expect(summarise(ticket(), { locale: 'de-DE' }).updated).toContain('15.03.2026');
  });

  it.each([
    [null, { kind: 'unassigned' }],
    [99, { kind: 'unknown' }],
  ])('describes the assignee id %j as %j', (assigneeId, expected) => {
    expect(summarise(ticket({ assignee_id: assigneeId })).assignee).toEqual(expected);
  });

  it('keeps an unknown status or priority out of the summary instead of guessing', () => {
    const summary = summarise(ticket({ status: 'archived', priority: 'critical' }));
    expect(summary.status).toBeNull();
    expect(summary.priority).toBeNull();
  });

  it('reduces a hostile or huge subject to plain text', () => {
    expect(summarise(ticket({ subject: '\u202eevil\u0007 <b>x</b>' })).subject).toBe('evil <b>x</b>');
    expect(summarise(ticket({ subject: 'x'.repeat(500) })).subject.length).toBeLessThanOrEqual(201);
    expect(summarise(ticket({ subject: null })).subject).toBe('');
  });

  it('takes the account from a user’s URL when the ticket has none, and gives no link when nothing names it', () => {
    expect(summarise(ticket({ url: undefined })).href).toBe('https://acme.zendesk.com/agent/tickets/7');
    expect(summarise(ticket({ url: 'https://evil.io/api/v2/tickets/7.json' }), { users: [] }).href).toBeNull();
  });

  it('leaves the time out when Support sent an unusable one', () => {
    expect(summarise(ticket({ updated_at: 'yesterday' })).updated).toBeNull();
  });
});

describe('mergeNewestFirst', () => {
  const t = (id: number, day: number) => ({ id, updated_at: `2026-01-${String(day).padStart(2, '0')}T00:00:00Z` });

  it('merges complete sources newest first without duplicates', () => {
    const merged = mergeNewestFirst([
      { tickets: [t(1, 20), t(2, 5)], hasMore: false },
      { tickets: [t(3, 25), t(1, 20), t(4, 1)], hasMore: false },
    ]);
    expect(merged).toEqual({ tickets: [t(3, 25), t(1, 20), t(2, 5), t(4, 1)], held: 0 });
  });

  it('holds back tickets older than the last loaded one of a source that has more', () => {
    const merged = mergeNewestFirst([
      { tickets: [t(1, 20), t(2, 10)], hasMore: true },
      { tickets: [t(3, 25), t(4, 15), t(5, 2)], hasMore: false },
    ]);
    expect(merged.tickets.map((x) => x.id)).toEqual([3, 1, 4, 2]);
    expect(merged.held).toBe(1);
  });

  it('uses the newest frontier when several sources have more', () => {
    const merged = mergeNewestFirst([
      { tickets: [t(1, 20), t(2, 10)], hasMore: true },
      { tickets: [t(3, 25), t(4, 18)], hasMore: true },
    ]);
    expect(merged.tickets.map((x) => x.id)).toEqual([3, 1, 4]);
    expect(merged.held).toBe(1);
  });
});

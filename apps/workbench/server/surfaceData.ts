/** What the host page's surfaces show: personas, simulated live chats, tickets and Sell records from the sandbox. */
import { fixtures, type Sandbox } from '@sell-bridge/sandbox';

interface VisitorSeed {
  id: string;
  display_name: string;
  email: string;
  phone: string;
  greeting: string;
}

interface TicketView {
  id: number;
  subject: string;
  status: string;
  description: string;
  requester: { id: number; name: string; email: string | null; phone: string | null };
}

interface SellCardRecord {
  kind: 'lead' | 'person' | 'company' | 'deal';
  id: number;
  name: string;
  email: string | null;
  record: Record<string, unknown>;
}

export interface SurfaceData {
  personas: Record<'sell-admin' | 'sell-user' | 'no-sell', { name: string; email: string; sellUser: Record<string, unknown> | null }>;
  visitors: VisitorSeed[];
  tickets: TicketView[];
  sell: SellCardRecord[];
}

const take = <T>(items: T[], n: number) => items.slice(0, n);

export function surfaceData(sandbox: Sandbox): SurfaceData {
  const { state } = sandbox;
  const sellUser = (id: number) => (state.users.find((u) => u.id === id) ?? null) as Record<string, unknown> | null;
  const lead = (id: number) => state.leads.find((l) => l.id === id);
  const leadName = (id: number) => {
    const l = lead(id);
    return l ? [l.first_name, l.last_name].filter(Boolean).join(' ') || (l.organization_name ?? '') : '';
  };

  const visitors: VisitorSeed[] = [
    { id: 'v-ana', display_name: fixtures.personWithDeals.name, email: fixtures.personWithDeals.email, phone: '', greeting: 'Hi! I have a question about our renewal.' },
    { id: 'v-lucia', display_name: fixtures.leadOnly.name, email: fixtures.leadOnly.email, phone: '', greeting: 'Hola, ¿tienen precios para equipos?' },
    { id: 'v-new', display_name: 'Jordan Blake', email: fixtures.noMatch.email, phone: fixtures.noMatch.phone, greeting: 'Hello, I would like a demo.' },
    { id: 'v-phone', display_name: fixtures.phoneOnlyLead.name, email: '', phone: fixtures.phoneOnlyLead.phone, greeting: 'こんにちは、見積もりをお願いします。' },
    { id: 'v-sam', display_name: 'Sam Taylor', email: fixtures.sharedEmail.email, phone: '', greeting: 'Following up on my trial.' },
    { id: 'v-xss', display_name: fixtures.hostile.xss, email: fixtures.hostile.leadEmail, phone: '', greeting: fixtures.hostile.xss },
  ];

  const supportUsers = new Map(state.supportUsers.map((u) => [u.id, u]));
  const interesting = new Set<string>([fixtures.personWithDeals.email, fixtures.leadOnly.email, fixtures.noMatch.email, fixtures.hostile.leadEmail, fixtures.sharedEmail.email]);
  const ticketsFirst = [...state.tickets].sort((a, b) => {
    const ia = interesting.has(supportUsers.get(a.requester_id)?.email ?? '') ? 0 : 1;
    const ib = interesting.has(supportUsers.get(b.requester_id)?.email ?? '') ? 0 : 1;
    return ia - ib || b.id - a.id;
  });
  const seen = new Set<string>();
  const tickets: TicketView[] = [];
  for (const ticket of ticketsFirst) {
    const requester = supportUsers.get(ticket.requester_id);
    if (!requester) continue;
    const key = requester.email ?? String(requester.id);
    if (seen.has(key) && tickets.length < 6) continue;
    seen.add(key);
    tickets.push({
      id: ticket.id,
      subject: ticket.subject,
      status: ticket.status,
      description: ticket.description,
      requester: { id: requester.id, name: requester.name, email: requester.email, phone: requester.phone },
    });
    if (tickets.length >= 12) break;
  }

  const person = state.contacts.find((c) => c.id === fixtures.personWithDeals.id);
  const company = state.contacts.find((c) => c.id === fixtures.company.id);
  const deal = state.deals.find((d) => d.id === fixtures.personWithDeals.dealIds[0]);
  const sell: SellCardRecord[] = [
    ...[fixtures.leadOnly.id, fixtures.sharedEmail.leadId, fixtures.hostile.leadId, fixtures.rtlLead.id].map((id) => ({
      kind: 'lead' as const,
      id,
      name: leadName(id),
      email: lead(id)?.email ?? null,
      record: lead(id) as unknown as Record<string, unknown>,
    })),
    ...take(state.leads.filter((l) => l.id > fixtures.rtlLead.id + 10 && l.email), 4).map((l) => ({
      kind: 'lead' as const,
      id: l.id,
      name: leadName(l.id),
      email: l.email,
      record: l as unknown as Record<string, unknown>,
    })),
  ];
  if (person) sell.push({ kind: 'person', id: person.id, name: person.name ?? '', email: person.email, record: person as unknown as Record<string, unknown> });
  if (company) sell.push({ kind: 'company', id: company.id, name: company.name ?? '', email: company.email, record: company as unknown as Record<string, unknown> });
  if (deal) {
    sell.push({
      kind: 'deal',
      id: deal.id,
      name: deal.name,
      email: person?.email ?? null,
      record: { ...deal, contact: { id: person?.id, name: person?.name, email: person?.email } },
    });
  }
  const noChats = state.leads.find((l) => l.email && !state.chats.some((c) => c.visitor.email === l.email) && l.id > 20_000_100);
  if (noChats) sell.push({ kind: 'lead', id: noChats.id, name: leadName(noChats.id), email: noChats.email, record: noChats as unknown as Record<string, unknown> });

  return {
    personas: {
      'sell-admin': { name: fixtures.adminUser.name, email: fixtures.adminUser.email, sellUser: sellUser(fixtures.adminUser.id) },
      'sell-user': { name: fixtures.regularUser.name, email: fixtures.regularUser.email, sellUser: sellUser(fixtures.regularUser.id) },
      'no-sell': { name: 'Chris Park', email: fixtures.support.agentWithoutSell.email, sellUser: null },
    },
    visitors,
    tickets,
    sell,
  };
}

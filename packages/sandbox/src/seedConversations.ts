import type { SellContact, SellLead } from '@sell-bridge/core';
import { fixtures, HOSTILE } from './fixtures';
import { pickName } from './names';
import { pickPhone } from './phone';
import { EPOCH_MS, isoSeconds, type Random } from './random';
import type { SandboxChat, SandboxChatHistoryItem, SupportTicket, SupportUser } from './types';

interface Person {
  name: string;
  email: string | null;
  phone: string | null;
}

const STAMP = isoSeconds(EPOCH_MS - 800 * 86_400_000);
const DEPARTMENTS = [
  { id: 1, name: 'Sales' },
  { id: 2, name: 'Support' },
  { id: 3, name: 'Ventas España' },
  { id: 4, name: 'サポート' },
];
const VISITOR_LINES = [
  'Hi, I would like a quote for 20 seats.',
  '¿Tienen soporte en español?',
  '料金プランについて教えてください。',
  'مرحبا، أحتاج مساعدة في الفاتورة',
  'שלום, יש לי שאלה על המחיר',
  `Is this safe? ${HOSTILE.xss}`,
  'Can someone call me back? 🙏',
];
const AGENT_LINES = ['Happy to help!', 'Let me check that for you.', 'I have sent you an email with the details.', 'Claro, te ayudo.'];
const SUBJECTS = ['Billing question', 'Cannot log in', 'Demande de devis', '請求書について', 'Upgrade to Enterprise', `Broken ${HOSTILE.xss}`];

function staffUser(id: number, name: string, email: string | null, role: SupportUser['role']): SupportUser {
  return { id, name, email, phone: null, role, active: true, verified: true, organization_id: null, time_zone: 'Europe/London', locale: 'en-US', tags: [], created_at: STAMP, updated_at: STAMP };
}

/** Support agents and admins: the admin and agent map to Sell users by email; one agent has no Sell user. */
export function seedSupportStaff(): SupportUser[] {
  const s = fixtures.support;
  return [
    staffUser(s.adminUserId, fixtures.adminUser.name, fixtures.adminUser.email, 'admin'),
    staffUser(s.agentUserId, fixtures.regularUser.name, fixtures.regularUser.email, 'agent'),
    staffUser(s.agentWithoutSell.id, 'Chris Park', s.agentWithoutSell.email, 'agent'),
    staffUser(s.agentWithoutSell.id + 1, 'Mei Chen', 'mei.chen@support-only.example', 'agent'),
    staffUser(s.agentWithoutSell.id + 2, 'Diego Ramírez', 'diego.ramirez@support-only.example', 'agent'),
  ];
}

const chatId = (random: Random, n: number): string =>
  `2512.${n}.${random.chars(13, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`;

/** One chat (or offline message) between `visitor` and an agent from `agents`, starting at `startMs`. */
function buildChat(random: Random, id: string, visitor: Person, startMs: number, agents: readonly SupportUser[]): SandboxChat {
  const agent = random.pick(agents);
  const department = random.pick(DEPARTMENTS);
  const visitorName = visitor.name;
  const offline = random.chance(0.1);
  const history: SandboxChatHistoryItem[] = [];
  let t = startMs;
  const push = (item: Omit<SandboxChatHistoryItem, 'index' | 'timestamp' | 'channel'>): void => {
    t += random.int(3, 90) * 1000;
    history.push({ ...item, index: history.length, timestamp: isoSeconds(t), channel: `#${department.name}` });
  };
  if (!offline) {
    push({ type: 'chat.memberjoin', name: visitorName, sender_type: 'Visitor' });
    push({ type: 'chat.msg', name: visitorName, msg: random.pick(VISITOR_LINES), sender_type: 'Visitor', msg_id: random.chars(8, '0123456789') });
    push({ type: 'chat.memberjoin', name: agent.name, sender_type: 'Agent', agent_id: String(agent.id) });
    for (let turns = random.int(1, 3); turns > 0; turns -= 1) {
      push({ type: 'chat.msg', name: agent.name, msg: random.pick(AGENT_LINES), sender_type: 'Agent', agent_id: String(agent.id) });
      push({ type: 'chat.msg', name: visitorName, msg: random.pick(VISITOR_LINES), sender_type: 'Visitor' });
    }
    push({ type: 'chat.memberleave', name: visitorName, sender_type: 'Visitor' });
  }
  const visitorMsgs = history.filter((h) => h.type === 'chat.msg' && h.sender_type === 'Visitor').length;
  const agentMsgs = history.filter((h) => h.type === 'chat.msg' && h.sender_type === 'Agent').length;
  const start = isoSeconds(startMs);
  const end = offline ? null : isoSeconds(t);
  return {
    id,
    type: offline ? 'offline_msg' : 'chat',
    visitor: { id: `${random.int(1_000_000, 9_999_999)}.${random.chars(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}`, name: visitorName, email: visitor.email, phone: visitor.phone, notes: null },
    ...(offline ? { message: random.pick(VISITOR_LINES) } : {}),
    started_by: 'visitor',
    session: { id: `${startMs / 1000}.${random.chars(6, '0123456789')}`, start_date: start, end_date: end, ip: `203.0.113.${random.int(1, 254)}`, city: 'Berlin', region: 'Berlin', country_code: 'DE', country_name: 'Germany', platform: 'Mac OS', browser: 'Chrome', user_agent: 'Mozilla/5.0 (Macintosh) Chrome/130.0' },
    timestamp: start,
    end_timestamp: end,
    duration: offline ? null : Math.round((t - startMs) / 1000),
    count: { visitor: visitorMsgs, agent: agentMsgs, total: visitorMsgs + agentMsgs },
    response_time: offline ? null : { first: random.int(5, 60), avg: random.int(10, 90), max: random.int(60, 300) },
    department_id: department.id,
    department_name: department.name,
    agent_ids: offline ? [] : [String(agent.id)],
    agent_names: offline ? [] : [agent.name],
    triggered: false,
    triggered_response: null,
    unread: offline && random.chance(0.5),
    missed: offline,
    tags: random.chance(0.3) ? ['sales'] : [],
    history,
    rating: offline ? null : random.pick(['good', 'bad', null] as const),
    comment: null,
    webpath: [{ from: 'https://www.google.com/', to: 'https://shop.example/pricing', title: 'Pricing', timestamp: start }],
    conversions: [],
    zendesk_ticket_id: null,
  };
}

const personFromLead = (l: SellLead): Person => ({ name: [l.first_name, l.last_name].filter(Boolean).join(' ') || (l.organization_name ?? 'Visitor'), email: l.email, phone: l.phone });
const personFromContact = (c: SellContact): Person => ({ name: c.name ?? 'Visitor', email: c.email, phone: c.phone });

/** Fixture visitors plus random ones: some match leads, some persons, some nothing. */
function visitorPicker(random: Random, leads: readonly SellLead[], contacts: readonly SellContact[]): () => Person {
  const persons = contacts.filter((c) => !c.is_organization && c.email !== null);
  const emailLeads = leads.filter((l) => l.email !== null);
  let anonymous = 0;
  return () => {
    const roll = random.next();
    if (roll < 0.35 && emailLeads.length > 0) return personFromLead(random.pick(emailLeads));
    if (roll < 0.6 && persons.length > 0) return personFromContact(random.pick(persons));
    const name = pickName(random);
    anonymous += 1;
    if (roll < 0.9) return { name: `${name.first} ${name.last}`, email: `${name.asciiFirst}.${anonymous}@visitors.example`, phone: random.chance(0.3) ? pickPhone(random) : null };
    return { name: `Visitor ${random.int(10_000, 99_999)}`, email: null, phone: null };
  };
}

interface FixturePerson extends Person {
  chats: number;
  tickets: number;
}

function fixturePeople(): FixturePerson[] {
  const f = fixtures;
  return [
    { name: f.personWithDeals.name, email: f.personWithDeals.email, phone: '+49 30 1234567', chats: f.personWithDeals.chatCount, tickets: f.personWithDeals.ticketCount },
    { name: f.leadOnly.name, email: f.leadOnly.email, phone: null, chats: f.leadOnly.chatCount, tickets: f.leadOnly.ticketCount },
    { name: 'Nobody Known', email: f.noMatch.email, phone: f.noMatch.phone, chats: f.noMatch.chatCount, tickets: f.noMatch.ticketCount },
  ];
}

/**
 * Chats: fixture visitors' chats first (from `fixed`, a generator independent of the seed; the very first has id
 * `fixtures.knownChatId`), then `count` random ones.
 */
export function seedChats(random: Random, fixed: Random, count: number, leads: readonly SellLead[], contacts: readonly SellContact[], agents: readonly SupportUser[]): SandboxChat[] {
  const chats: SandboxChat[] = [];
  const day = 86_400_000;
  let n = 9_000_001;
  for (const person of fixturePeople()) {
    for (let i = 0; i < person.chats; i += 1) {
      const id = n === 9_000_001 ? fixtures.knownChatId : chatId(fixed, n);
      chats.push(buildChat(fixed, id, person, EPOCH_MS - (i + 1) * day - fixed.int(0, 3600) * 1000, agents));
      n += 1;
    }
  }
  const nextVisitor = visitorPicker(random, leads, contacts);
  for (let i = 0; i < count; i += 1) {
    chats.push(buildChat(random, chatId(random, n), nextVisitor(), EPOCH_MS - random.int(60, 60 * 86_400) * 1000, agents));
    n += 1;
  }
  return chats;
}

/** End users and their tickets: fixture requesters first (from `fixed`), then `count` random tickets. */
export function seedTickets(random: Random, fixed: Random, count: number, firstUserId: number, leads: readonly SellLead[], contacts: readonly SellContact[], agents: readonly SupportUser[]): { users: SupportUser[]; tickets: SupportTicket[] } {
  const users: SupportUser[] = [];
  const tickets: SupportTicket[] = [];
  const addUser = (person: Person): SupportUser => {
    const user: SupportUser = { ...staffUser(firstUserId + users.length, person.name, person.email, 'end-user'), phone: person.phone };
    users.push(user);
    return user;
  };
  const addTicket = (requester: SupportUser, random: Random): void => {
    const created = EPOCH_MS - random.int(60, 400 * 86_400) * 1000;
    const channel = random.pick(['web', 'email', 'chat', 'api'] as const);
    tickets.push({
      id: tickets.length + 1,
      subject: random.pick(SUBJECTS),
      description: 'Hello, please see my question below.\n¿Me pueden ayudar? 🙂',
      status: random.pick(['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const),
      priority: random.pick(['low', 'normal', 'high', 'urgent', null] as const),
      type: random.pick(['question', 'incident', 'problem', 'task', null] as const),
      requester_id: requester.id,
      submitter_id: requester.id,
      assignee_id: random.chance(0.8) ? random.pick(agents).id : null,
      organization_id: null,
      group_id: null,
      tags: channel === 'chat' ? ['zopim_chat'] : [],
      via: { channel },
      created_at: isoSeconds(created),
      updated_at: isoSeconds(created + random.int(0, 30 * 86_400) * 1000),
    });
  };
  for (const person of fixturePeople()) {
    const user = addUser(person);
    for (let i = 0; i < person.tickets; i += 1) addTicket(user, fixed);
  }
  // Support keeps one user per email: a random requester whose email is taken becomes that user's ticket, except
  // the fixture requesters, whose ticket counts tests rely on.
  const fixtureEmails = new Set(users.flatMap((u) => (u.email ? [u.email.toLowerCase()] : [])));
  const byEmail = new Map<string, SupportUser>();
  const nextRequester = visitorPicker(random, leads, contacts);
  const pool: SupportUser[] = [];
  const total = tickets.length + count;
  while (tickets.length < total) {
    // About two tickets per requester on average.
    let requester: SupportUser;
    if (pool.length > 0 && random.chance(0.5)) requester = random.pick(pool);
    else {
      const person = nextRequesterWithEmail(nextRequester, random);
      const email = person.email?.toLowerCase() ?? '';
      if (fixtureEmails.has(email)) continue;
      const known = byEmail.get(email);
      if (known) requester = known;
      else {
        requester = addUser(person);
        byEmail.set(email, requester);
        pool.push(requester);
      }
    }
    addTicket(requester, random);
  }
  return { users, tickets };
}

function nextRequesterWithEmail(next: () => Person, random: Random): Person {
  const person = next();
  return person.email !== null ? person : { ...person, email: `requester.${random.int(1, 1_000_000)}@support-only.example` };
}

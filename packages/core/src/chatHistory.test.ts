import type { ChatRecord } from './sell';
import { toChatSummaries } from './chatHistory';

const chat = (over: Partial<ChatRecord> = {}): ChatRecord => ({
  id: 'c1',
  type: 'chat',
  visitor: { id: 'v1', name: 'Ana García', email: 'ana@x.io', phone: null },
  timestamp: '2026-03-04T23:30:00Z',
  end_timestamp: null,
  duration: 300,
  department_id: 1,
  department_name: 'Sales',
  agent_ids: ['1', '2'],
  agent_names: ['Omar', 'Sofía'],
  unread: false,
  missed: false,
  tags: [],
  history: [
    { type: 'chat.memberjoin', name: 'Omar', timestamp: '2026-03-04T23:30:01Z' },
    { type: 'chat.msg', name: 'Ana García', msg: '<img src=x onerror=alert(1)> hello', timestamp: '2026-03-04T23:30:02Z', sender_type: 'Visitor' },
    { type: 'chat.msg', name: 'Omar', msg: 'Hi Ana', timestamp: '2026-03-04T23:31:00Z', agent_id: '1' },
  ],
  zendesk_ticket_id: null,
  ...over,
});

it('shows the date in the viewer’s Sell time zone', () => {
  const [inParis] = toChatSummaries([chat()], { locale: 'en-US', timeZone: 'UTC+01:00' });
  const [inUtc] = toChatSummaries([chat()], { locale: 'en-US', timeZone: null });
  expect(inParis!.when).toContain('5');
  expect(inUtc!.when).toContain('4');
});

it('keeps only messages, as plain text, marking who spoke', () => {
  const [summary] = toChatSummaries([chat()], { locale: 'en', timeZone: 'UTC' });
  expect(summary!.lines.map((l) => [l.who, l.fromVisitor])).toEqual([
    ['Ana García', true],
    ['Omar', false],
  ]);
  expect(summary!.lines[0]!.text).toBe('<img src=x onerror=alert(1)> hello');
  expect(summary!.agents).toMatch(/Omar.*Sofía/);
  expect(summary!.department).toBe('Sales');
});

it('includes an offline message as the visitor’s line', () => {
  const [summary] = toChatSummaries([chat({ type: 'offline_msg', history: [], message: 'Call me back' })], { locale: 'en', timeZone: 'UTC' });
  expect(summary!.offline).toBe(true);
  expect(summary!.lines).toEqual([expect.objectContaining({ text: 'Call me back', fromVisitor: true })]);
});

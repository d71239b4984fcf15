import { formatTranscript, readEndedChat } from './formatTranscript';

const texts = {
  header: ({ visitor, date }: { visitor: string; date: string }) => `Transcript with ${visitor}, ${date}`,
  chat: ({ chat }: { chat: string }) => `Chat: ${chat}`,
  visitor: 'Visitor',
};
const utc = { locale: 'en-GB', timeZone: 'UTC' };
const ts = Date.UTC(2026, 0, 5, 14, 3);

it('names the chat by its channel, else by the host chat id, else not at all', () => {
  expect(readEndedChat({ chat: [{ channel: '#c:1', message: 'hi' }] }, '42')?.key).toBe('#c:1');
  expect(readEndedChat({ chat: [{ message: 'hi' }] }, '42')?.key).toBe('chat:42');
  expect(readEndedChat({ chat: [{ message: 'hi' }] }, null)).toBeNull();
});

it.each([null, 'text', { chat: 'nope' }, { chat: [null, 3, 'x'] }])('reads the malformed payload %j as a chat without lines', (payload) => {
  expect(readEndedChat(payload, '7')?.entries ?? []).toEqual([]);
});

it('writes a header, the chat line and one "[time] name: message" line per message, in the agent’s zone', () => {
  const chat = readEndedChat(
    {
      chat: [
        { channel: '#c:1', display_name: 'Ana', nick: 'visitor:1', ts, message: 'Hello' },
        { channel: '#c:1', display_name: 'Omar', nick: 'agent:2', ts: ts + 90_000, msg: 'Hi Ana' },
        { channel: '#c:1', display_name: 'Ana', nick: 'visitor:1', ts: ts + 100_000 },
      ],
    },
    null,
  )!;

  expect(formatTranscript(chat, texts, utc).split('\n')).toEqual(['Transcript with Ana, 5 Jan 2026', 'Chat: #c:1', '', '[14:03] Ana: Hello', '[14:04] Omar: Hi Ana']);
  expect(formatTranscript(chat, texts, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toContain('[23:03] Ana: Hello');
});

it('reads timestamps in seconds too, and leaves the time out when there is none', () => {
  const chat = readEndedChat({ chat: [{ channel: '#c', display_name: 'Ana', ts: ts / 1000, message: 'a' }, { channel: '#c', display_name: 'Ana', message: 'b' }] }, null)!;
  expect(formatTranscript(chat, texts, utc).split('\n').slice(3)).toEqual(['[14:03] Ana: a', 'Ana: b']);
});

it('indents the continuation lines of a multi-line message and drops control and bidi override characters', () => {
  const chat = readEndedChat({ chat: [{ channel: '#c', display_name: 'A\u202eB', nick: 'visitor:1', message: 'one\r\ntwo\u0007' }] }, null)!;
  expect(formatTranscript(chat, texts, utc).split('\n').slice(3)).toEqual(['AB: one', '    two']);
});

it('calls a visitor without a name by the translated word', () => {
  const chat = readEndedChat({ chat: [{ channel: '#c', nick: 'visitor:1', message: 'hi' }] }, null)!;
  const lines = formatTranscript(chat, texts, utc).split('\n');
  expect(lines[0]).toBe('Transcript with Visitor, ');
  expect(lines[3]).toBe('Visitor: hi');
});

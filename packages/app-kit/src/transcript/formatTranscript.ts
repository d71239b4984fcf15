/** One entry of `channel.chat.end`'s `chat` list (docs/platform/zaf.md §Chat sidebar); only entries with a message are lines. */
interface ChatEndEntry {
  channel?: string;
  display_name?: string;
  /** `visitor:<id>` or `agent:<id>`. */
  nick?: string;
  /** Milliseconds (or seconds) since the epoch. */
  ts?: number;
  message?: string;
  /** Some hosts name the text `msg`. */
  msg?: string;
}

/** A chat that ended, read from the event payload. */
export interface EndedChat {
  /** Names the chat for the once-only marker: its channel, else the host's chat id. */
  key: string;
  entries: ChatEndEntry[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toEntry(value: unknown): ChatEndEntry | null {
  if (!isRecord(value)) return null;
  const entry: ChatEndEntry = {};
  if (typeof value.channel === 'string') entry.channel = value.channel;
  if (typeof value.display_name === 'string') entry.display_name = value.display_name;
  if (typeof value.nick === 'string') entry.nick = value.nick;
  if (typeof value.ts === 'number' && Number.isFinite(value.ts)) entry.ts = value.ts;
  if (typeof value.message === 'string') entry.message = value.message;
  if (typeof value.msg === 'string') entry.msg = value.msg;
  return entry;
}

/**
 * Reads a `channel.chat.end` payload (`{chat: [{channel, display_name, nick, ts, message?}, ...]}`). The chat is named
 * by its channel, or by `fallbackId` (the host's `chat.id`); null when neither exists, so nothing can be saved twice.
 */
export function readEndedChat(payload: unknown, fallbackId: string | null): EndedChat | null {
  const list = isRecord(payload) && Array.isArray(payload.chat) ? payload.chat : [];
  const entries = list.map(toEntry).filter((e): e is ChatEndEntry => e !== null);
  const channel = entries.find((e) => e.channel)?.channel ?? null;
  const key = channel ?? (fallbackId ? `chat:${fallbackId}` : null);
  return key ? { key, entries } : null;
}

/** Texts the note needs in the agent's language. */
export interface TranscriptTexts {
  /** Heading line; gets the visitor's name and the chat's date. */
  header: (values: { visitor: string; date: string }) => string;
  /** Line naming the chat; gets its channel or id. */
  chat: (values: { chat: string }) => string;
  /** Name of a visitor who gave none. */
  visitor: string;
}

/** Milliseconds from a Chat `ts`, which hosts send in ms (or, older ones, seconds). */
function toMillis(ts: number | undefined): number | null {
  if (ts === undefined || ts <= 0) return null;
  return ts < 1e11 ? ts * 1000 : ts;
}

// Controls other than line breaks and tabs have no place in a note; bidi overrides could reorder the lines.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, '').trim();
}

/**
 * The transcript as a Sell note: a header naming the visitor, the date and the chat, then one plain-text line per
 * message, `[time] name: message`, times in the agent's locale and zone. Continuation lines of a multi-line message
 * are indented so every message still starts with its time.
 */
export function formatTranscript(chat: EndedChat, texts: TranscriptTexts, format: { locale: string; timeZone: string }): string {
  const safe = (make: () => Intl.DateTimeFormat) => {
    try {
      return make();
    } catch {
      return new Intl.DateTimeFormat('en', { timeZone: 'UTC', timeStyle: 'short' });
    }
  };
  const time = safe(() => new Intl.DateTimeFormat(format.locale, { timeStyle: 'short', timeZone: format.timeZone }));
  const day = safe(() => new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeZone: format.timeZone }));
  const visitorEntry = chat.entries.find((e) => e.nick?.startsWith('visitor') && e.display_name);
  const visitor = clean(visitorEntry?.display_name ?? '') || texts.visitor;
  const first = chat.entries.map((e) => toMillis(e.ts)).find((ms) => ms !== null);
  const lines = [texts.header({ visitor, date: first == null ? '' : day.format(first) }), texts.chat({ chat: chat.key }), ''];
  for (const entry of chat.entries) {
    const text = clean(entry.message ?? entry.msg ?? '');
    if (text === '') continue;
    const ms = toMillis(entry.ts);
    const who = clean(entry.display_name ?? '') || (entry.nick?.startsWith('visitor') ? visitor : (entry.nick ?? ''));
    const prefix = `${ms === null ? '' : `[${time.format(ms)}] `}${who}: `;
    lines.push(prefix + text.split('\n').join('\n    '));
  }
  return lines.join('\n');
}

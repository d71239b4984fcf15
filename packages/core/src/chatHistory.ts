import type { ChatRecord } from './sell';
import { createFormatters } from './widgets/formatters';
import { plainText } from './widgets/plainText';

/** One line of a transcript, ready to render as text. */
export interface TranscriptLine {
  who: string;
  text: string;
  time: string | null;
  fromVisitor: boolean;
}

/** A chat as the history list shows it. */
export interface ChatSummary {
  id: string;
  when: string | null;
  agents: string;
  department: string | null;
  preview: string;
  missed: boolean;
  offline: boolean;
  lines: TranscriptLine[];
}

/**
 * Shapes chats for the history on Sell cards: date and time in the viewer's zone (Sell's `UTC+hh:mm` or IANA),
 * agent names joined per locale, the transcript's messages as plain text (nothing a visitor typed can become markup).
 */
export function toChatSummaries(chats: readonly ChatRecord[], options: { locale: string; timeZone: string | null }): ChatSummary[] {
  const format = createFormatters({ locale: options.locale, timeZone: options.timeZone ?? 'UTC' });
  return chats.map((chat) => {
    const lines: TranscriptLine[] = chat.history
      .filter((item) => item.type === 'chat.msg' && typeof item.msg === 'string')
      .map((item) => ({
        who: plainText(item.name),
        text: plainText(item.msg ?? ''),
        time: format.datetime(item.timestamp),
        fromVisitor: (item.sender_type ?? '').toLowerCase() === 'visitor' || (!item.agent_id && item.name === chat.visitor.name),
      }));
    if (chat.type === 'offline_msg' && chat.message) {
      lines.push({ who: plainText(chat.visitor.name ?? ''), text: plainText(chat.message), time: format.datetime(chat.timestamp), fromVisitor: true });
    }
    return {
      id: chat.id,
      when: format.datetime(chat.timestamp),
      agents: format.list(chat.agent_names.map(plainText)),
      department: chat.department_name ? plainText(chat.department_name) : null,
      preview: lines[0]?.text.slice(0, 140) ?? '',
      missed: chat.missed,
      offline: chat.type === 'offline_msg',
      lines,
    };
  });
}

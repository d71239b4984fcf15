import { useId } from 'react';
import { Tag } from '@zendeskgarden/react-tags';
import { useI18n } from '../i18n/I18nProvider';
import { StateMessage } from '../states/StateMessage';
import { formatChatTime } from './formatChatTime';
import { useNow } from './useNow';
import { StyledList, StyledName, StyledPreview, StyledRow, StyledSection, StyledSectionTitle, StyledSubtle } from './styled';
import type { ChatListItem } from './types';

export interface ChatListProps {
  chats: readonly ChatListItem[];
  onOpen: (chatId: string) => void;
  /** The Sell user's zone (`UTC+hh:mm` or IANA); null = UTC. */
  timeZone: string | null;
  /** For "today" in times; injectable for tests. */
  now?: number;
  /** `recent`: the empty state speaks of the last day rather than of new chats. */
  mode: 'live' | 'recent';
}

const SECTIONS = [
  { state: 'waiting', titleKey: 'topbar.incoming' },
  { state: 'active', titleKey: 'topbar.active' },
  { state: 'ended', titleKey: 'topbar.ended_chats' },
] as const;

function Row({ chat, onOpen, timeZone, now }: { chat: ChatListItem; onOpen: (id: string) => void; timeZone: string | null; now: number }) {
  const { t, formatLocale } = useI18n();
  const name = chat.visitorName || t('topbar.anonymous');
  const status =
    chat.state === 'waiting'
      ? t('topbar.waiting')
      : chat.state === 'ended'
        ? t('topbar.ended')
        : chat.servedByMe
          ? t('topbar.served_by_you')
          : chat.agentNames.length > 0
            ? t('topbar.served_by', { names: chat.agentNames.join(', ') })
            : t('topbar.active_chat');
  const unread = chat.unread > 0 ? t('topbar.unread', { count: chat.unread }) : '';
  return (
    <li>
      <StyledRow
        type="button"
        $unread={chat.unread > 0}
        onClick={() => onOpen(chat.id)}
        aria-label={[name, status, unread].filter(Boolean).join(', ')}
        data-testid="topbar-chat"
        data-chat-id={chat.id}
      >
        <StyledName $strong={chat.unread > 0} dir="auto">
          {name}
        </StyledName>
        <span>
          {chat.unread > 0 ? (
            <Tag size="small" hue="blue" isPill aria-hidden="true" data-testid="unread-count">
              {chat.unread}
            </Tag>
          ) : (
            <StyledSubtle>{formatChatTime(chat.lastActivityAt, { locale: formatLocale, timeZone, now })}</StyledSubtle>
          )}
        </span>
        <StyledPreview dir="auto">{chat.preview ?? status}</StyledPreview>
        <StyledSubtle style={{ gridColumn: '1 / -1' }} dir="auto">
          {status}
        </StyledSubtle>
      </StyledRow>
    </li>
  );
}

function Section({ titleKey, chats, ...row }: { titleKey: string; chats: readonly ChatListItem[]; onOpen: (id: string) => void; timeZone: string | null; now: number }) {
  const { t } = useI18n();
  const id = useId();
  if (chats.length === 0) return null;
  return (
    <StyledSection aria-labelledby={id}>
      <StyledSectionTitle id={id}>
        {t(titleKey)} ({chats.length})
      </StyledSectionTitle>
      <StyledList>
        {chats.map((chat) => (
          <Row key={chat.id} chat={chat} {...row} />
        ))}
      </StyledList>
    </StyledSection>
  );
}

/** Incoming, active and ended chats, each row with its visitor, last line, who serves it and its unread count. */
export function ChatList({ chats, onOpen, timeZone, now: fixedNow, mode }: ChatListProps) {
  const now = useNow(fixedNow);
  if (chats.length === 0) {
    return <StateMessage tone="info" titleKey="topbar.empty.title" bodyKey={mode === 'recent' ? 'topbar.empty.recent_body' : 'topbar.empty.body'} />;
  }
  return (
    <>
      {SECTIONS.map((section) => (
        <Section key={section.state} titleKey={section.titleKey} chats={chats.filter((c) => c.state === section.state)} onOpen={onOpen} timeZone={timeZone} now={now} />
      ))}
    </>
  );
}

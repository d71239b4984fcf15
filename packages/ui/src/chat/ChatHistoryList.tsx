import { useId, useMemo } from 'react';
import { Accordion } from '@zendeskgarden/react-accordions';
import { Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { toChatSummaries, type ChatRecord } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import { StyledTicketHeader } from '../tickets/styled/StyledTicketParts';

export interface ChatHistoryListProps {
  chats: readonly ChatRecord[];
  /** How many chats Chat found in all (the list may show fewer until more are loaded). */
  total: number;
  /** The Sell user's zone (`UTC+hh:mm` or IANA); null = UTC. */
  timeZone: string | null;
  /** Shown as a "load more" button when there are more pages. */
  onLoadMore?: () => void;
  loadingMore?: boolean;
}

/**
 * Past chats, newest first, under a title with their count (as the tickets card has): when, agents, department, and
 * the transcript behind an expandable row.
 */
export function ChatHistoryList({ chats, total, timeZone, onLoadMore, loadingMore = false }: ChatHistoryListProps) {
  const { t, formatLocale } = useI18n();
  const titleId = useId();
  const summaries = useMemo(() => toChatSummaries(chats, { locale: formatLocale, timeZone }), [chats, formatLocale, timeZone]);
  return (
    <section aria-labelledby={titleId}>
    <StyledTicketHeader id={titleId}>{t('chats.title_count', { total: Math.max(total, chats.length) })}</StyledTicketHeader>
    <Accordion level={3} isCompact isBare isCollapsible aria-labelledby={titleId}>
      {summaries.map((chat) => (
        <Accordion.Section key={chat.id} data-testid="chat-history-item">
          <Accordion.Header>
            <Accordion.Label>
              <span style={{ display: 'block', fontWeight: 600 }}>{chat.when}</span>
              <span style={{ display: 'block', fontSize: 12, opacity: 0.8 }} dir="auto">
                {chat.agents || t('chats.no_agent')}
                {chat.department ? ` · ${chat.department}` : ''}
              </span>
              {chat.missed ? <Tag size="small" hue="red">{t('chats.missed')}</Tag> : null}
              {chat.offline ? <Tag size="small">{t('chats.offline_message')}</Tag> : null}
            </Accordion.Label>
          </Accordion.Header>
          <Accordion.Panel>
            <ol aria-label={t('chats.transcript')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {chat.lines.map((line, i) => (
                <li key={i} style={{ margin: '4px 0' }}>
                  <span style={{ fontWeight: line.fromVisitor ? 400 : 600 }} dir="auto">
                    {line.who}
                  </span>
                  {line.time ? <span style={{ fontSize: 11, opacity: 0.7 }}> · {line.time}</span> : null}
                  <div dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {line.text}
                  </div>
                </li>
              ))}
            </ol>
          </Accordion.Panel>
        </Accordion.Section>
      ))}
    </Accordion>
    {onLoadMore ? (
      <Button size="small" isBasic onClick={onLoadMore} disabled={loadingMore}>
        {t('chats.load_more')}
      </Button>
    ) : null}
    </section>
  );
}

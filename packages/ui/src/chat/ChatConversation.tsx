import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { Field, Textarea } from '@zendeskgarden/react-forms';
import { safeHref } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import { formatChatTime } from './formatChatTime';
import { useNow } from './useNow';
import { StyledActions, StyledHeader, StyledHeading, StyledLine, StyledLineMeta, StyledLines, StyledPanel, StyledSubtle } from './styled';
import type { ChatLineItem, ChatListItem } from './types';

export interface ChatConversationProps {
  chat: ChatListItem;
  lines: readonly ChatLineItem[];
  /** The connection can reply in this chat now (live, not ended, not served by someone else). */
  canReply: boolean;
  canEnd: boolean;
  /** Where to reply when this top bar cannot (an `https:` link to Chat). */
  openInChatUrl?: string | undefined;
  /** The chat started before this top bar connected: its earlier lines are only in Chat. */
  joinedLate?: boolean;
  /** Sends a line; resolves to null when sent, else the translation key of what went wrong (the draft is kept). */
  onSend: (text: string) => Promise<string | null>;
  /** Ends the chat; same contract as `onSend`. */
  onEnd: () => Promise<string | null>;
  onBack: () => void;
  /** The visitor's Sell record (matched by email), rendered by the app. */
  record?: ReactNode;
  timeZone: string | null;
  now?: number;
}

/**
 * One chat: a back link, the visitor and who serves the chat, the transcript (announced as a log), the visitor's
 * Sell record, a reply box (Enter sends, Shift+Enter adds a line) and "end chat" — or a link to Chat when this
 * connection cannot reply.
 */
export function ChatConversation(props: ChatConversationProps) {
  const { chat, lines, canReply, canEnd, openInChatUrl, joinedLate = false, onSend, onEnd, onBack, record, timeZone } = props;
  const now = useNow(props.now);
  const { t, formatLocale } = useI18n();
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState<'idle' | 'sending' | 'ending'>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = useId();
  const logRef = useRef<HTMLDivElement>(null);
  const name = chat.visitorName || t('topbar.anonymous');
  const chatLink = openInChatUrl ? safeHref(openInChatUrl, 'url') : null;

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [lines.length]);

  const send = async () => {
    const text = draft.trim();
    if (!text || busy !== 'idle') return;
    setBusy('sending');
    const failure = await onSend(text);
    setBusy('idle');
    setProblem(failure);
    if (!failure) setDraft('');
  };
  const end = async () => {
    setBusy('ending');
    setProblem(await onEnd());
    setBusy('idle');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <StyledPanel aria-labelledby={headingId}>
      <div>
        <Button size="small" isBasic onClick={onBack}>
          ← {t('topbar.back')}
        </Button>
      </div>
      <StyledHeader>
        <div style={{ minWidth: 0 }}>
          <StyledHeading id={headingId} dir="auto">
            {t('topbar.chat_with', { name })}
          </StyledHeading>
          {chat.visitorEmail ? <StyledSubtle dir="auto">{chat.visitorEmail}</StyledSubtle> : null}
        </div>
        {canEnd && chat.state !== 'ended' ? (
          <Button size="small" isDanger onClick={() => void end()} disabled={busy !== 'idle'}>
            {t('topbar.end')}
          </Button>
        ) : null}
      </StyledHeader>
      {record}
      {joinedLate ? <StyledSubtle>{t('topbar.earlier_in_chat')}</StyledSubtle> : null}
      <div ref={logRef} role="log" aria-label={t('topbar.transcript')} style={{ maxHeight: 280, overflowY: 'auto' }} data-testid="topbar-transcript">
        <StyledLines style={{ maxHeight: 'none', overflow: 'visible' }}>
          {lines.map((line) => (
            <StyledLine key={line.id} $mine={line.mine}>
              <StyledLineMeta dir="auto">
                {line.authorName || (line.author === 'visitor' ? name : t('topbar.agent'))} · {formatChatTime(line.at, { locale: formatLocale, timeZone, now })}
              </StyledLineMeta>
              <span dir="auto">{line.text}</span>
            </StyledLine>
          ))}
        </StyledLines>
      </div>
      {chat.state === 'ended' ? <StyledSubtle role="status">{t('topbar.ended_body')}</StyledSubtle> : null}
      {chat.state === 'active' && !chat.servedByMe && chat.agentNames.length > 0 ? (
        <StyledSubtle>{t('topbar.served_elsewhere', { names: chat.agentNames.join(', ') })}</StyledSubtle>
      ) : null}
      {problem ? (
        <StyledSubtle role="alert" style={{ color: 'inherit' }}>
          {t(problem)}
        </StyledSubtle>
      ) : null}
      {canReply ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <Field>
            <Field.Label>{t('topbar.reply.label')}</Field.Label>
            <Textarea
              isCompact
              minRows={2}
              maxRows={6}
              dir="auto"
              value={draft}
              placeholder={t('topbar.reply.placeholder')}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={onKeyDown}
            />
          </Field>
          <StyledActions style={{ marginTop: 8 }}>
            <Button type="submit" size="small" isPrimary disabled={busy !== 'idle' || draft.trim() === ''}>
              {busy === 'sending' ? t('topbar.reply.sending') : t('topbar.reply.send')}
            </Button>
          </StyledActions>
        </form>
      ) : chatLink && chat.state !== 'ended' ? (
        <StyledActions>
          <StyledSubtle>{t('topbar.reply_in_chat')}</StyledSubtle>
          <Anchor href={chatLink} isExternal target="_blank" rel="noopener noreferrer" externalIconLabel={t('record.opens_new_tab')}>
            {t('topbar.open_in_chat')}
          </Anchor>
        </StyledActions>
      ) : null}
    </StyledPanel>
  );
}

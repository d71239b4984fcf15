import { browserTimeZone, pickTimeZone } from '@sell-bridge/core';
import { AdminSettingsButton, useSettings } from '@sell-bridge/app-kit';
import { isChatActionError, type ChatConnection, type ChatSummary } from '@sell-bridge/sell-api';
import { ChatConversation, ChatList, ConnectionStatusBar, useI18n, type ChatLineItem, type ChatListItem } from '@sell-bridge/ui';
import { useZafContext } from '@sell-bridge/zaf';
import { chatDashboardUrl } from '../chat/chatLinks';
import { VisitorRecords } from '../components/VisitorRecords';
import { useChatConnection } from '../hooks/useChatConnection';

const ACTION_ERROR = { 'served-by-other': 'topbar.error.served_by_other', offline: 'topbar.error.offline', timeout: 'topbar.error.timeout', rejected: 'topbar.error.rejected' } as const;

/** The translation key explaining why sending or ending failed. */
function actionError(error: unknown): string {
  return isChatActionError(error) ? ACTION_ERROR[error.kind] : ACTION_ERROR.rejected;
}

function toItem(chat: ChatSummary, unread: number): ChatListItem {
  return { id: chat.id, visitorName: chat.visitor.name, visitorEmail: chat.visitor.email, state: chat.state, lastActivityAt: chat.lastActivityAt, preview: chat.preview, unread, agentNames: chat.agentNames, servedByMe: chat.servedByMe };
}

function linesOf(connection: ChatConnection, chatId: string): ChatLineItem[] {
  return connection.messages(chatId).map((m) => ({
    id: m.id,
    author: m.author,
    authorName: m.authorName,
    text: m.text,
    at: m.at,
    mine: m.author === 'agent' && (m.clientId !== undefined || (connection.agentName !== undefined && m.authorName === connection.agentName)),
  }));
}

/** Sell's top bar: connect to Chat, see incoming and active chats with unread counts, and serve one with its Sell record. */
export default function TopBar() {
  const { t } = useI18n();
  const context = useZafContext();
  const { settings } = useSettings();
  const sell = context.product === 'sell' ? context : null;
  const timeZone = sell ? pickTimeZone([sell.currentUser.timezone, sell.account.timezone], browserTimeZone()) : null;
  const dashboard = chatDashboardUrl(sell?.account.domain);
  const { connection, state, dispatch } = useChatConnection({ autoConnect: settings.connectOnLoad, openInChatUrl: dashboard });
  // The connection holds the chats; the reducer re-renders on each of its events.
  const chats = connection.listChats();
  const open = state.openId ? chats.find((c) => c.id === state.openId) : undefined;
  const view = { status: connection.status, reason: connection.reason, mode: connection.mode, fallback: state.fallback, agentName: connection.agentName };
  const connected = view.status !== 'idle' && view.status !== 'error';

  let body = null;
  if (open) {
    const lines = linesOf(connection, open.id);
    const servedByOther = open.state === 'active' && !open.servedByMe && open.agentNames.length > 0;
    body = (
      <ChatConversation
        chat={toItem(open, 0)}
        lines={lines}
        canReply={connection.capabilities.reply && open.state !== 'ended' && !servedByOther}
        canEnd={connection.capabilities.end && open.servedByMe && open.state !== 'ended'}
        openInChatUrl={open.openInChatUrl}
        joinedLate={connection.mode === 'live' && lines[0]?.author !== 'visitor'}
        timeZone={timeZone}
        onBack={() => dispatch({ type: 'close' })}
        onSend={async (text) => {
          try {
            await connection.send?.(open.id, text, crypto.randomUUID());
            return null;
          } catch (error) {
            return actionError(error);
          }
        }}
        onEnd={async () => {
          try {
            await connection.end?.(open.id);
            return null;
          } catch {
            return 'topbar.error.end_failed';
          }
        }}
        record={
          sell ? (
            <VisitorRecords chatId={open.id} visitor={open.visitor} settings={settings} rep={{ id: sell.currentUser.id, email: sell.currentUser.email }} openInChatUrl={open.openInChatUrl ?? null} />
          ) : null
        }
      />
    );
  } else if (connected) {
    body = (
      <ChatList
        chats={chats.map((chat) => toItem(chat, state.unread[chat.id] ?? 0))}
        mode={connection.mode}
        timeZone={timeZone}
        onOpen={(chatId) => dispatch({ type: 'open', chatId })}
      />
    );
  }

  return (
    <section aria-labelledby="topbar-title" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8 }}>
        <h2 id="topbar-title" style={{ fontSize: 15, margin: 0 }}>
          {t('topbar.title')}
        </h2>
        {/* Sell admins open the app's admin view from here (installation instructions, step 3). */}
        <AdminSettingsButton />
      </div>
      <ConnectionStatusBar view={view} onConnect={() => void connection.connect()} onReconnect={() => void connection.reconnect()} />
      {body}
    </section>
  );
}

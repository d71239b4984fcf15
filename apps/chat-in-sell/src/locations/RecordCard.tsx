import { browserTimeZone, pickTimeZone } from '@sell-bridge/core';
import { ErrorState, useSettings } from '@sell-bridge/app-kit';
import { ChatHistoryList, LoadingSkeleton, StateMessage } from '@sell-bridge/ui';
import { useZafContext } from '@sell-bridge/zaf';
import { useChatHistory } from '../hooks/useChatHistory';
import { useRecordEmail } from '../hooks/useRecordEmail';

/** A Sell card (lead, person, company, deal): the chat history of the record's email. */
export default function RecordCard() {
  const context = useZafContext();
  const { settings } = useSettings();
  const enabled = settings.showChatHistory;
  const { status, email } = useRecordEmail();
  const history = useChatHistory(email, enabled && status === 'ready');
  const timeZone = context.product === 'sell' ? pickTimeZone([context.currentUser.timezone, context.account.timezone], browserTimeZone()) : null;

  if (!enabled) return <StateMessage tone="info" titleKey="chats.off.title" bodyKey="chats.off.body" />;
  if (status === 'loading') return <LoadingSkeleton />;
  if (!email) return <StateMessage tone="info" titleKey="chats.no_email.title" bodyKey="chats.no_email.body" />;
  if (history.isPending) return <LoadingSkeleton waitingFor="Chat" />;
  if (history.isError) return <ErrorState error={history.error} service="chat" retry={() => void history.refetch()} retrying={history.isFetching} />;
  const chats = history.data.pages.flatMap((page) => page.chats);
  if (chats.length === 0) return <StateMessage tone="info" titleKey="chats.none.title" bodyKey="chats.none.body" values={{ email }} />;
  return (
    <ChatHistoryList
      chats={chats}
      total={history.data.pages[0]?.count ?? chats.length}
      timeZone={timeZone}
      loadingMore={history.isFetchingNextPage}
      {...(history.hasNextPage ? { onLoadMore: () => void history.fetchNextPage() } : {})}
    />
  );
}

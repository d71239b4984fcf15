import { useInfiniteQuery } from '@tanstack/react-query';
import { useServices } from '@sell-bridge/app-kit';
import { sortChatsNewestFirst } from '@sell-bridge/sell-api';

/** The chats whose visitor email matches, newest first, a page of search hits at a time ("load more"). */
export function useChatHistory(email: string | null, enabled: boolean) {
  const { chat } = useServices();
  return useInfiniteQuery({
    queryKey: ['chat-history', email],
    enabled: enabled && email !== null,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) => {
      const page = await chat.searchChatsByEmail(email!, { ...(pageParam ? { cursor: pageParam } : {}), signal });
      const chats = await chat.getChats(
        page.results.map((hit) => hit.id),
        { signal },
      );
      return { chats: sortChatsNewestFirst(chats), next: page.next, count: page.count };
    },
    getNextPageParam: (last) => last.next ?? undefined,
  });
}

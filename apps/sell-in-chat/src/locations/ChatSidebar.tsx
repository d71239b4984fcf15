import { useMemo } from 'react';
import { SellSidebar, type ConversationIdentity } from '@sell-bridge/app-kit';
import { useClientGet } from '@sell-bridge/zaf';

interface Visitor {
  display_name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** Chat sidebar: the Sell records of the chat's visitor, re-read when the visitor changes or a chat starts. */
export default function ChatSidebar() {
  const visitor = useClientGet<Visitor | null>('visitor', { events: ['channel.chat.start'] });
  const identity = useMemo<ConversationIdentity | null>(() => {
    if (visitor.status !== 'success') return null;
    const v = visitor.data ?? {};
    return { name: v.display_name ?? null, email: v.email || null, phone: v.phone || null };
  }, [visitor.status, visitor.data]);
  return <SellSidebar identity={identity} />;
}

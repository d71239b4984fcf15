import { useMemo } from 'react';
import { ChatTranscript, LeadCreation, SellSidebar, type ConversationIdentity } from '@sell-bridge/app-kit';
import { useClientGet, useMetadata } from '@sell-bridge/zaf';

interface Visitor {
  display_name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/**
 * Chat sidebar: the Sell records of the chat's visitor, re-read when the visitor changes or a chat starts; the lead
 * form when nobody matches; and, when the chat ends, its transcript saved to Sell (if the installation says so).
 */
export default function ChatSidebar() {
  const visitor = useClientGet<Visitor | null>('visitor', { events: ['channel.chat.start'] });
  const chat = useClientGet<{ id?: string | number } | null>('chat');
  const { installationId } = useMetadata();
  const identity = useMemo<ConversationIdentity | null>(() => {
    if (visitor.status !== 'success') return null;
    const v = visitor.data ?? {};
    return { name: v.display_name ?? null, email: v.email || null, phone: v.phone || null };
  }, [visitor.status, visitor.data]);
  const chatId = chat.status === 'success' && chat.data?.id != null ? String(chat.data.id) : null;
  // Without a chat id (never seen in Chat, but the path is undocumented) the visitor's email or phone names the draft
  // (hashed in the key); a visitor without either keeps none rather than sharing one with every other such visitor.
  const conversation = chatId ?? identity?.email ?? identity?.phone ?? 'visitor';
  const draftScope = chatId ? `chat:${chatId}` : identity?.email ? `email:${identity.email}` : identity?.phone ? `phone:${identity.phone}` : null;
  return (
    <SellSidebar
      identity={identity}
      noMatch={({ identity: who, settings, match, agentId }) => (
        <LeadCreation
          identity={who}
          origin={{ kind: 'chat', chatId: conversation }}
          settings={settings}
          viewer={match.viewer}
          phoneUnchecked={match.phoneUnsearchable}
          draftKey={draftScope === null ? null : `${String(installationId)}:${draftScope}`}
          agentId={agentId}
          onCreated={match.showCreatedLead}
        />
      )}
      footer={(context) => <ChatTranscript context={context} chatId={chatId} />}
    />
  );
}

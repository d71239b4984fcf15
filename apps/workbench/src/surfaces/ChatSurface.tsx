import { useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field, Input } from '@zendeskgarden/react-forms';
import type { LiveChat, LiveMessage } from '@sell-bridge/sandbox';
import type { ChatSnapshot } from '../../server/chatSimulator';
import type { AppConfig, SurfaceData } from '../api';
import { AppFrame } from '../host/AppFrame';
import { useHost, type FrameSpec } from '../host/HostProvider';
import { StyledAppBox, StyledAppTitle, StyledColumns, StyledListButton, StyledMessage, StyledPane, StyledSidePane } from './layout';

type VisitorField = 'display_name' | 'email' | 'phone';
type Visitors = SurfaceData['visitors'];

const FIELD_LABEL: Record<VisitorField, string> = { display_name: 'Name', email: 'Email', phone: 'Phone' };

/** The simulator's routes (server/chatSimulator.ts); the chats live server-side, shared with Sell's top bar. */
async function chatApi<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/__wb/chat/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} /__wb/chat/${path}: ${response.status}`);
  return (await response.json()) as T;
}

const channelOf = (chat: LiveChat): string => `#supportchat:${chat.id}`;

/** A line as Chat's `channel.message.*` events carry it. */
function eventLine(chat: LiveChat, message: LiveMessage) {
  const nick = message.author === 'visitor' ? `visitor:${chat.id}` : `agent:${message.name}`;
  return { channel: channelOf(chat), nick, display_name: message.name, msg: message.text, ts: message.at };
}

const inChat = (chatId: string) => (spec: FrameSpec) => (spec.tree.chat as { id?: string } | undefined)?.id === chatId;

/** The server's chats, followed over an event stream; the first four visitors get a chat once (seeding). */
function useServerChats(visitors: Visitors, reloadKey: string): ChatSnapshot | null {
  const [snapshot, setSnapshot] = useState<ChatSnapshot | null>(null);
  useEffect(() => {
    void chatApi('POST', 'seed', { visitors: visitors.slice(0, 4) }).catch(() => undefined);
    const source = new EventSource('/__wb/chat/events');
    source.addEventListener('chats', (event) => setSnapshot(JSON.parse((event as MessageEvent<string>).data) as ChatSnapshot));
    return () => source.close();
  }, [visitors, reloadKey]);
  return snapshot;
}

/**
 * Zendesk Chat: the chat list, the transcript with a visitor simulator, the visitor panel and Sell-in-Chat. The chats
 * are the sandbox's live chats, so a visitor started here reaches Chat-in-Sell's top bar and its replies come back.
 */
export function ChatSurface({ app, visitors, reloadKey }: { app: AppConfig; visitors: Visitors; reloadKey: string }) {
  const runtime = useHost();
  const snapshot = useServerChats(visitors, reloadKey);
  // The visitor panel is edited here only: keep the typed values over the server's echo, which may lag a keystroke.
  const [edits, setEdits] = useState<Record<string, Partial<Record<VisitorField, string>>>>({});
  const [openId, setOpenId] = useState('');
  const [visitorText, setVisitorText] = useState('');
  const [agentText, setAgentText] = useState('');
  const started = useRef(new Set<string>());
  const seen = useRef<Map<string, { messages: Set<string>; status: LiveChat['status'] }> | null>(null);

  const chats = useMemo(() => (snapshot?.chats ?? []).map((chat) => ({ ...chat, visitor: { ...chat.visitor, ...edits[chat.id] } })), [snapshot, edits]);
  const open = chats.find((c) => c.id === openId) ?? chats[0];
  // As in Chat, a chat's sidebar app loads when the agent first opens that chat, then stays loaded with its tab.
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set());
  const openChatId = open?.id;
  if (openChatId && !visited.has(openChatId)) setVisited(new Set(visited).add(openChatId));

  // Whatever added a line or ended a chat (this page, the top bar, a test), the chat's sidebar hears it as in Chat.
  useEffect(() => {
    if (!snapshot) return;
    const known = seen.current;
    const next = new Map<string, { messages: Set<string>; status: LiveChat['status'] }>();
    for (const chat of snapshot.chats) {
      const before = known?.get(chat.id);
      next.set(chat.id, { messages: new Set(chat.messages.map((m) => m.id)), status: chat.status });
      if (!known) continue;
      for (const message of chat.messages) {
        if (before?.messages.has(message.id)) continue;
        runtime.fire(message.author === 'visitor' ? 'channel.message.received' : 'channel.message.sent', eventLine(chat, message), inChat(chat.id));
      }
      if (before?.status === 'active' && chat.status === 'ended') {
        runtime.fire('channel.chat.end', { chat: chat.messages.map((m) => ({ ...eventLine(chat, m), message: m.text })) }, inChat(chat.id));
      }
    }
    seen.current = next;
  }, [snapshot, runtime]);

  const say = (from: 'visitor' | 'agent') => {
    const text = (from === 'visitor' ? visitorText : agentText).trim();
    if (!open || !text) return;
    void chatApi('POST', `chats/${encodeURIComponent(open.id)}/messages`, { from, text, name: runtime.inputs.identity.name });
    if (from === 'visitor') setVisitorText('');
    else setAgentText('');
  };

  const editVisitor = (chatId: string, field: VisitorField, value: string) => {
    setEdits((all) => ({ ...all, [chatId]: { ...all[chatId], [field]: value } }));
    void chatApi('PATCH', `chats/${encodeURIComponent(chatId)}/visitor`, { [field]: value });
  };

  // One click, one chat: the buttons wait for the chat list, and for the chat they started.
  const [starting, setStarting] = useState(false);
  const startChat = (seed: Visitors[number]) => {
    if (starting) return;
    setStarting(true);
    void chatApi<LiveChat>('POST', 'chats', { visitor: seed, text: seed.greeting, idPrefix: seed.id })
      .then((chat) => setOpenId(chat.id))
      .catch(() => undefined)
      .finally(() => setStarting(false));
  };

  const frameSpecs = useMemo(
    () =>
      chats.map(
        (chat): FrameSpec => ({
          guid: `chat-${chat.id}`,
          app,
          product: 'chat',
          location: 'chat_sidebar',
          // Chat tells a sidebar that its chat started once the app listens (the first load of a new chat).
          onSubscribe: (event, fireHere) => {
            if (event !== 'channel.chat.start' || started.current.has(chat.id)) return;
            started.current.add(chat.id);
            fireHere({ channel: channelOf(chat), display_name: chat.visitor.display_name, nick: `visitor:${chat.id}`, ts: Date.now() });
          },
          tree: {
            visitor: { display_name: chat.visitor.display_name, email: chat.visitor.email, phone: chat.visitor.phone, notes: '' },
            chat: { id: chat.id, channel: channelOf(chat), status: chat.status },
            agents: [{ id: 9001, display_name: 'Agent' }],
          },
        }),
      ),
    [chats, app],
  );
  const ended = open?.status === 'ended';

  return (
    <StyledColumns>
      <StyledPane aria-label="Chats">
        <h2 style={{ fontSize: 14, margin: '0 0 8px' }}>Chats</h2>
        {chats.map((chat) => (
          <StyledListButton key={chat.id} $active={chat.id === open?.id} onClick={() => setOpenId(chat.id)}>
            <div style={{ fontWeight: 600 }}>{chat.visitor.display_name || 'Visitor'}</div>
            <div style={{ fontSize: 12, opacity: 0.7 }}>{chat.status === 'ended' ? 'Ended' : chat.messages.at(-1)?.text.slice(0, 40)}</div>
          </StyledListButton>
        ))}
        <h3 style={{ fontSize: 12, margin: '12px 0 4px' }}>Visitor simulator: start a chat</h3>
        {visitors.map((v) => (
          <Button key={v.id} size="small" isBasic disabled={!snapshot || starting} onClick={() => startChat(v)}>
            {v.display_name || v.phone}
          </Button>
        ))}
        <Field style={{ marginTop: 12 }}>
          <Checkbox
            checked={snapshot?.liveAccess ?? true}
            onChange={(e) => void chatApi('PUT', 'live-access', { enabled: e.target.checked })}
          >
            <Field.Label isRegular>Chat plan has live access (Conversations API)</Field.Label>
          </Checkbox>
          <Field.Hint>Off: Chat-in-Sell&apos;s top bar falls back to recent chats. Top bar replies come from {snapshot?.apiAgentName ?? 'the API agent'}.</Field.Hint>
        </Field>
      </StyledPane>
      <StyledPane aria-label="Conversation">
        {open ? (
          <>
            <h2 style={{ fontSize: 14, margin: '0 0 8px' }}>
              Chat with {open.visitor.display_name || 'visitor'} {ended ? '(ended)' : ''}
            </h2>
            <div data-testid="transcript">
              {open.messages.map((m) => (
                <StyledMessage key={m.id} $mine={m.author === 'agent'}>
                  {m.author === 'agent' ? <div style={{ fontSize: 11, opacity: 0.8 }}>{m.name}</div> : null}
                  {m.text}
                </StyledMessage>
              ))}
            </div>
            <form onSubmit={(e) => { e.preventDefault(); say('agent'); }} style={{ display: 'flex', gap: 8, marginTop: 12 }}>
              <Field style={{ flex: 1 }}>
                <Field.Label hidden>Agent reply</Field.Label>
                <Input placeholder="Reply as the agent" value={agentText} disabled={ended} onChange={(e) => setAgentText(e.target.value)} />
              </Field>
              <Button type="submit" isPrimary disabled={ended}>Send</Button>
            </form>
            <form onSubmit={(e) => { e.preventDefault(); say('visitor'); }} style={{ display: 'flex', gap: 8, marginTop: 8 }}>
              <Field style={{ flex: 1 }}>
                <Field.Label hidden>Visitor message</Field.Label>
                <Input placeholder="Visitor simulator: type as the visitor" value={visitorText} disabled={ended} onChange={(e) => setVisitorText(e.target.value)} />
              </Field>
              <Button type="submit" disabled={ended}>Visitor sends</Button>
            </form>
            <Button isDanger size="small" style={{ marginTop: 12 }} disabled={ended} onClick={() => void chatApi('POST', `chats/${encodeURIComponent(open.id)}/end`)}>
              End chat
            </Button>
          </>
        ) : (
          <p>{snapshot ? 'No chat open.' : 'Loading chats…'}</p>
        )}
      </StyledPane>
      <StyledSidePane aria-label="Visitor and apps">
        {open && (
          <StyledAppBox style={{ padding: 10 }}>
            <StyledAppTitle style={{ padding: '0 0 6px' }}>Visitor</StyledAppTitle>
            {(['display_name', 'email', 'phone'] as const).map((key) => (
              <Field key={key} style={{ marginTop: 6 }}>
                <Field.Label isRegular>{FIELD_LABEL[key]}</Field.Label>
                <Input isCompact value={open.visitor[key]} onChange={(e) => editVisitor(open.id, key, e.target.value)} />
              </Field>
            ))}
          </StyledAppBox>
        )}
        {frameSpecs.filter((spec) => spec.guid === `chat-${openChatId ?? ''}` || visited.has(spec.guid.slice('chat-'.length))).map((spec) => (
          <StyledAppBox key={spec.guid} hidden={spec.guid !== `chat-${open?.id ?? ''}`}>
            <StyledAppTitle>{app.name}</StyledAppTitle>
            <AppFrame spec={spec} reloadKey={reloadKey} title={`${app.name} (chat sidebar)`} />
          </StyledAppBox>
        ))}
      </StyledSidePane>
    </StyledColumns>
  );
}

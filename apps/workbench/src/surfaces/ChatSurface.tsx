import { useMemo, useRef, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Input } from '@zendeskgarden/react-forms';
import type { AppConfig, SurfaceData } from '../api';
import { AppFrame } from '../host/AppFrame';
import { useHost } from '../host/HostProvider';
import { StyledAppBox, StyledAppTitle, StyledColumns, StyledListButton, StyledMessage, StyledPane, StyledSidePane } from './layout';

interface ChatMessage {
  nick: string;
  display_name: string;
  msg: string;
  ts: number;
}

interface ChatSession {
  id: string;
  channel: string;
  visitor: { display_name: string; email: string; phone: string };
  messages: ChatMessage[];
  status: 'active' | 'ended';
}

let chatCounter = 0;

function message(nick: string, displayName: string, text: string): ChatMessage {
  return { nick, display_name: displayName, msg: text, ts: Date.now() };
}

function startSession(seed: SurfaceData['visitors'][number]): ChatSession {
  chatCounter += 1;
  const ts = Date.now();
  return {
    id: `${seed.id}-${chatCounter}`,
    channel: `#supportchat:1-${seed.id}-${chatCounter}`,
    visitor: { display_name: seed.display_name, email: seed.email, phone: seed.phone },
    messages: [{ nick: `visitor:${seed.id}`, display_name: seed.display_name, msg: seed.greeting, ts }],
    status: 'active',
  };
}

/** Zendesk Chat: the chat list, the transcript with a visitor simulator, the visitor panel and Sell-in-Chat. */
export function ChatSurface({ app, visitors, reloadKey }: { app: AppConfig; visitors: SurfaceData['visitors']; reloadKey: string }) {
  const runtime = useHost();
  const [sessions, setSessions] = useState<ChatSession[]>(() => visitors.slice(0, 4).map(startSession));
  const [openId, setOpenId] = useState(() => sessions[0]?.id ?? '');
  const [visitorText, setVisitorText] = useState('');
  const [agentText, setAgentText] = useState('');
  const open = sessions.find((s) => s.id === openId);
  const started = useRef(new Set<string>());

  const update = (id: string, change: (s: ChatSession) => ChatSession) => setSessions((list) => list.map((s) => (s.id === id ? change(s) : s)));
  const toChannel = (session: ChatSession) => (spec: { tree: Record<string, unknown> }) => (spec.tree.chat as { id?: string } | undefined)?.id === session.id;

  const send = (from: 'visitor' | 'agent') => {
    if (!open) return;
    const text = (from === 'visitor' ? visitorText : agentText).trim();
    if (!text) return;
    const sent =
      from === 'visitor'
        ? message(`visitor:${open.id}`, open.visitor.display_name, text)
        : message('agent:9001', runtime.inputs.identity.name, text);
    update(open.id, (s) => ({ ...s, messages: [...s.messages, sent] }));
    runtime.fire(from === 'visitor' ? 'channel.message.received' : 'channel.message.sent', { channel: open.channel, ...sent }, toChannel(open));
    if (from === 'visitor') setVisitorText('');
    else setAgentText('');
  };

  const endChat = () => {
    if (!open) return;
    update(open.id, (s) => ({ ...s, status: 'ended' }));
    runtime.fire('channel.chat.end', { chat: open.messages.map((m) => ({ channel: open.channel, ...m, message: m.msg })) }, toChannel(open));
  };

  const frameSpecs = useMemo(
    () =>
      sessions.map((s) => ({
        guid: `chat-${s.id}`,
        app,
        product: 'chat' as const,
        location: 'chat_sidebar',
        // Chat tells a sidebar that its chat started once the app listens (the first load of a new chat).
        onSubscribe: (event: string, fireHere: (payload: unknown) => void) => {
          if (event !== 'channel.chat.start' || started.current.has(s.id)) return;
          started.current.add(s.id);
          fireHere({ channel: s.channel, display_name: s.visitor.display_name, nick: `visitor:${s.id}`, ts: Date.now() });
        },
        tree: {
          visitor: { display_name: s.visitor.display_name, email: s.visitor.email, phone: s.visitor.phone, notes: '' },
          chat: { id: s.id, channel: s.channel, status: s.status },
          agents: [{ id: 9001, display_name: 'Agent' }],
        },
      })),
    [sessions, app],
  );

  return (
    <StyledColumns>
      <StyledPane aria-label="Chats">
        <h2 style={{ fontSize: 14, margin: '0 0 8px' }}>Chats</h2>
        {sessions.map((s) => (
          <StyledListButton key={s.id} $active={s.id === openId} onClick={() => setOpenId(s.id)}>
            <div style={{ fontWeight: 600 }}>{s.visitor.display_name || 'Visitor'}</div>
            <div style={{ fontSize: 12, opacity: 0.7 }}>{s.status === 'ended' ? 'Ended' : s.messages.at(-1)?.msg.slice(0, 40)}</div>
          </StyledListButton>
        ))}
        <h3 style={{ fontSize: 12, margin: '12px 0 4px' }}>Visitor simulator: start a chat</h3>
        {visitors.map((v) => (
          <Button
            key={v.id}
            size="small"
            isBasic
            onClick={() => {
              const session = startSession(v);
              setSessions((list) => [...list, session]);
              setOpenId(session.id);
            }}
          >
            {v.display_name || v.phone}
          </Button>
        ))}
      </StyledPane>
      <StyledPane aria-label="Conversation">
        {open ? (
          <>
            <h2 style={{ fontSize: 14, margin: '0 0 8px' }}>
              Chat with {open.visitor.display_name || 'visitor'} {open.status === 'ended' ? '(ended)' : ''}
            </h2>
            <div data-testid="transcript">
              {open.messages.map((m) => (
                <StyledMessage key={`${m.ts}-${m.msg}`} $mine={m.nick.startsWith('agent')}>
                  {m.msg}
                </StyledMessage>
              ))}
            </div>
            <form onSubmit={(e) => { e.preventDefault(); send('agent'); }} style={{ display: 'flex', gap: 8, marginTop: 12 }}>
              <Field style={{ flex: 1 }}>
                <Field.Label hidden>Agent reply</Field.Label>
                <Input placeholder="Reply as the agent" value={agentText} disabled={open.status === 'ended'} onChange={(e) => setAgentText(e.target.value)} />
              </Field>
              <Button type="submit" isPrimary disabled={open.status === 'ended'}>Send</Button>
            </form>
            <form onSubmit={(e) => { e.preventDefault(); send('visitor'); }} style={{ display: 'flex', gap: 8, marginTop: 8 }}>
              <Field style={{ flex: 1 }}>
                <Field.Label hidden>Visitor message</Field.Label>
                <Input placeholder="Visitor simulator: type as the visitor" value={visitorText} disabled={open.status === 'ended'} onChange={(e) => setVisitorText(e.target.value)} />
              </Field>
              <Button type="submit" disabled={open.status === 'ended'}>Visitor sends</Button>
            </form>
            <Button isDanger size="small" style={{ marginTop: 12 }} disabled={open.status === 'ended'} onClick={endChat}>
              End chat
            </Button>
          </>
        ) : (
          <p>No chat open.</p>
        )}
      </StyledPane>
      <StyledSidePane aria-label="Visitor and apps">
        {open && (
          <StyledAppBox style={{ padding: 10 }}>
            <StyledAppTitle style={{ padding: '0 0 6px' }}>Visitor</StyledAppTitle>
            {(['display_name', 'email', 'phone'] as const).map((key) => (
              <Field key={key} style={{ marginTop: 6 }}>
                <Field.Label isRegular>{key === 'display_name' ? 'Name' : key === 'email' ? 'Email' : 'Phone'}</Field.Label>
                <Input
                  isCompact
                  value={open.visitor[key]}
                  onChange={(e) => update(open.id, (s) => ({ ...s, visitor: { ...s.visitor, [key]: e.target.value } }))}
                />
              </Field>
            ))}
          </StyledAppBox>
        )}
        {frameSpecs.map((spec) => (
          <StyledAppBox key={spec.guid} hidden={spec.guid !== `chat-${openId}`}>
            <StyledAppTitle>{app.name}</StyledAppTitle>
            <AppFrame spec={spec} reloadKey={reloadKey} title={`${app.name} (chat sidebar)`} />
          </StyledAppBox>
        ))}
      </StyledSidePane>
    </StyledColumns>
  );
}

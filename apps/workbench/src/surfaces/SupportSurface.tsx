import { useMemo, useState } from 'react';
import { Field, Input } from '@zendeskgarden/react-forms';
import { Tag } from '@zendeskgarden/react-tags';
import type { AppConfig, SurfaceData } from '../api';
import { AppFrame } from '../host/AppFrame';
import type { FrameSpec } from '../host/HostProvider';
import { StyledAppBox, StyledAppTitle, StyledColumns, StyledListButton, StyledMessage, StyledPane, StyledSidePane } from './layout';

type Ticket = SurfaceData['tickets'][number];

/** Zendesk Support: a ticket list, the open ticket with its requester and conversation, and Sell-in-Support. */
export function SupportSurface({ app, tickets: seeded, reloadKey }: { app: AppConfig; tickets: Ticket[]; reloadKey: string }) {
  const [tickets, setTickets] = useState(seeded);
  const [openIds, setOpenIds] = useState<number[]>(() => (seeded[0] ? [seeded[0].id] : []));
  const [currentId, setCurrentId] = useState(() => seeded[0]?.id ?? 0);
  const current = tickets.find((t) => t.id === currentId);

  const editRequester = (key: 'name' | 'email' | 'phone', value: string) =>
    setTickets((list) => list.map((t) => (t.id === currentId ? { ...t, requester: { ...t.requester, [key]: value } } : t)));

  const specs = useMemo<FrameSpec[]>(
    () =>
      openIds
        .map((id) => tickets.find((t) => t.id === id))
        .filter((t): t is Ticket => t !== undefined)
        .map((t) => ({
          guid: `ticket-${t.id}`,
          app,
          product: 'support',
          location: 'ticket_sidebar',
          context: { ticketId: t.id },
          tree: { ticket: { id: t.id, subject: t.subject, status: t.status, requester: t.requester, via: { channel: 'web' } } },
        })),
    [openIds, tickets, app],
  );

  return (
    <StyledColumns>
      <StyledPane aria-label="Tickets">
        <h2 style={{ fontSize: 14, margin: '0 0 8px' }}>Views: your unsolved tickets</h2>
        {tickets.map((t) => (
          <StyledListButton
            key={t.id}
            $active={t.id === currentId}
            onClick={() => {
              setCurrentId(t.id);
              setOpenIds((ids) => (ids.includes(t.id) ? ids : [...ids, t.id]));
            }}
          >
            <div style={{ fontWeight: 600 }}>#{t.id} {t.subject}</div>
            <div style={{ fontSize: 12, opacity: 0.7 }}>{t.requester.name}</div>
          </StyledListButton>
        ))}
      </StyledPane>
      <StyledPane aria-label="Ticket">
        {current ? (
          <>
            <h2 style={{ fontSize: 16, margin: '0 0 4px' }}>
              #{current.id} {current.subject}
            </h2>
            <Tag size="small">{current.status}</Tag>
            <StyledMessage $mine={false} style={{ marginTop: 12 }}>
              <strong>{current.requester.name}</strong>
              {'\n'}
              {current.description}
            </StyledMessage>
          </>
        ) : (
          <p>No ticket open.</p>
        )}
      </StyledPane>
      <StyledSidePane aria-label="Requester and apps">
        {current && (
          <StyledAppBox style={{ padding: 10 }}>
            <StyledAppTitle style={{ padding: '0 0 6px' }}>Requester</StyledAppTitle>
            {(['name', 'email', 'phone'] as const).map((key) => (
              <Field key={key} style={{ marginTop: 6 }}>
                <Field.Label isRegular>{key === 'name' ? 'Name' : key === 'email' ? 'Email' : 'Phone'}</Field.Label>
                <Input isCompact value={current.requester[key] ?? ''} onChange={(e) => editRequester(key, e.target.value)} />
              </Field>
            ))}
          </StyledAppBox>
        )}
        {specs.map((spec) => (
          <StyledAppBox key={spec.guid} hidden={spec.guid !== `ticket-${currentId}`}>
            <StyledAppTitle>{app.name}</StyledAppTitle>
            <AppFrame spec={spec} reloadKey={reloadKey} title={`${app.name} (ticket sidebar)`} />
          </StyledAppBox>
        ))}
      </StyledSidePane>
    </StyledColumns>
  );
}

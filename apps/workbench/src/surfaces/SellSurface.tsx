import { useMemo, useState } from 'react';
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { IconButton } from '@zendeskgarden/react-buttons';
import type { AppConfig, SurfaceData } from '../api';
import { AppFrame } from '../host/AppFrame';
import type { FrameSpec } from '../host/HostProvider';
import { StyledAppBox, StyledAppTitle, StyledListButton, StyledPane } from './layout';

type SellRecord = SurfaceData['sell'][number];

const StyledTopBar = styled.div`
  position: relative;
  display: flex;
  align-items: center;
  gap: 12px;
  height: 44px;
  padding: 0 16px;
  background: ${(p) => getColor({ theme: p.theme, hue: 'kale', shade: 900 })};
  color: white;
`;

const StyledPopover = styled.div`
  position: absolute;
  top: 44px;
  right: 8px;
  z-index: 10;
  box-shadow: 0 8px 24px rgb(0 0 0 / 25%);
  border-radius: 4px;
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
  overflow: hidden;
`;

const StyledBody = styled.div`
  display: grid;
  grid-template-columns: 260px 1fr 360px;
  height: calc(100vh - 140px);
  min-height: 480px;
`;

const CARD_LOCATION: Record<SellRecord['kind'], string> = { lead: 'lead_card', person: 'person_card', company: 'company_card', deal: 'deal_card' };

function cardTree(record: SellRecord): Record<string, unknown> {
  if (record.kind === 'lead') return { lead: record.record };
  if (record.kind === 'deal') return { deal: record.record };
  return { contact: record.record };
}

/** Zendesk Sell: the top bar with Chat-in-Sell's panel, and a record page whose cards host the card apps. */
export function SellSurface({ chatApp, supportApp, records, reloadKey }: { chatApp: AppConfig; supportApp: AppConfig; records: SellRecord[]; reloadKey: string }) {
  const [panelOpen, setPanelOpen] = useState(false);
  const [currentKey, setCurrentKey] = useState(() => (records[0] ? `${records[0].kind}-${records[0].id}` : ''));
  const current = records.find((r) => `${r.kind}-${r.id}` === currentKey);
  const topBarSize = chatApp.locations.sell?.top_bar?.size ?? { width: '380px', height: '560px' };

  const topBar = useMemo<FrameSpec>(() => ({ guid: 'sell-top-bar', app: chatApp, product: 'sell', location: 'top_bar', tree: {} }), [chatApp]);
  const cards = useMemo<FrameSpec[]>(() => {
    if (!current) return [];
    const location = CARD_LOCATION[current.kind];
    return [chatApp, supportApp].map((app) => ({
      guid: `${app.id}-${current.kind}-${current.id}`,
      app,
      product: 'sell' as const,
      location,
      tree: cardTree(current),
    }));
  }, [current, chatApp, supportApp]);

  return (
    <div>
      <StyledTopBar>
        <strong>Sell</strong>
        <span style={{ flex: 1 }} />
        <IconButton aria-label={chatApp.name} aria-expanded={panelOpen} isPill onClick={() => setPanelOpen((o) => !o)} style={{ color: 'white' }}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path fill="currentColor" d="M2 2h12v9H6l-4 3z" />
          </svg>
        </IconButton>
        {/* The top-bar app stays loaded while hidden, as Sell keeps it alive (connect on load). */}
        <StyledPopover style={{ width: topBarSize.width, display: panelOpen ? 'block' : 'none' }}>
          <AppFrame spec={topBar} reloadKey={reloadKey} title={`${chatApp.name} (top bar)`} initialHeight={topBarSize.height} />
        </StyledPopover>
      </StyledTopBar>
      <StyledBody>
        <StyledPane aria-label="Records">
          <h2 style={{ fontSize: 14, margin: '0 0 8px' }}>Leads, contacts and deals</h2>
          {records.map((r) => (
            <StyledListButton key={`${r.kind}-${r.id}`} $active={`${r.kind}-${r.id}` === currentKey} onClick={() => setCurrentKey(`${r.kind}-${r.id}`)}>
              <div style={{ fontWeight: 600 }}>{r.name || '—'}</div>
              <div style={{ fontSize: 12, opacity: 0.7 }}>
                {r.kind} · {r.email ?? 'no email'}
              </div>
            </StyledListButton>
          ))}
        </StyledPane>
        <StyledPane aria-label="Record">
          {current && (
            <>
              <h2 style={{ fontSize: 18, margin: '0 0 4px' }}>{current.name}</h2>
              <p style={{ margin: 0, opacity: 0.8 }}>
                {current.kind} · {current.email ?? 'no email'}
              </p>
            </>
          )}
        </StyledPane>
        <StyledPane aria-label="Cards" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
          {cards.map((spec) => (
            <StyledAppBox key={spec.guid}>
              <StyledAppTitle>{spec.app.name}</StyledAppTitle>
              <AppFrame spec={spec} reloadKey={reloadKey} title={`${spec.app.name} (${spec.location})`} />
            </StyledAppBox>
          ))}
        </StyledPane>
      </StyledBody>
    </div>
  );
}

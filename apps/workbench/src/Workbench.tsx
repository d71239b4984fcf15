import { useCallback, useEffect, useState } from 'react';
import styled from 'styled-components';
import { DEFAULT_THEME, ThemeProvider, getColor } from '@zendeskgarden/react-theming';
import { Button } from '@zendeskgarden/react-buttons';
import { workbenchApi, type SurfaceData, type WorkbenchConfig } from './api';
import { HostProvider, type Persona } from './host/HostProvider';
import { ChatSurface } from './surfaces/ChatSurface';
import { SupportSurface } from './surfaces/SupportSurface';
import { SellSurface } from './surfaces/SellSurface';
import { PersonaBar } from './panels/PersonaBar';
import { FaultSwitches } from './panels/FaultSwitches';
import { SettingsPanel } from './panels/SettingsPanel';
import { HostOverlays } from './panels/HostOverlays';

type SurfaceName = 'chat' | 'support' | 'sell';

const StyledShell = styled.div`
  display: grid;
  grid-template-rows: auto auto 1fr;
  min-height: 100vh;
  /* The workbench's own text (lists, headings, panels) follows the theme like Garden's components do. */
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
  color-scheme: ${(p) => p.theme.colors.base};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.subtle' })};
`;

const StyledHeader = styled.header`
  display: flex;
  flex-wrap: wrap;
  gap: 12px;
  align-items: center;
  padding: 8px 16px;
  border-bottom: 1px solid ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
`;

const StyledBrand = styled.strong`
  margin-right: 8px;
  font-size: 15px;
`;

const StyledTools = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 12px;
  align-items: center;
  padding: 6px 16px;
  border-bottom: 1px solid ${(p) => getColor({ theme: p.theme, variable: 'border.subtle' })};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
`;

const SURFACES: { id: SurfaceName; label: string }[] = [
  { id: 'chat', label: 'Chat' },
  { id: 'support', label: 'Support' },
  { id: 'sell', label: 'Sell' },
];

function initialSurface(): SurfaceName {
  const hash = window.location.hash.replace('#', '');
  return hash === 'support' || hash === 'sell' ? hash : 'chat';
}

/** The local Zendesk: three product surfaces around the app iframes, plus the workbench's own controls. */
export function Workbench() {
  const [config, setConfig] = useState<WorkbenchConfig | null>(null);
  const [data, setData] = useState<SurfaceData | null>(null);
  const [surface, setSurface] = useState<SurfaceName>(initialSurface);
  const [persona, setPersona] = useState<Persona>({ kind: 'sell-admin', zendeskRole: 'admin', locale: 'en-US', colorScheme: 'light' });
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    void Promise.all([workbenchApi.config(), workbenchApi.data()])
      .then(([c, d]) => {
        setConfig(c);
        setData(d);
      })
      .catch((e: unknown) => setError(String(e)));
  }, []);
  useEffect(reload, [reload]);
  // An app saved its installation (the admin view): keep the page's copy current without reloading any frame.
  const refreshInstallations = useCallback(() => {
    void workbenchApi
      .config()
      .then(setConfig)
      .catch((e: unknown) => setError(String(e)));
  }, []);
  // Switching who is signed in reloads every frame: re-read the installations first, so the frames get what is saved
  // now (an admin view may have saved since the page loaded), never the copy the page loaded with.
  const switchPersona = useCallback((next: Persona) => {
    void workbenchApi
      .config()
      .then((fresh) => {
        setConfig(fresh);
        setPersona(next);
      })
      .catch((e: unknown) => setError(String(e)));
  }, []);
  useEffect(() => {
    const follow = () => setSurface(initialSurface());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const choose = (id: SurfaceName) => {
    setSurface(id);
    window.history.replaceState(null, '', `#${id}`);
  };

  if (error) return <p role="alert">Workbench server unreachable: {error}</p>;
  if (!config || !data) return <p>Loading the workbench…</p>;
  const identity = data.personas[persona.kind];
  const app = (id: string) => config.apps.find((a) => a.id === id)!;
  const reloadKey = `${generation}|${persona.kind}|${persona.zendeskRole}|${persona.locale}|${persona.colorScheme}`;

  return (
    <ThemeProvider theme={{ ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base: persona.colorScheme } }}>
      <HostProvider persona={persona} identity={identity} installations={config.installations} onInstallationsWritten={refreshInstallations}>
        <StyledShell>
          <StyledHeader>
            <StyledBrand>Sell Bridge workbench</StyledBrand>
            <nav aria-label="Products" style={{ display: 'flex', gap: 4 }}>
              {SURFACES.map((s) => (
                <Button key={s.id} size="small" isPrimary={surface === s.id} aria-current={surface === s.id ? 'page' : undefined} onClick={() => choose(s.id)}>
                  {s.label}
                </Button>
              ))}
            </nav>
            <span style={{ flex: 1 }} />
            <Button size="small" onClick={() => setSettingsOpen(true)}>
              Installation settings
            </Button>
            <Button
              size="small"
              isDanger
              onClick={() => {
                void workbenchApi.reset().then(() => {
                  setGeneration((g) => g + 1);
                  reload();
                });
              }}
            >
              Reset sandbox
            </Button>
          </StyledHeader>
          <StyledTools>
            <PersonaBar persona={persona} identity={identity} onChange={switchPersona} />
            <FaultSwitches />
            {config.live ? <strong>LIVE APIs</strong> : null}
          </StyledTools>
          <main>
            {surface === 'chat' && <ChatSurface app={app('sell-in-chat')} visitors={data.visitors} reloadKey={reloadKey} />}
            {surface === 'support' && <SupportSurface app={app('sell-in-support')} tickets={data.tickets} reloadKey={reloadKey} />}
            {surface === 'sell' && (
              <SellSurface chatApp={app('chat-in-sell')} supportApp={app('sell-in-support')} records={data.sell} reloadKey={reloadKey} />
            )}
          </main>
        </StyledShell>
        <HostOverlays />
        {settingsOpen && (
          <SettingsPanel
            config={config}
            onClose={() => setSettingsOpen(false)}
            onSaved={() => {
              setGeneration((g) => g + 1);
              reload();
            }}
          />
        )}
      </HostProvider>
    </ThemeProvider>
  );
}

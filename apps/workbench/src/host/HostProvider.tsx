import { createContext, useContext, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { HostRuntime, type HostInputs } from './HostRuntime';

export type { FrameSpec, ModalSpec, Persona, PersonaIdentity } from './HostRuntime';

const HostContext = createContext<HostRuntime | null>(null);

/** The page's host runtime (frames, persona, overlays). */
export function useHost(): HostRuntime {
  const runtime = useContext(HostContext);
  if (!runtime) throw new Error('useHost outside HostProvider');
  return runtime;
}

/** Re-renders when apps open or close toasts and modals. */
export function useOverlays(): Pick<HostRuntime, 'toasts' | 'modals'> {
  const runtime = useHost();
  const toasts = useSyncExternalStore(runtime.subscribe, () => runtime.toasts);
  const modals = useSyncExternalStore(runtime.subscribe, () => runtime.modals);
  return { toasts, modals };
}

/** Owns the one host runtime of the page and keeps its view of the persona and installations current. */
export function HostProvider({
  persona,
  identity,
  installations,
  onInstallationsWritten,
  children,
}: HostInputs & { onInstallationsWritten?: () => void; children: ReactNode }) {
  const [runtime] = useState(() => new HostRuntime(window, { persona, identity, installations }));
  useLayoutEffect(() => {
    runtime.setInputs({ persona, identity, installations });
  }, [runtime, persona, identity, installations]);
  useLayoutEffect(() => runtime.host.listen(), [runtime]);
  useLayoutEffect(() => (onInstallationsWritten ? runtime.onInstallationsWritten(onInstallationsWritten) : undefined), [runtime, onInstallationsWritten]);
  return <HostContext.Provider value={runtime}>{children}</HostContext.Provider>;
}

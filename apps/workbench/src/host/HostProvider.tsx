import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ZafHost, type HostDelegate, type RequestOptions } from './protocol';
import { resolvePath } from './paths';
import { workbenchApi, type AppConfig, type PublicInstallation } from '../api';

export type Product = 'chat' | 'support' | 'sell';

/** One app iframe as the host sees it: which app, where, and the live data its `get` calls read. */
export interface FrameSpec {
  guid: string;
  app: AppConfig;
  product: Product;
  location: string;
  /** The data tree `client.get(path)` resolves against (without currentUser, which the host adds). */
  tree: Record<string, unknown>;
  /** Extra context keys (e.g. `ticketId`). */
  context?: Record<string, unknown>;
  /** The frame that opened this one (modals). */
  parentGuid?: string;
  /** Called when the app starts listening to an event, with a function that fires it in this frame only. */
  onSubscribe?: (event: string, fire: (payload: unknown) => void) => void;
}

export interface Persona {
  kind: 'sell-admin' | 'sell-user' | 'no-sell';
  zendeskRole: 'agent' | 'admin';
  locale: string;
  colorScheme: 'light' | 'dark';
}

export interface PersonaIdentity {
  name: string;
  email: string;
  sellUser: Record<string, unknown> | null;
}

export interface Toast {
  id: number;
  message: string;
  kind: string;
}

export interface ModalSpec {
  guid: string;
  parentGuid: string;
  url: string;
  size: { width?: string; height?: string };
}

interface FrameRecord {
  spec: FrameSpec;
  setHeight: (height: string) => void;
  post: (message: unknown) => void;
  isSource: (source: MessageEventSource | null) => boolean;
}

interface HostValue {
  host: ZafHost;
  register(record: FrameRecord): () => void;
  update(guid: string, spec: FrameSpec): void;
  toasts: Toast[];
  dismissToast(id: number): void;
  modals: ModalSpec[];
  closeModal(guid: string): void;
  installation(app: AppConfig): PublicInstallation | undefined;
  persona: Persona;
  /** Fires an event in frames subscribed to it (all frames, or those of one product). */
  fire(event: string, payload: unknown, filter?: (spec: FrameSpec) => boolean): void;
  /** The current spec of a connected frame. */
  specOf(guid: string): FrameSpec | undefined;
}

const HostContext = createContext<HostValue | null>(null);

export function useHost(): HostValue {
  const value = useContext(HostContext);
  if (!value) throw new Error('useHost outside HostProvider');
  return value;
}

const ACCOUNT = { subdomain: 'workbench' };
const SELL_ACCOUNT = {
  domain: 'workbench.zendesk.com',
  currency: 'USD',
  timezone: 'UTC+01:00',
  numberFormat: '1,234.56',
  timeFormat: '24H',
  dateFormat: 'YYYY-MM-DD',
  decimalSeparator: '.',
};

interface ProviderProps {
  persona: Persona;
  identity: PersonaIdentity;
  installations: PublicInstallation[];
  children: ReactNode;
}

let toastIds = 0;
let modalIds = 0;

/** Owns the one ZafHost of the page and answers every frame's calls from the surfaces' live state. */
export function HostProvider({ persona, identity, installations, children }: ProviderProps) {
  const frames = useRef(new Map<string, FrameRecord>());
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [modals, setModals] = useState<ModalSpec[]>([]);
  const live = useRef({ persona, identity, installations });
  live.current = { persona, identity, installations };

  const currentUser = useCallback((product: Product) => {
    const { persona: p, identity: id } = live.current;
    if (product === 'sell') {
      const sell = id.sellUser ?? {};
      return { ...sell, id: sell.id ?? 0, name: id.name, email: id.email, locale: p.locale, role: sell.role ?? 'user' };
    }
    return {
      id: 9000 + (p.kind === 'sell-admin' ? 1 : p.kind === 'sell-user' ? 2 : 3),
      name: id.name,
      email: id.email,
      role: p.zendeskRole,
      locale: p.locale,
      timeZone: { ianaName: 'Europe/Paris' },
    };
  }, []);

  const contextOf = useCallback(
    (spec: FrameSpec): Record<string, unknown> => {
      const base = { instanceGuid: spec.guid, product: spec.product, location: spec.location, ...spec.context };
      if (spec.product === 'sell') return { ...base, account: SELL_ACCOUNT, currentUser: currentUser('sell') };
      return { ...base, account: ACCOUNT };
    },
    [currentUser],
  );

  const treeOf = useCallback(
    (spec: FrameSpec) => ({
      ...spec.tree,
      currentUser: currentUser(spec.product),
      colorScheme: live.current.persona.colorScheme,
      instances: Object.fromEntries([...frames.current.values()].map((f) => [f.spec.guid, contextOf(f.spec)])),
    }),
    [currentUser, contextOf],
  );

  const host = useMemo(() => {
    const delegate: HostDelegate = {
      registration(guid) {
        const record = frames.current.get(guid);
        if (!record) return { metadata: {}, context: {} };
        const { spec } = record;
        const installation = live.current.installations.find((i) => i.id === spec.app.installationId);
        return {
          metadata: {
            appId: spec.app.installationId + 100,
            installationId: spec.app.installationId,
            name: spec.app.name,
            version: '1.0.0',
            settings: { title: spec.app.name, ...(installation?.settings ?? {}) },
          },
          context: contextOf(spec),
        };
      },
      get(guid, path) {
        const record = frames.current.get(guid);
        if (!record) return { error: { message: 'Unknown app instance' } };
        const found = resolvePath(treeOf(record.spec), path);
        return found.found ? { value: found.value } : { error: { message: `Could not find path ${path}`, name: 'PathError', path } };
      },
      set(_guid, path) {
        return { error: { message: `${path} is read-only in the workbench`, name: 'ReadOnlyError', path } };
      },
      invoke(guid, name, args) {
        const record = frames.current.get(guid);
        const [first] = args;
        switch (name) {
          case 'resize': {
            const height = (first as { height?: string | number } | undefined)?.height;
            if (height !== undefined) record?.setHeight(typeof height === 'number' ? `${height}px` : height);
            return null;
          }
          case 'notify': {
            const id = (toastIds += 1);
            setToasts((list) => [...list, { id, message: String(first), kind: String(args[1] ?? 'notice') }]);
            return null;
          }
          case 'instances.create': {
            const options = (first ?? {}) as { location?: string; url?: string; size?: { width?: string; height?: string } };
            const modalGuid = `modal-${(modalIds += 1)}-${guid}`;
            if (!record) throw new Error('Unknown app instance');
            // Apps ask for `assets/iframe.html#...`; map it onto wherever this app's iframe is served from.
            const requested = new URL(options.url ?? '', 'http://app.invalid/');
            const url = requested.pathname.endsWith('iframe.html')
              ? `${record.spec.app.url.split(/[?#]/)[0]}${requested.search}${requested.hash}`
              : new URL(options.url ?? '', record.spec.app.url).toString();
            setModals((list) => [...list, { guid: modalGuid, parentGuid: guid, url, size: options.size ?? {} }]);
            return [{ instanceGuid: modalGuid, location: options.location ?? 'modal' }];
          }
          case 'destroy': {
            setModals((list) => list.filter((m) => m.guid !== guid));
            return null;
          }
          case 'track':
          case 'popover':
            return null;
          default:
            throw new Error(`"${name}" is not supported by the workbench host`);
        }
      },
      async request(guid, options: RequestOptions) {
        const record = frames.current.get(guid);
        if (!record) return { networkError: 'error' };
        try {
          return await workbenchApi.proxy(record.spec.app.installationId, live.current.persona.zendeskRole, options);
        } catch {
          return { networkError: 'error' };
        }
      },
      subscriptionsChanged(guid, event, count) {
        const record = frames.current.get(guid);
        if (count > 0) record?.spec.onSubscribe?.(event, (payload) => hostRef.current?.fire(event, payload, guid));
      },
      trigger(guid, event, data) {
        const record = frames.current.get(guid);
        for (const other of frames.current.values()) {
          if (other.spec.guid !== guid && other.spec.app.id === record?.spec.app.id) hostRef.current?.fire(event, data, other.spec.guid);
        }
      },
    };
    return new ZafHost(window, delegate);
  }, [contextOf, treeOf]);
  const hostRef = useRef(host);
  hostRef.current = host;
  useEffect(() => host.listen(), [host]);

  const value = useMemo<HostValue>(
    () => ({
      host,
      register(record) {
        frames.current.set(record.spec.guid, record);
        host.attach(record.spec.guid, { post: record.post, isSource: record.isSource });
        return () => {
          frames.current.delete(record.spec.guid);
          host.detach(record.spec.guid);
        };
      },
      update(guid, spec) {
        const record = frames.current.get(guid);
        if (record) record.spec = spec;
      },
      toasts,
      dismissToast: (id) => setToasts((list) => list.filter((t) => t.id !== id)),
      modals,
      closeModal: (guid) => setModals((list) => list.filter((m) => m.guid !== guid)),
      installation: (app) => installations.find((i) => i.id === app.installationId),
      persona,
      specOf: (guid) => frames.current.get(guid)?.spec,
      fire(event, payload, filter) {
        for (const record of frames.current.values()) {
          if (!filter || filter(record.spec)) host.fire(event, payload, record.spec.guid);
        }
      },
    }),
    [host, toasts, modals, installations, persona],
  );

  return <HostContext.Provider value={value}>{children}</HostContext.Provider>;
}

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

export interface FrameRecord {
  spec: FrameSpec;
  setHeight: (height: string) => void;
  post: (message: unknown) => void;
  isSource: (source: MessageEventSource | null) => boolean;
}

/** What the host knows about the signed-in agent and the installations; refreshed by the React tree. */
export interface HostInputs {
  persona: Persona;
  identity: PersonaIdentity;
  installations: PublicInstallation[];
}

const ACCOUNT = { subdomain: 'workbench' };

/** A same-account write to an app installation (`PUT /api/v2/apps/installations/:id`), e.g. the admin view's save. */
function writesInstallation(options: RequestOptions): boolean {
  const method = (options.type ?? 'GET').toUpperCase();
  return method !== 'GET' && /^\/api\/v2\/apps\/installations\/\d+/.test(options.url ?? '');
}
const SELL_ACCOUNT = {
  domain: 'workbench.zendesk.com',
  currency: 'USD',
  timezone: 'UTC+01:00',
  numberFormat: '1,234.56',
  timeFormat: '24H',
  dateFormat: 'YYYY-MM-DD',
  decimalSeparator: '.',
};

/**
 * The page's host state outside React: connected frames, the current persona, and what apps opened (toasts,
 * modals). React components subscribe to `overlays` changes; the ZafHost answers from `frames` and `inputs`.
 */
export class HostRuntime {
  readonly frames = new Map<string, FrameRecord>();
  readonly host: ZafHost;
  inputs: HostInputs;
  toasts: Toast[] = [];
  modals: ModalSpec[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly installationListeners = new Set<() => void>();
  private toastIds = 0;
  private modalIds = 0;

  constructor(win: Window, inputs: HostInputs) {
    this.inputs = inputs;
    this.host = new ZafHost(win, this.delegate());
  }

  /** The React tree tells the runtime who is signed in and what the installations hold. */
  setInputs(inputs: HostInputs): void {
    this.inputs = inputs;
  }

  /**
   * Called after an app wrote its installation's settings through the host (the admin view's save), so the page
   * re-reads the installations instead of handing the next frame the copy it loaded with.
   */
  onInstallationsWritten(listener: () => void): () => void {
    this.installationListeners.add(listener);
    return () => this.installationListeners.delete(listener);
  }

  /** For `useSyncExternalStore`: called when toasts or modals change. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  register(record: FrameRecord): () => void {
    this.frames.set(record.spec.guid, record);
    this.host.attach(record.spec.guid, { post: record.post, isSource: record.isSource });
    return () => {
      this.frames.delete(record.spec.guid);
      this.host.detach(record.spec.guid);
    };
  }

  update(guid: string, spec: FrameSpec): void {
    const record = this.frames.get(guid);
    if (record) record.spec = spec;
  }

  fire(event: string, payload: unknown, filter?: (spec: FrameSpec) => boolean): void {
    for (const record of this.frames.values()) {
      if (!filter || filter(record.spec)) this.host.fire(event, payload, record.spec.guid);
    }
  }

  dismissToast(id: number): void {
    this.toasts = this.toasts.filter((t) => t.id !== id);
    this.changed();
  }

  closeModal(guid: string): void {
    this.modals = this.modals.filter((m) => m.guid !== guid);
    this.changed();
  }

  currentUser(product: Product): Record<string, unknown> {
    const { persona, identity } = this.inputs;
    if (product === 'sell') {
      const sell = identity.sellUser ?? {};
      return { ...sell, id: sell.id ?? 0, name: identity.name, email: identity.email, locale: persona.locale, role: sell.role ?? 'user' };
    }
    const ids = { 'sell-admin': 9001, 'sell-user': 9002, 'no-sell': 9003 } as const;
    return {
      id: ids[persona.kind],
      name: identity.name,
      email: identity.email,
      role: persona.zendeskRole,
      locale: persona.locale,
      timeZone: { ianaName: 'Europe/Paris' },
    };
  }

  contextOf(spec: FrameSpec): Record<string, unknown> {
    const base = { instanceGuid: spec.guid, product: spec.product, location: spec.location, ...spec.context };
    if (spec.product === 'sell') return { ...base, account: SELL_ACCOUNT, currentUser: this.currentUser('sell') };
    return { ...base, account: ACCOUNT };
  }

  treeOf(spec: FrameSpec): Record<string, unknown> {
    return {
      ...spec.tree,
      currentUser: this.currentUser(spec.product),
      colorScheme: this.inputs.persona.colorScheme,
      instances: Object.fromEntries([...this.frames.values()].map((f) => [f.spec.guid, this.contextOf(f.spec)])),
    };
  }

  private invoke(guid: string, name: string, args: unknown[]): unknown {
    const record = this.frames.get(guid);
    const [first] = args;
    switch (name) {
      case 'resize': {
        const height = (first as { height?: string | number } | undefined)?.height;
        if (height !== undefined) record?.setHeight(typeof height === 'number' ? `${height}px` : height);
        return null;
      }
      case 'notify': {
        this.toastIds += 1;
        const kind = typeof args[1] === 'string' ? args[1] : 'notice';
        this.toasts = [...this.toasts, { id: this.toastIds, message: typeof first === 'string' ? first : JSON.stringify(first), kind }];
        this.changed();
        return null;
      }
      case 'instances.create': {
        if (!record) throw new Error('Unknown app instance');
        const options = (first ?? {}) as { location?: string; url?: string; size?: { width?: string; height?: string } };
        this.modalIds += 1;
        const modalGuid = `modal-${this.modalIds}-${guid}`;
        // Apps ask for `assets/iframe.html#...`; map it onto wherever this app's iframe is served from.
        const requested = new URL(options.url ?? '', 'http://app.invalid/');
        const url = requested.pathname.endsWith('iframe.html')
          ? `${record.spec.app.url.split(/[?#]/)[0]}${requested.search}${requested.hash}`
          : new URL(options.url ?? '', record.spec.app.url).toString();
        this.modals = [...this.modals, { guid: modalGuid, parentGuid: guid, url, size: options.size ?? {} }];
        this.changed();
        return [{ instanceGuid: modalGuid, location: options.location ?? 'modal' }];
      }
      case 'destroy':
        this.closeModal(guid);
        return null;
      case 'track':
      case 'popover':
        return null;
      default:
        throw new Error(`"${name}" is not supported by the workbench host`);
    }
  }

  private delegate(): HostDelegate {
    return {
      registration: (guid) => {
        const record = this.frames.get(guid);
        if (!record) return { metadata: {}, context: {} };
        const { spec } = record;
        const installation = this.inputs.installations.find((i) => i.id === spec.app.installationId);
        return {
          metadata: {
            appId: spec.app.installationId + 100,
            installationId: spec.app.installationId,
            name: spec.app.name,
            version: '1.0.0',
            settings: { title: spec.app.name, ...(installation?.settings ?? {}) },
          },
          context: this.contextOf(spec),
        };
      },
      get: (guid, path) => {
        const record = this.frames.get(guid);
        if (!record) return { error: { message: 'Unknown app instance' } };
        const found = resolvePath(this.treeOf(record.spec), path);
        return found.found ? { value: found.value } : { error: { message: `Could not find path ${path}`, name: 'PathError', path } };
      },
      set: (_guid, path) => ({ error: { message: `${path} is read-only in the workbench`, name: 'ReadOnlyError', path } }),
      invoke: (guid, name, args) => this.invoke(guid, name, args),
      request: async (guid, options: RequestOptions) => {
        const record = this.frames.get(guid);
        if (!record) return { networkError: 'error' };
        try {
          const answer = await workbenchApi.proxy(record.spec.app.installationId, this.inputs.persona.zendeskRole, options);
          if (writesInstallation(options) && 'status' in answer && answer.status < 300) {
            for (const listener of this.installationListeners) listener();
          }
          return answer;
        } catch {
          return { networkError: 'error' };
        }
      },
      subscriptionsChanged: (guid, event, count) => {
        if (count > 0) this.frames.get(guid)?.spec.onSubscribe?.(event, (payload) => this.host.fire(event, payload, guid));
      },
      trigger: (guid, event, data) => {
        const appId = this.frames.get(guid)?.spec.app.id;
        for (const other of this.frames.values()) {
          if (other.spec.guid !== guid && other.spec.app.id === appId) this.host.fire(event, data, other.spec.guid);
        }
      },
    };
  }
}

/**
 * The host side of the ZAF postMessage protocol (docs/platform/zaf.md §Running the SDK under a local host), independent of any UI.
 * The workbench's surfaces feed it a `HostDelegate` that answers from their live state.
 */

interface RegistrationPayload {
  metadata: Record<string, unknown>;
  context: Record<string, unknown>;
}

interface HostError {
  message: string;
  name?: string;
  path?: string;
}

/** What a proxied HTTP request came back as (the dev proxy's answer). */
export interface ProxiedResponse {
  status: number;
  statusText?: string;
  headers: Record<string, string>;
  text: string;
}

export interface HostDelegate {
  /** Metadata (non-secure settings only) and context sent with `zaf.app.registered`. */
  registration(guid: string): RegistrationPayload;
  /** One path of a `get`; throw or return an error to make the SDK reject. */
  get(guid: string, path: string): { value: unknown } | { error: HostError };
  set(guid: string, path: string, value: unknown): { error?: HostError };
  /** `invoke(name, ...args)`; resize, notify, instances.create, destroy, track... */
  invoke(guid: string, name: string, args: unknown[]): unknown;
  /** `client.request(options)` forwarded to the dev proxy; undefined response means a network failure. */
  request(guid: string, options: RequestOptions): Promise<ProxiedResponse | { networkError: 'timeout' | 'error' }>;
  /** Called when an app triggers an event for its other instances. */
  trigger?(guid: string, event: string, data: unknown): void;
  /** Called when the subscriber count of an event changes. */
  subscriptionsChanged?(guid: string, event: string, count: number): void;
}

export type RequestOptions = Record<string, unknown> & { url?: string; type?: string; httpCompleteResponse?: boolean; dataType?: string };

/** A connected app frame: where to post, and how to recognise its messages. */
export interface AppFrame {
  post(message: unknown): void;
  isSource(source: MessageEventSource | null): boolean;
}

interface Connection {
  frame: AppFrame;
  subscriptions: Map<string, number>;
  registered: boolean;
}

type AppMessage = {
  key?: string;
  id?: number;
  request?: 'get' | 'set' | 'invoke';
  params?: unknown;
  message?: unknown;
  appGuid?: string;
  instanceGuid?: string;
};

/** Parses what the SDK posts: JSON strings, except hook replies which are objects. */
export function parseAppMessage(data: unknown): AppMessage | null {
  let value: unknown = data;
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null) return null;
  return value;
}

/** Turns a proxied HTTP answer into the SDK's done/fail arguments (jQuery conventions, docs/platform/zaf.md §client.request). */
export function toZafResponse(options: RequestOptions, response: ProxiedResponse | { networkError: 'timeout' | 'error' }): { ok: boolean; arg: unknown } {
  if ('networkError' in response) {
    const statusText = response.networkError;
    return { ok: false, arg: { readyState: 0, status: 0, statusText, responseText: '' } };
  }
  let json: unknown;
  try {
    json = response.text ? JSON.parse(response.text) : undefined;
  } catch {
    json = undefined;
  }
  const ok = response.status >= 200 && response.status < 300;
  const statusText = response.statusText ?? String(response.status);
  if (ok) {
    if (options.httpCompleteResponse) {
      return { ok, arg: { status: response.status, headers: response.headers, responseText: response.text, responseJSON: json } };
    }
    return { ok, arg: options.dataType === 'text' || json === undefined ? response.text : json };
  }
  const arg: Record<string, unknown> = { readyState: 4, status: response.status, statusText, responseText: response.text };
  if (json !== undefined) arg.responseJSON = json;
  if (options.httpCompleteResponse) arg.headers = response.headers;
  return { ok, arg };
}

/** Runs the protocol for every connected app frame on one host window. */
export class ZafHost {
  private readonly connections = new Map<string, Connection>();
  private readonly listener = (event: MessageEvent) => {
    this.receive(event);
  };

  constructor(
    private readonly win: Window,
    private readonly delegate: HostDelegate,
  ) {}

  /** Starts answering messages; returns the function that stops it (connections are kept). */
  listen(): () => void {
    this.win.addEventListener('message', this.listener);
    return () => this.win.removeEventListener('message', this.listener);
  }

  /** Starts talking to a frame whose SDK uses `guid` as its app_guid. */
  attach(guid: string, frame: AppFrame): void {
    this.connections.set(guid, { frame, subscriptions: new Map(), registered: false });
  }

  detach(guid: string): void {
    this.connections.delete(guid);
  }


  isRegistered(guid: string): boolean {
    return this.connections.get(guid)?.registered ?? false;
  }

  /** The events a frame currently listens to. */
  subscriptions(guid: string): string[] {
    const connection = this.connections.get(guid);
    if (!connection) return [];
    return [...connection.subscriptions].filter(([, count]) => count > 0).map(([name]) => name);
  }

  /** Fires `event` in every frame that subscribed to it (or in `guid` only). Returns the frames reached. */
  fire(event: string, payload: unknown, guid?: string): string[] {
    const reached: string[] = [];
    for (const [g, connection] of this.connections) {
      if (guid !== undefined && g !== guid) continue;
      if ((connection.subscriptions.get(event) ?? 0) > 0) {
        connection.frame.post({ key: `zaf.${event}`, message: payload });
        reached.push(g);
      }
    }
    return reached;
  }

  /** Re-sends the context (e.g. after the surface changed it). */
  updateContext(guid: string): void {
    const connection = this.connections.get(guid);
    if (!connection?.registered) return;
    connection.frame.post({ key: 'zaf.context.updated', message: this.delegate.registration(guid).context });
  }

  private receive(event: MessageEvent): void {
    const message = parseAppMessage(event.data);
    if (!message?.appGuid) return;
    // The sender is the frame whose app_guid is `appGuid`; `instanceGuid` only names the instance a call addresses
    // (another one when the app uses `client.instance(guid)`, e.g. to destroy a modal it opened).
    const connection = this.connections.get(message.appGuid);
    if (!connection || !connection.frame.isSource(event.source)) return;
    this.dispatch(message.appGuid, connection, message);
  }

  private dispatch(guid: string, connection: Connection, message: AppMessage): void {
    const { key } = message;
    if (key === 'iframe.handshake') {
      connection.registered = true;
      connection.frame.post({ key: 'zaf.app.registered', message: this.delegate.registration(guid) });
      return;
    }
    if (typeof message.id === 'number' && message.request) {
      this.answerCall(message.instanceGuid ?? guid, connection, message.id, message.request, message.params);
      return;
    }
    if (!key) return;
    const subscription = /^iframe\.(on|off):(.+)$/.exec(key);
    if (subscription) {
      const name = subscription[2]!;
      const count = (message.message as { subscriberCount?: number } | undefined)?.subscriberCount ?? 0;
      connection.subscriptions.set(name, count);
      this.delegate.subscriptionsChanged?.(guid, name, count);
      return;
    }
    const trigger = /^iframe\.trigger:(.+)$/.exec(key);
    if (trigger) {
      this.delegate.trigger?.(guid, trigger[1]!, message.message);
      return;
    }
    const request = /^request:(\d+)$/.exec(key);
    if (request) {
      void this.forward(guid, connection, request[1]!, message.message);
    }
    // session.live, __track__ and hook replies need no answer.
  }

  private answerCall(guid: string, connection: Connection, id: number, kind: 'get' | 'set' | 'invoke', params: unknown): void {
    const result: Record<string, unknown> = {};
    const errors: Record<string, HostError> = {};
    if (kind === 'get' && Array.isArray(params)) {
      for (const path of params as string[]) {
        const answer = this.delegate.get(guid, path);
        if ('error' in answer) errors[path] = answer.error;
        else result[path] = answer.value;
      }
      connection.frame.post({ id, result: { ...result, errors } });
      return;
    }
    if (kind === 'set' && params && typeof params === 'object') {
      for (const [path, value] of Object.entries(params)) {
        const answer = this.delegate.set(guid, path, value);
        if (answer.error) errors[path] = answer.error;
        else result[path] = value;
      }
      connection.frame.post({ id, result: { ...result, errors } });
      return;
    }
    if (kind === 'invoke' && params && typeof params === 'object') {
      const entries = Object.entries(params as Record<string, unknown[]>);
      void Promise.all(
        entries.map(async ([name, args]) => {
          try {
            result[name] = await this.delegate.invoke(guid, name, Array.isArray(args) ? args : [args]);
          } catch (error) {
            errors[name] = { message: error instanceof Error ? error.message : String(error), name: 'InvocationError' };
          }
        }),
      ).then(() => {
        connection.frame.post({ id, result: { ...result, errors } });
      });
      return;
    }
    connection.frame.post({ id, error: { message: `Unsupported ${kind} call`, name: 'HostError' } });
  }

  private async forward(guid: string, connection: Connection, n: string, raw: unknown): Promise<void> {
    const options: RequestOptions = typeof raw === 'string' ? { url: raw } : ((raw ?? {}) as RequestOptions);
    let answer: { ok: boolean; arg: unknown };
    try {
      answer = toZafResponse(options, await this.delegate.request(guid, options));
    } catch {
      answer = toZafResponse(options, { networkError: 'error' });
    }
    connection.frame.post({ key: `zaf.request:${n}.${answer.ok ? 'done' : 'fail'}`, message: { responseArgs: [answer.arg] } });
  }
}

/**
 * Typed surface of the ZAF v2 client, limited to the calls Sell Bridge makes (docs/platform/zaf.md).
 * `ZafClient` describes the SDK object as it behaves on the wire, including its error rules; use `callHost.ts`
 * (`readPath`, `readPaths`, `writePath`, `invokeHost`) for results that never depend on single vs bulk form.
 */

import type { ZafContext } from './contextTypes';

export type * from './contextTypes';

/** Error entry the host puts under `errors[path]` (or a top-level `error`) in a reply. */
export interface ZafErrorPayload {
  message: string;
  name?: string;
  path?: string;
}

/** `errors` map of a reply: one entry per failed path, action or key. */
export type ZafErrorMap = Readonly<Record<string, ZafErrorPayload>>;

/** Reply to `set`/`invoke`: values keyed by key or action name, plus per-key errors (bulk form only). */
export interface ZafResponse {
  readonly [key: string]: unknown;
  readonly errors?: ZafErrorMap;
}

/** Reply to `get`: `T` names the values by path (`{'ticket.id': number}`); the SDK does not check it. */
export type ZafGetResponse<T extends object = Record<string, unknown>> = T & { readonly errors?: ZafErrorMap };

/** Installation settings as the host exposes them: non-secure parameters only, plus `title`. */
export type ZafSettings = Readonly<Record<string, unknown>> & { readonly title?: string };

/** `client.metadata()` (docs/platform/zaf.md §metadata() and context()). `installationId` is a random UUID string under `zcli apps:server`. */
export interface ZafMetadata<TSettings = ZafSettings> {
  appId: number;
  installationId: number | string;
  name: string;
  version: string;
  settings: TSettings;
  plan?: { name: string };
}

/** What the host sends with `app.registered` (and what `init(cb)` receives). */
export interface ZafRegistration<TSettings = ZafSettings> {
  metadata: ZafMetadata<TSettings>;
  context: ZafContext;
}

/** Payload of `<path>.changed` and `*.changed` events. */
export interface ZafChangeEvent<T = unknown> {
  propertyName: string;
  oldValue: T;
  newValue: T;
}

/** An event handler; the SDK calls it with the event's single payload. */
export type ZafEventHandler<P = unknown> = (payload: P) => unknown;

/** HTTP methods the proxy accepts. */
export type ZafHttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Options of `client.request` (docs/platform/zaf.md §client.request). The host (or Zendesk's proxy) performs the call, not the iframe. */
export interface ZafRequestOptions {
  /** Absolute URL, or a path on the current Zendesk account (cookie-authenticated). */
  url: string;
  /** Default GET. */
  type?: ZafHttpMethod;
  /** Body or query. Send JSON as a string with `contentType: 'application/json'`. */
  data?: string | Readonly<Record<string, unknown>>;
  contentType?: string | false;
  /** How the body is parsed for the resolved value. */
  dataType?: 'json' | 'text';
  /** Header names containing `_` are rejected by the proxy. */
  headers?: Readonly<Record<string, string>>;
  /** Through the proxy, with `{{setting.*}}` placeholders substituted server-side. */
  secure?: boolean;
  /** `true`: plain browser request from the host page, no proxy features. Default false for non-Zendesk URLs. */
  cors?: boolean;
  /** Resolve with `ZafCompleteResponse` instead of the parsed body. */
  httpCompleteResponse?: boolean;
  /** Default true: ZAF retries Zendesk-API 429s itself; false hands the 429 to the caller. */
  autoRetry?: boolean;
  /** Milliseconds. */
  timeout?: number;
  /** Proxy-signed JWT built from secure settings (shape unverified, docs/platform/zaf.md §Secure settings and placeholders). */
  jwt?: Readonly<Record<string, unknown>>;
  accepts?: Readonly<Record<string, string>>;
  cache?: boolean;
  crossDomain?: boolean;
  ifModified?: boolean;
  mimeType?: string;
  traditional?: boolean;
  xhrFields?: Readonly<Record<string, unknown>>;
}

/** Resolved value of a request made with `httpCompleteResponse: true`. */
export interface ZafCompleteResponse<T = unknown> {
  responseJSON?: T;
  responseText: string;
  status: number;
  headers: Readonly<Record<string, string>>;
}

/** Rejection value of `client.request`: jqXHR-like (docs/platform/zaf.md §client.request). */
export interface ZafRequestFailure {
  readyState: number;
  status: number;
  statusText: string;
  responseText: string;
  responseJSON?: unknown;
}

/**
 * The ZAF client, as returned by `ZAFClient.init()` or `createFakeClient()`.
 *
 * Error rules kept from the SDK: a single-path `get`/`set`/`invoke` rejects with an `Error` when the host reports an
 * error for that path; the bulk form (array / object) resolves and leaves the errors in `errors`. Calls made before
 * `app.registered` are queued, not sent.
 */
export interface ZafClient {
  /** Reads one path (`'ticket.requester.email'`) or several. */
  get<T extends object = Record<string, unknown>>(path: string | readonly string[]): Promise<ZafGetResponse<T>>;
  /** Writes one path, or several given as an object. */
  set(key: string, value: unknown): Promise<ZafResponse>;
  set(values: Readonly<Record<string, unknown>>): Promise<ZafResponse>;
  /** Runs a host action: `invoke('resize', {height: '120px'})`. Object arguments only work in this form. */
  invoke(name: string, ...args: unknown[]): Promise<ZafResponse>;
  /** Bulk form: every value must be an array of strings. */
  invoke(actions: Readonly<Record<string, readonly string[]>>): Promise<ZafResponse>;
  on<P = unknown>(event: string, handler: ZafEventHandler<P>): void;
  off<P = unknown>(event: string, handler: ZafEventHandler<P>): unknown;
  /** Asks the host to relay `event` to the app's other instances; local handlers are not called. */
  trigger(event: string, data?: unknown): void;
  /** HTTP through the host; rejects with a `ZafRequestFailure`-like value. */
  request<T = unknown>(options: ZafRequestOptions): Promise<T>;
  /** Resolves once registered; replaced by `context.updated`. */
  context(): Promise<ZafContext>;
  /** Resolves once registered. `TSettings` is not checked: parse settings before trusting them. */
  metadata<TSettings = ZafSettings>(): Promise<ZafMetadata<TSettings>>;
  /** A client whose messages address another instance of this app (e.g. a modal it opened). */
  instance(instanceGuid: string): ZafClient;
}

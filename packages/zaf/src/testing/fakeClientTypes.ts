import type { ZafContext } from '../contextTypes';
import type { ZafClient, ZafErrorPayload, ZafMetadata, ZafRequestOptions } from '../types';

/** Options of `createFakeClient`. */
export interface FakeClientOptions {
  /** Default `fakeMetadata()`. */
  metadata?: Partial<ZafMetadata>;
  /** Default `fakeSupportContext()`; `instances.<its guid>` holds it too. */
  context?: ZafContext;
  /** Initial values; keys may be dotted paths (`{'ticket.requester': {...}}`). */
  paths?: Readonly<Record<string, unknown>>;
  /** Paths, set keys or invoke names that fail, with the host error to report. */
  failures?: Readonly<Record<string, Partial<ZafErrorPayload> | string>>;
  /** Default true. False: everything waits until `register()`, like a host that has not answered the handshake. */
  registered?: boolean;
}

/** Every call the app made, per client, in call order. */
export interface FakeCalls {
  get: string[][];
  set: Array<Record<string, unknown>>;
  invoke: Array<{ name: string; args: unknown[] }>;
  request: ZafRequestOptions[];
  trigger: Array<{ event: string; data: unknown }>;
  on: string[];
  off: string[];
}

/** Replies to `get` held back until released, to reorder them in a test. */
export interface GetHold {
  /** Held replies not yet released. */
  readonly waiting: number;
  /** Releases the held reply at `index` (oldest first, default 0). */
  release(index?: number): void;
  /** Releases every held reply and stops holding. */
  stop(): void;
}

/** Answers `client.request`; a rejection reaches the app as the request's failure (make it `ZafRequestFailure`-like). */
export type FakeRequestHandler = (options: ZafRequestOptions) => unknown;

/** Answers `invoke(name, ...args)`; the return value becomes `reply[name]`, a throw becomes `errors[name]`. */
export type FakeInvokeHandler = (...args: unknown[]) => unknown;

/** A `ZafClient` whose host the test scripts. */
export interface FakeClient extends ZafClient {
  readonly calls: FakeCalls;
  readonly instanceGuid: string;
  readonly isRegistered: boolean;
  /** Stores `value` and fires `<path>.changed` and `*.changed` with `{propertyName, oldValue, newValue}`. */
  setPath(path: string, value: unknown): void;
  /** The stored value (a copy), undefined when absent. */
  peek(path: string): unknown;
  /** Delivers `event` to this client's handlers, as the host's `zaf.<event>` message would. */
  emit(event: string, payload?: unknown): void;
  listenerCount(event: string): number;
  onRequest(handler: FakeRequestHandler): void;
  onInvoke(name: string, handler: FakeInvokeHandler): void;
  failPath(path: string, error?: Partial<ZafErrorPayload> | string): void;
  clearFailure(path: string): void;
  setMetadata(metadata: Partial<ZafMetadata>): void;
  /** Replaces the context; once registered also fires `context.updated`. */
  setContext(context: ZafContext): void;
  /** Answers the handshake: resolves waiting calls and fires `app.registered` with `{metadata, context}`. */
  register(): void;
  holdGets(): GetHold;
  instance(instanceGuid: string): FakeClient;
}

/*
 * `@sell-bridge/zaf/testing`: a typed, in-memory `ZafClient` for tests and the workbench. It keeps the SDK's
 * observable rules (docs/platform/zaf.md): calls made before registration wait for it; a single-path get/set/invoke
 * rejects with an Error for a failed path while the bulk form resolves with `errors`; replies are asynchronous and
 * carry copies of values; `trigger` only records (relaying to other instances is the host's job).
 */
import type { ZafContext } from '../contextTypes';
import { fakeMetadata, fakeSupportContext } from './fakeContexts';
import type { FakeCalls, FakeClient, FakeClientOptions, FakeInvokeHandler, FakeRequestHandler, GetHold } from './fakeClientTypes';
import { createTree, lookupPath, storePath } from './fakePathTree';
import type {
  ZafErrorPayload,
  ZafEventHandler,
  ZafGetResponse,
  ZafMetadata,
  ZafRequestFailure,
  ZafRequestOptions,
  ZafResponse,
} from '../types';

export * from './fakeContexts';
export type * from './fakeClientTypes';

interface Shared {
  tree: Record<string, unknown>;
  failures: Map<string, ZafErrorPayload>;
  metadata: ZafMetadata;
  context: ZafContext;
  registered: boolean;
  ready: Promise<void>;
  markReady: () => void;
  requestHandler: FakeRequestHandler | undefined;
  invokeHandlers: Map<string, FakeInvokeHandler>;
  held: Array<() => void> | null;
  /** Every client by instance guid, the main one included. */
  clients: Map<string, FakeClient>;
  mainGuid: string;
  created: number;
}

function toPayload(error: Partial<ZafErrorPayload> | string | undefined, path: string): ZafErrorPayload {
  if (typeof error === 'string') return { message: error };
  return { message: `Fake failure for ${path}`, ...error };
}

/** What the SDK turns an `errors[path]` entry into for a single-path call (the SDK client's `createError`). */
function sdkError(payload: ZafErrorPayload): Error {
  const error = new Error(payload.path ? `"${payload.path}" ${payload.message}` : payload.message);
  if (payload.name) error.name = payload.name;
  return error;
}

function settle(single: string | undefined, values: Record<string, unknown>, errors: Record<string, ZafErrorPayload>) {
  const failure = single === undefined ? undefined : errors[single];
  if (failure) throw sdkError(failure);
  return { ...values, errors };
}

function noHandlerFailure(options: ZafRequestOptions): ZafRequestFailure {
  const text = `createFakeClient: no onRequest handler for ${options.type ?? 'GET'} ${options.url}`;
  return { readyState: 4, status: 0, statusText: 'error', responseText: text };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A scriptable fake host + client. Registered at once unless `registered: false`. */
export function createFakeClient(options: FakeClientOptions = {}): FakeClient {
  const context = options.context ?? fakeSupportContext();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const shared: Shared = {
    tree: createTree(options.paths),
    failures: new Map(Object.entries(options.failures ?? {}).map(([path, error]) => [path, toPayload(error, path)])),
    metadata: fakeMetadata(options.metadata),
    context,
    registered: false,
    ready,
    markReady,
    requestHandler: undefined,
    invokeHandlers: new Map(),
    held: null,
    clients: new Map(),
    mainGuid: context.instanceGuid,
    created: 0,
  };
  storePath(shared.tree, `instances.${context.instanceGuid}`, context);
  const main = buildClient(shared, context.instanceGuid);
  if (options.registered ?? true) main.register();
  return main;
}

function buildClient(shared: Shared, instanceGuid: string): FakeClient {
  const handlers = new Map<string, ZafEventHandler[]>();
  const calls: FakeCalls = { get: [], set: [], invoke: [], request: [], trigger: [], on: [], off: [] };

  const emit = (event: string, payload?: unknown) => {
    for (const handler of [...(handlers.get(event) ?? [])]) handler(payload);
  };

  const setPath = (path: string, value: unknown) => {
    const oldValue = lookupPath(shared.tree, path).value;
    storePath(shared.tree, path, value);
    const change = { propertyName: path, oldValue, newValue: lookupPath(shared.tree, path).value };
    emit(`${path}.changed`, change);
    emit('*.changed', change);
  };

  const runInvoke = (name: string, args: unknown[]): unknown => {
    const handler = shared.invokeHandlers.get(name);
    if (handler) return handler(...args);
    if (name !== 'instances.create') return undefined;
    // Like the host: a new instance with its own context, announced with `instance.created`.
    const request = isRecord(args[0]) ? args[0] : {};
    const location = typeof request.location === 'string' ? request.location : 'modal';
    const guid = `fake-${location}-${++shared.created}`;
    const created = { ...shared.context, instanceGuid: guid, location } as ZafContext;
    storePath(shared.tree, `instances.${guid}`, created);
    shared.clients.get(shared.mainGuid)?.emit('instance.created', created);
    return [{ instanceGuid: guid }];
  };

  const client: FakeClient = {
    calls,
    instanceGuid,
    get isRegistered() {
      return shared.registered;
    },

    async get<T extends object>(path: string | readonly string[]): Promise<ZafGetResponse<T>> {
      const paths = typeof path === 'string' ? [path] : [...path];
      calls.get.push(paths);
      await shared.ready;
      const values: Record<string, unknown> = {};
      const errors: Record<string, ZafErrorPayload> = {};
      for (const p of paths) {
        const failure = shared.failures.get(p);
        const found = lookupPath(shared.tree, p);
        if (failure) errors[p] = failure;
        else if (found.found) values[p] = found.value;
        else errors[p] = { message: `No such path in the fake host: ${p}`, name: 'NotFound' };
      }
      // The reply is taken now; holding only delays its delivery, as a slow host would.
      const held = shared.held;
      if (held) await new Promise<void>((resolve) => held.push(resolve));
      return settle(typeof path === 'string' ? path : undefined, values, errors) as ZafGetResponse<T>;
    },

    async set(keyOrValues: string | Readonly<Record<string, unknown>>, value?: unknown): Promise<ZafResponse> {
      const entries = typeof keyOrValues === 'string' ? { [keyOrValues]: value } : { ...keyOrValues };
      calls.set.push(entries);
      await shared.ready;
      const values: Record<string, unknown> = {};
      const errors: Record<string, ZafErrorPayload> = {};
      for (const [key, entry] of Object.entries(entries)) {
        const failure = shared.failures.get(key);
        if (failure) {
          errors[key] = failure;
        } else {
          setPath(key, entry);
          values[key] = entry;
        }
      }
      return settle(typeof keyOrValues === 'string' ? keyOrValues : undefined, values, errors);
    },

    async invoke(
      nameOrActions: string | Readonly<Record<string, readonly string[]>>,
      ...args: unknown[]
    ): Promise<ZafResponse> {
      const actions: Array<[string, unknown[]]> =
        typeof nameOrActions === 'string'
          ? [[nameOrActions, args]]
          : Object.entries(nameOrActions).map(([name, list]) => [name, [...list]]);
      for (const [name, list] of actions) calls.invoke.push({ name, args: list });
      await shared.ready;
      const values: Record<string, unknown> = {};
      const errors: Record<string, ZafErrorPayload> = {};
      for (const [name, list] of actions) {
        const failure = shared.failures.get(name);
        if (failure) {
          errors[name] = failure;
          continue;
        }
        try {
          values[name] = await runInvoke(name, list);
        } catch (reason) {
          errors[name] = { message: reason instanceof Error ? reason.message : String(reason) };
        }
      }
      return settle(typeof nameOrActions === 'string' ? nameOrActions : undefined, values, errors);
    },

    on<P>(event: string, handler: ZafEventHandler<P>) {
      calls.on.push(event);
      handlers.set(event, [...(handlers.get(event) ?? []), handler as ZafEventHandler]);
    },

    off<P>(event: string, handler: ZafEventHandler<P>) {
      calls.off.push(event);
      const list = handlers.get(event) ?? [];
      const index = list.indexOf(handler as ZafEventHandler);
      if (index !== -1) handlers.set(event, list.toSpliced(index, 1));
      return handler;
    },

    trigger(event: string, data?: unknown) {
      calls.trigger.push({ event, data });
    },

    async request<T>(requestOptions: ZafRequestOptions): Promise<T> {
      calls.request.push(requestOptions);
      await shared.ready;
      const handler = shared.requestHandler;
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the SDK rejects with jqXHR-like objects, not Errors
      if (!handler) return Promise.reject(noHandlerFailure(requestOptions));
      return (await handler(requestOptions)) as T;
    },

    async context(): Promise<ZafContext> {
      await shared.ready;
      if (instanceGuid === shared.mainGuid) return structuredClone(shared.context);
      const found = lookupPath(shared.tree, `instances.${instanceGuid}`);
      if (!found.found) throw sdkError({ message: `No instance ${instanceGuid} in the fake host`, name: 'NotFound' });
      return found.value as ZafContext;
    },

    async metadata<TSettings>(): Promise<ZafMetadata<TSettings>> {
      await shared.ready;
      return structuredClone(shared.metadata) as ZafMetadata<TSettings>;
    },

    instance(guid: string): FakeClient {
      if (guid === instanceGuid) return client;
      return shared.clients.get(guid) ?? buildClient(shared, guid);
    },

    setPath,
    peek: (path) => lookupPath(shared.tree, path).value,
    emit,
    listenerCount: (event) => handlers.get(event)?.length ?? 0,
    onRequest(handler) {
      shared.requestHandler = handler;
    },
    onInvoke(name, handler) {
      shared.invokeHandlers.set(name, handler);
    },
    failPath(path, error) {
      shared.failures.set(path, toPayload(error, path));
    },
    clearFailure(path) {
      shared.failures.delete(path);
    },
    setMetadata(metadata) {
      shared.metadata = { ...shared.metadata, ...metadata };
    },
    setContext(next) {
      shared.context = next;
      storePath(shared.tree, `instances.${next.instanceGuid}`, next);
      if (shared.registered) emit('context.updated', structuredClone(next));
    },
    register() {
      if (shared.registered) return;
      shared.registered = true;
      shared.markReady();
      const registration = { metadata: structuredClone(shared.metadata), context: structuredClone(shared.context) };
      for (const each of shared.clients.values()) each.emit('app.registered', registration);
    },
    holdGets(): GetHold {
      const held = shared.held ?? [];
      shared.held = held;
      return {
        get waiting() {
          return held.length;
        },
        release(index = 0) {
          held.splice(index, 1)[0]?.();
        },
        stop() {
          if (shared.held === held) shared.held = null;
          for (const resolve of held.splice(0)) resolve();
        },
      };
    },
  };
  shared.clients.set(instanceGuid, client);
  return client;
}

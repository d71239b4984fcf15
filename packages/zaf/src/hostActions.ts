import { invokeHost } from './callHost';
import type { ZafClient } from './types';
import { ZafError, type ZafResult } from './zafError';

/** Where and how big to open a modal (size values are CSS lengths, e.g. `'640px'`). */
export interface ModalOptions {
  /** Page of this app to load in the modal, e.g. `'assets/iframe.html?view=admin'`. */
  url: string;
  size?: { width: string; height: string };
}

/** An opened modal: its instance guid and a client that addresses it (`close` it, listen to `modal.close`). */
export interface OpenedModal {
  instanceGuid: string;
  client: ZafClient;
}

/** Kinds Support's `notify` accepts (Sell and Chat support is unverified: check the result and fall back inline). */
export type NotifyKind = 'notice' | 'alert' | 'error';

function firstInstanceGuid(value: unknown): string | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'object' || first === null || !('instanceGuid' in first)) return undefined;
  return typeof first.instanceGuid === 'string' ? first.instanceGuid : undefined;
}

/** Opens a modal instance of this app: `invoke('instances.create', {location: 'modal', url, size})`. */
export async function openModal(client: ZafClient, options: ModalOptions): Promise<ZafResult<OpenedModal>> {
  const result = await invokeHost(client, 'instances.create', { location: 'modal', ...options });
  if (!result.ok) return result;
  const instanceGuid = firstInstanceGuid(result.value);
  if (!instanceGuid) {
    return { ok: false, error: new ZafError('The host opened no modal instance', { path: 'instances.create' }) };
  }
  return { ok: true, value: { instanceGuid, client: client.instance(instanceGuid) } };
}

/** Closes the instance `client` addresses (`invoke('destroy')`): a modal's own client, or `OpenedModal.client`. */
export async function closeInstance(client: ZafClient): Promise<ZafResult<undefined>> {
  const result = await invokeHost(client, 'destroy');
  return result.ok ? { ok: true, value: undefined } : result;
}

/** Shows a host notification (`invoke('notify', message, kind)`). */
export async function notify(
  client: ZafClient,
  message: string,
  kind: NotifyKind = 'notice',
): Promise<ZafResult<undefined>> {
  const result = await invokeHost(client, 'notify', message, kind);
  return result.ok ? { ok: true, value: undefined } : result;
}

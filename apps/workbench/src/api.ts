/** The host page's calls to the workbench server (`/__wb/*`). */
import type { AppDefinition, ManifestParameter } from '@sell-bridge/app-build';
import type { ProxyResult } from '../server/proxy';
import type { FaultKind, Service } from '../server/api';
import type { SurfaceData } from '../server/surfaceData';

export type { SurfaceData, FaultKind, Service };

export interface AppConfig {
  id: AppDefinition['id'];
  name: string;
  url: string;
  installationId: number;
  locations: AppDefinition['locations'];
  parameters: ManifestParameter[];
}

export interface PublicInstallation {
  id: number;
  product: string;
  settings: Record<string, string | number | boolean | null>;
  secureSet: Record<string, boolean>;
  updated_at: string;
}

export interface WorkbenchConfig {
  live: boolean;
  apps: AppConfig[];
  installations: PublicInstallation[];
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  return (await response.json()) as T;
}

export const workbenchApi = {
  config: () => call<WorkbenchConfig>('GET', '/__wb/config'),
  data: () => call<SurfaceData>('GET', '/__wb/data'),
  proxy: (installationId: number, role: 'agent' | 'admin', options: unknown) =>
    call<ProxyResult>('POST', '/__wb/proxy', { installationId, role, options }),
  saveInstallation: (id: number, settings: Record<string, unknown>, secure: Record<string, string>) =>
    call<PublicInstallation>('PUT', `/__wb/installations/${id}`, { settings, secure }),
  faults: () => call<{ kind: FaultKind; service: Service }[]>('GET', '/__wb/faults'),
  addFault: (kind: FaultKind, service: Service) => call<{ kind: FaultKind; service: Service }[]>('POST', '/__wb/faults', { kind, service }),
  removeFault: (kind: FaultKind, service: Service) =>
    call<{ kind: FaultKind; service: Service }[]>('DELETE', `/__wb/faults?kind=${kind}&service=${service}`),
  reset: () => call<{ ok: true }>('POST', '/__wb/reset'),
};

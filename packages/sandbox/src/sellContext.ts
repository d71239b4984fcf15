import type { SandboxState } from './types';

/** What a Sell route handler gets. */
export interface SellContext {
  request: Request;
  url: URL;
  state: SandboxState;
  requestId: string;
  /** Milliseconds since the epoch, from the sandbox clock. */
  now: number;
}

/** Parses the JSON body; `undefined` when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A plain object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import type { SellCustomFieldDef, SellLeadSource, SellStage } from '@sell-bridge/core';
import { isAbortError, type SellClient } from '@sell-bridge/sell-api';

/** Names and definitions the cards need besides the records (users are loaded before, by the access gate). */
export interface SellReference {
  leadSources: SellLeadSource[];
  stages: SellStage[];
  customFields: { lead: SellCustomFieldDef[]; contact: SellCustomFieldDef[]; deal: SellCustomFieldDef[] };
  /** False when a list failed to load: its ids show as `#id`, and layout checks would wrongly flag custom fields. */
  complete: boolean;
}

/**
 * Loads lead sources, pipeline stages and the custom field definitions of leads, contacts and deals, in parallel,
 * from the installation's reference cache (so a warm cache costs no request). A failed list only makes the cards
 * poorer (ids instead of names), so it is reported in `complete` instead of failing the sidebar; aborts still throw.
 */
export async function loadReference(sell: SellClient, signal?: AbortSignal): Promise<SellReference> {
  const options = signal ? { signal } : {};
  let complete = true;
  const soft = <T>(load: Promise<T[]>): Promise<T[]> =>
    load.catch((error: unknown) => {
      if (isAbortError(error)) throw error;
      complete = false;
      return [];
    });
  const [leadSources, stages, lead, contact, deal] = await Promise.all([
    soft(sell.listLeadSources(options)),
    soft(sell.listStages(options)),
    soft(sell.listCustomFields('lead', options)),
    soft(sell.listCustomFields('contact', options)),
    soft(sell.listCustomFields('deal', options)),
  ]);
  return { leadSources, stages, customFields: { lead, contact, deal }, complete };
}

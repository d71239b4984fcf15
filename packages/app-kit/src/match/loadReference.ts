import type { ReferenceNeeds, SellCustomFieldDef, SellLeadSource, SellStage } from '@sell-bridge/core';
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
 * Loads the reference lists the field layout needs (core's `referenceNeeds`: lead sources, pipeline stages, custom
 * field definitions of leads, contacts and deals), in parallel, from the installation's reference cache (so a warm
 * cache costs no request); a list no widget shows is not requested. A failed list only makes the cards poorer (ids
 * instead of names), so it is reported in `complete` instead of failing the sidebar; aborts still throw.
 */
export async function loadReference(sell: SellClient, needs: ReferenceNeeds, signal?: AbortSignal): Promise<SellReference> {
  const options = signal ? { signal } : {};
  let complete = true;
  const soft = <T>(needed: boolean, load: () => Promise<T[]>): Promise<T[]> =>
    needed
      ? load().catch((error: unknown) => {
          if (isAbortError(error)) throw error;
          complete = false;
          return [];
        })
      : Promise.resolve([]);
  const [leadSources, stages, lead, contact, deal] = await Promise.all([
    soft(needs.leadSources, () => sell.listLeadSources(options)),
    soft(needs.stages, () => sell.listStages(options)),
    soft(needs.customFields.lead, () => sell.listCustomFields('lead', options)),
    soft(needs.customFields.contact, () => sell.listCustomFields('contact', options)),
    soft(needs.customFields.deal, () => sell.listCustomFields('deal', options)),
  ]);
  return { leadSources, stages, customFields: { lead, contact, deal }, complete };
}

import type { FieldLayout } from '../settings-types';
import { CUSTOM_FIELD_PREFIX } from './fieldCatalog';

/** Which Sell reference lists the cards of a field layout need to show names instead of ids. */
export interface ReferenceNeeds {
  /** A lead's `source` is shown. */
  leadSources: boolean;
  /** A deal's `stage` is shown. */
  stages: boolean;
  /** Custom field definitions, per Sell resource (person and company cards are both contacts). */
  customFields: { lead: boolean; contact: boolean; deal: boolean };
}

const hasCustom = (keys: readonly string[]): boolean => keys.some((key) => key.startsWith(CUSTOM_FIELD_PREFIX));

/** The reference lists a layout needs; a list no widget shows costs no request. */
export function referenceNeeds(layout: FieldLayout): ReferenceNeeds {
  return {
    leadSources: layout.lead.includes('source'),
    stages: layout.deal.includes('stage'),
    customFields: {
      lead: hasCustom(layout.lead),
      contact: hasCustom(layout.person) || hasCustom(layout.company),
      deal: hasCustom(layout.deal),
    },
  };
}

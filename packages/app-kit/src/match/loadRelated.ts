import type { MatchedRecord, SellContact, SellDeal } from '@sell-bridge/core';
import { isAbortError, isSellApiError, type SellClient } from '@sell-bridge/sell-api';
import type { SellAccess } from './sellAccess';

/** What the second wave adds to the matched records. */
export interface RelatedRecords {
  /** Deals of the matched persons (by `contact_id`) and companies (by `organization_id`). */
  deals: SellDeal[];
  /** Companies of matched persons that were not matched themselves. */
  companies: SellContact[];
  /** The deals could not be loaded (the cards say so rather than showing "no deals"). */
  dealsFailed: boolean;
}

function unique(ids: number[]): number[] {
  return [...new Set(ids)];
}

/**
 * The second wave of docs/architecture.md §3 step 4, in ONE parallel wave: deals of every shown person and company, and the
 * company of every shown person whose company was not matched itself. Hidden records (§6) are dropped. A missing
 * company or failed deals list degrade the cards instead of failing the sidebar; aborts still throw.
 */
export async function loadRelated(
  sell: SellClient,
  shown: readonly MatchedRecord[],
  access: Pick<SellAccess, 'visible'>,
  signal?: AbortSignal,
): Promise<RelatedRecords> {
  const options = signal ? { signal } : {};
  const persons = shown.filter((m) => m.kind === 'person').map((m) => m.record);
  const companyIds = shown.filter((m) => m.kind === 'company').map((m) => m.record.id);
  const missingCompanyIds = unique(persons.map((p) => p.contact_id).filter((id): id is number => typeof id === 'number')).filter(
    (id) => !companyIds.includes(id),
  );

  let dealsFailed = false;
  const softDeals = (load: Promise<SellDeal[]>) =>
    load.catch((error: unknown) => {
      if (isAbortError(error)) throw error;
      dealsFailed = true;
      return [] as SellDeal[];
    });
  const company = (id: number) =>
    sell.getContact(id, options).catch((error: unknown) => {
      if (isAbortError(error) || !isSellApiError(error)) throw error;
      // A deleted or unreadable company only loses its link on the person's card.
      return null;
    });

  const [personDeals, companyDeals, companies] = await Promise.all([
    persons.length > 0 ? softDeals(sell.findDealsByContactIds(unique(persons.map((p) => p.id)), options)) : Promise.resolve([]),
    companyIds.length > 0 ? softDeals(sell.findDealsByOrganizationIds(unique(companyIds), options)) : Promise.resolve([]),
    Promise.all(missingCompanyIds.map(company)),
  ]);

  const seen = new Set<number>();
  const deals = [...personDeals, ...companyDeals].filter((deal) => (seen.has(deal.id) ? false : (seen.add(deal.id), true)));
  const found = companies.filter((c): c is SellContact => c !== null && c.is_organization);
  // One call, so the owners both lists need are fetched together.
  const keep = new Set<SellDeal | SellContact>(await access.visible([...deals, ...found]));
  return { deals: deals.filter((d) => keep.has(d)), companies: found.filter((c) => keep.has(c)), dealsFailed };
}

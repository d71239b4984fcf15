import {
  fieldCatalog,
  recordName,
  layoutProblems,
  sellRecordUrl,
  toFieldRows,
  type FieldDef,
  type FieldLayout,
  type FormatContext,
  type MatchedRecord,
  type Problem,
  type SellDeal,
  type WidgetKind,
} from '@sell-bridge/core';
import type { DealItemModel, MatchListModel, RecordCardModel } from '@sell-bridge/ui';
import type { MatchedData } from '../match/findSellMatch';
import type { SellReference } from '../match/loadReference';

/** The viewer-dependent part of formatting: locale, time zone and currency (lookups come from the match). */
export type CardFormat = Pick<FormatContext, 'locale' | 'timeZone' | 'currency' | 'hour12'>;

/** Long values are cut here in the sidebar; the card offers "show more". */
const SIDEBAR_TEXT_LIMIT = 280;

type Catalogs = Record<WidgetKind, FieldDef[]>;

function catalogsOf(reference: SellReference): Catalogs {
  const { lead, contact, deal } = reference.customFields;
  return {
    lead: fieldCatalog('lead', lead),
    person: fieldCatalog('person', contact),
    company: fieldCatalog('company', contact),
    deal: fieldCatalog('deal', deal),
  };
}


function byRecentUpdate(a: SellDeal, b: SellDeal): number {
  return (Date.parse(b.updated_at) || 0) - (Date.parse(a.updated_at) || 0) || b.id - a.id;
}

function dealsOf(match: MatchedRecord, deals: readonly SellDeal[]): SellDeal[] {
  const id = match.record.id;
  const mine = match.kind === 'company' ? deals.filter((d) => d.organization_id === id || d.contact_id === id) : deals.filter((d) => d.contact_id === id);
  return mine.sort(byRecentUpdate);
}

/**
 * Turns the matched records into card models: the fields of each widget layout formatted by core (`toFieldRows`) in
 * the viewer's locale and zone, owner and company names resolved, deals listed under their contacts. Null when
 * nothing matched.
 */
export function toMatchList(data: Omit<MatchedData, 'phoneUnsearchable'>, layout: FieldLayout, format: CardFormat): MatchListModel | null {
  const { result, related, reference } = data;
  if (!result.primary) return null;
  const catalogs = catalogsOf(reference);
  const users = new Map(data.users.map((u) => [u.id, u]));
  const shown = [result.primary, ...result.others];
  const contacts = new Map<number, { name: string | null }>();
  for (const company of related.companies) contacts.set(company.id, { name: recordName(company) });
  for (const match of shown) if (match.kind !== 'lead') contacts.set(match.record.id, { name: recordName(match.record) });
  const context: FormatContext = { ...format, users, stages: reference.stages, contacts, maxTextLength: SIDEBAR_TEXT_LIMIT };
  const ownerName = (id: number | null) => (id === null ? null : (users.get(id)?.name ?? null));

  const dealItem = (deal: SellDeal): DealItemModel => ({
    id: deal.id,
    name: deal.name.trim() || `#${String(deal.id)}`,
    href: sellRecordUrl('deal', deal.id),
    // Deal sources are not lead sources; without a deal-source list their ids show as `#id`.
    rows: toFieldRows(deal, layout.deal, catalogs.deal, context),
  });

  const card = (match: MatchedRecord): RecordCardModel => {
    const rows = toFieldRows(match.record, layout[match.kind], catalogs[match.kind], {
      ...context,
      ...(match.kind === 'lead' ? { sources: reference.leadSources } : {}),
      // The card's header names the owner; a second "Owner" row would only repeat it.
    }).filter((row) => row.key !== 'owner');
    const model: RecordCardModel = {
      kind: match.kind,
      id: match.record.id,
      name: recordName(match.record),
      ownerName: ownerName(match.record.owner_id),
      href: sellRecordUrl(match.kind, match.record.id),
      rows,
    };
    if (match.kind === 'lead') return model;
    model.deals = dealsOf(match, related.deals).map(dealItem);
    if (related.dealsFailed) model.dealsFailed = true;
    if (match.kind === 'person' && match.record.contact_id !== null) {
      const companyId = match.record.contact_id;
      const matchedCompany = shown.find((m): m is Extract<MatchedRecord, { kind: 'company' }> => m.kind === 'company' && m.record.id === companyId);
      const company = related.companies.find((c) => c.id === companyId) ?? matchedCompany?.record;
      model.company = company ? { id: company.id, name: recordName(company), href: sellRecordUrl('company', company.id) } : null;
    }
    return model;
  };

  return { primary: card(result.primary), others: result.others.map(card), moreCount: result.moreCount };
}

/** A layout problem and the widget it belongs to, for the admin hints. */
export interface WidgetProblem {
  widget: WidgetKind;
  problem: Problem;
}

/**
 * Layout entries an admin should fix (deleted custom fields, repeats), per widget. Empty while the custom field
 * lists are incomplete: a field missing only because its list failed to load is not the admin's problem.
 */
export function layoutIssues(layout: FieldLayout, reference: SellReference): WidgetProblem[] {
  if (!reference.complete) return [];
  const catalogs = catalogsOf(reference);
  const widgets: WidgetKind[] = ['lead', 'person', 'company', 'deal'];
  return widgets.flatMap((widget) => layoutProblems(layout[widget], catalogs[widget]).map((problem) => ({ widget, problem })));
}

import type { SellContact, SellLead } from './sell';

/** A Sell record found for the conversation, tagged with the card it is shown as. */
export type MatchedRecord =
  | { kind: 'person'; record: SellContact }
  | { kind: 'company'; record: SellContact }
  | { kind: 'lead'; record: SellLead };

export type MatchKind = MatchedRecord['kind'];

/** Which record leads the sidebar, which follow it, and how many more are hidden behind "more". */
export interface MatchResult {
  primary: MatchedRecord | null;
  others: MatchedRecord[];
  moreCount: number;
}

/**
 * Card precedence. A person is who the agent is talking to. A company comes next: contacts are Sell's
 * qualified records (a lead converts into a person + company), so an existing customer account must not
 * hide behind an unqualified lead that shares the email (often a shared address such as info@).
 * Leads come last.
 */
export const MATCH_KIND_ORDER: readonly MatchKind[] = ['person', 'company', 'lead'];

/** Cards shown after the primary one before the rest is counted in `moreCount`. */
export const DEFAULT_MAX_OTHERS = 4;

const rank = (match: MatchedRecord): number => MATCH_KIND_ORDER.indexOf(match.kind);

/** Milliseconds of `updated_at`; unparseable dates sort as oldest rather than throwing. */
function updatedAt(match: MatchedRecord): number {
  const time = Date.parse(match.record.updated_at);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

function compare(a: MatchedRecord, b: MatchedRecord): number {
  const byKind = rank(a) - rank(b);
  if (byKind !== 0) return byKind;
  const byUpdate = updatedAt(b) - updatedAt(a);
  // Two -Infinity dates give NaN; treat as equal and let the id decide.
  if (byUpdate !== 0 && !Number.isNaN(byUpdate)) return byUpdate;
  return b.record.id - a.record.id;
}

/**
 * Orders the leads and contacts matched for a conversation: person, then company, then lead; within a
 * kind, most recently updated first (then the newer id). Records listed twice (same kind and id, e.g.
 * from two overlapping pages) appear once.
 */
export function matchRecords(
  leads: readonly SellLead[],
  contacts: readonly SellContact[],
  options: { maxOthers?: number } = {},
): MatchResult {
  const seen = new Set<string>();
  const matches: MatchedRecord[] = [];
  const add = (match: MatchedRecord): void => {
    const id = `${match.kind === 'lead' ? 'lead' : 'contact'}:${match.record.id}`;
    if (seen.has(id)) return;
    seen.add(id);
    matches.push(match);
  };
  for (const contact of contacts) {
    add(contact.is_organization ? { kind: 'company', record: contact } : { kind: 'person', record: contact });
  }
  for (const lead of leads) add({ kind: 'lead', record: lead });
  matches.sort(compare);

  const requested = options.maxOthers ?? DEFAULT_MAX_OTHERS;
  const maxOthers = Number.isNaN(requested) ? DEFAULT_MAX_OTHERS : Math.max(0, Math.floor(requested));
  const [primary = null, ...rest] = matches;
  return { primary, others: rest.slice(0, maxOthers), moreCount: Math.max(0, rest.length - maxOthers) };
}

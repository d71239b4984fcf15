import {
  matchRecords,
  normalizeEmail,
  referenceNeeds,
  type MatchResult,
  type Reason,
  type SellLead,
  type SellUser,
  type Settings,
} from '@sell-bridge/core';
import { isAbortError, type SellClient } from '@sell-bridge/sell-api';
import { loadReference, type SellReference } from './loadReference';
import { loadRelated, type RelatedRecords } from './loadRelated';
import { lookupRecords } from './lookupRecords';
import { findViewer, sellAccess } from './sellAccess';

/** Who the conversation is with, as the host reports it (Support requester, Chat visitor). */
export interface ConversationIdentity {
  name: string | null;
  email: string | null;
  phone: string | null;
}

/** The matched records with everything their cards need. */
export interface MatchedData {
  result: MatchResult;
  viewer: SellUser | null;
  /** The Sell users met on the way (the viewer, owners of what is shown, managers the access rule needed). */
  users: readonly SellUser[];
  related: RelatedRecords;
  reference: SellReference;
  /** True when a phone number had to be searched and the Sell plan has no Search API: "no match" is then unproven. */
  phoneUnsearchable: boolean;
  /** Set when the match is a lead the agent just created here (the card then says so). */
  created?: { lead: SellLead; recovered: boolean };
}

/** What matching found: the agent may not see Sell data, or the records (possibly none). */
export type MatchOutcome = { status: 'denied'; reason: Reason } | ({ status: 'ready' } & MatchedData);

const NO_RELATED: RelatedRecords = { deals: [], companies: [], dealsFailed: false };
const NO_REFERENCE: SellReference = { leadSources: [], stages: [], customFields: { lead: [], contact: [], deal: [] }, complete: false };

/**
 * The sidebar's matching (docs/architecture.md §3 steps 3–4). With `sell_users_only` the access gate comes first: the
 * agent's Sell user by email (one cached request), so no record request is made for an agent without access; with
 * `all_agents` that lookup runs beside wave 1 (it only gives the agent's time zone and the lead form's creator).
 * Wave 1: leads and contacts by email in parallel (Search v3 by phone only when email found nothing), with the
 * reference lists the layout needs loading alongside from the installation cache. The owners of what was found are
 * fetched by id (cached), as the access rule needs them or the cards name them — never the whole user list.
 * Wave 2, one parallel wave: deals of the shown contacts and the companies of shown persons. On a warm cache a
 * person with deals and a company costs 4 Sell requests in 2 waves.
 */
export async function findSellMatch(
  sell: SellClient,
  settings: Settings,
  agentEmail: string,
  identity: ConversationIdentity,
  signal?: AbortSignal,
): Promise<MatchOutcome> {
  const gated = settings.dataAccess === 'sell_users_only';
  const viewerLoad = findViewer(sell, { email: agentEmail }, signal);
  // With `all_agents` the viewer is not a gate: without it the cards fall back to the browser's time zone.
  const viewerOf = (): Promise<SellUser | null> =>
    gated
      ? viewerLoad
      : viewerLoad.catch((error: unknown) => {
          if (isAbortError(error)) throw error;
          return null;
        });
  const accessLoad = viewerOf().then((viewer) => sellAccess(sell, settings, viewer, signal));
  if (gated) {
    const { decision } = await accessLoad;
    if (!decision.allowed) return { status: 'denied', reason: decision.reason };
  } else {
    // Awaited below, beside wave 1; until then a rejection (only an abort) must not count as unhandled.
    accessLoad.catch(() => undefined);
  }

  // Nobody to look for: no record request, and no reference data to format records with.
  if (!normalizeEmail(identity.email) && !identity.phone?.trim()) {
    const { viewer } = await accessLoad;
    return { status: 'ready', result: matchRecords([], []), viewer, users: viewer ? [viewer] : [], related: NO_RELATED, reference: NO_REFERENCE, phoneUnsearchable: false };
  }

  // The record requests go first: the rate limiter serves callers in order, so on a cold cache the five reference
  // lists queue behind the match instead of in front of it.
  const lookupLoad = lookupRecords(sell, identity, accessLoad, signal);
  const referenceLoad = loadReference(sell, referenceNeeds(settings.fieldLayout), signal);
  // Awaited after wave 2; until then a rejection (only an abort) must not count as unhandled.
  referenceLoad.catch(() => undefined);

  const found = await lookupLoad;
  const { access } = found;
  const result = matchRecords(found.leads, found.contacts);
  const shown = result.primary ? [result.primary, ...result.others] : [];
  // Owner names for the cards, beside wave 2 (with `sell_users_only` most are known already).
  const ownersLoad = access.learn(shown.map((m) => m.record.owner_id));
  const related = shown.some((m) => m.kind !== 'lead') ? await loadRelated(sell, shown, access, signal) : NO_RELATED;
  await ownersLoad;
  await access.learn([...related.deals, ...related.companies].map((r) => r.owner_id));
  return {
    status: 'ready',
    result,
    viewer: access.viewer,
    users: access.users(),
    related,
    reference: await referenceLoad,
    phoneUnsearchable: found.phoneUnsearchable,
  };
}

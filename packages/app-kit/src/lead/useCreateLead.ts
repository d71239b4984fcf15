import { useCallback, useRef, useState } from 'react';
import { toLeadCreate, type LeadDraft, type SellLead, type SellUser, type Settings } from '@sell-bridge/core';
import { isLostAnswer } from '@sell-bridge/sell-api';
import { useServices } from '../services';
import { sellAccess } from '../match/sellAccess';
import { findCreatedLead, findExisting, type ExistingMatches } from './leadLookups';
import { lostAnswerFailure, sourceFailure, submitFailure, type SubmitFailure } from './submitFailure';

/** What one submit needs besides the settings. */
export interface CreateLeadInput {
  draft: LeadDraft;
  ownerId: number | null;
  /** Record keys (`lead:1`, `contact:2`) the agent saw and confirmed with "create anyway". */
  acceptedKeys: readonly string[];
}

/** How a submit ended. */
export type CreateLeadResult =
  | { kind: 'busy' }
  | { kind: 'duplicate'; matches: ExistingMatches }
  | { kind: 'failed'; failure: SubmitFailure }
  | { kind: 'created'; lead: SellLead; recovered: boolean };

/** What a submit is doing: finding the source and duplicates, posting, or looking the lead up after a lost answer. */
export type CreateLeadStep = 'idle' | 'checking' | 'submitting' | 'verifying';

export interface CreateLeadOptions {
  settings: Settings;
  viewer: SellUser | null;
  /** Region for phone numbers typed without "+". */
  defaultRegion: string | null;
}

/**
 * Creates a lead the safe way (docs/architecture.md §3 step 6): the configured source by name (created once), a duplicate check
 * by email right before the POST, exactly one POST per submit (a second submit while one runs is refused), and after a
 * lost answer a lookup instead of a blind retry.
 */
export function useCreateLead({ settings, viewer, defaultRegion }: CreateLeadOptions) {
  const { sell } = useServices();
  const [step, setStep] = useState<CreateLeadStep>('idle');
  // A ref, not state: two clicks in the same frame both see the state of before the first one.
  const inFlight = useRef(false);

  const run = useCallback(
    async (input: CreateLeadInput): Promise<CreateLeadResult> => {
      const failed = (failure: SubmitFailure): CreateLeadResult => ({ kind: 'failed', failure });
      const sourceName = settings.leadSource?.trim() ?? '';
      let sourceId: number | null = null;
      if (sourceName !== '') {
        try {
          sourceId = (await sell.ensureLeadSource(sourceName)).id;
        } catch (error) {
          return failed(sourceFailure(error, sourceName));
        }
      }
      const body = toLeadCreate(input.draft, { statusName: settings.leadStatus, sourceId, ownerId: input.ownerId, defaultRegion });

      let knownLeadIds: number[] = [];
      if (body.email) {
        let matches: ExistingMatches;
        try {
          matches = await findExisting(sell, body.email, sellAccess(sell, settings, viewer));
        } catch (error) {
          return failed(submitFailure(error));
        }
        knownLeadIds = matches.leadIds;
        const accepted = new Set(input.acceptedKeys);
        if (matches.keys.some((key) => !accepted.has(key))) return { kind: 'duplicate', matches };
      }

      setStep('submitting');
      try {
        return { kind: 'created', lead: await sell.createLead(body), recovered: false };
      } catch (error) {
        if (!isLostAnswer(error)) return failed(submitFailure(error));
        // The POST may have reached Sell (a 502/504 from a gateway often comes after Sell wrote the lead); sell-api
        // never retries it, and neither do we before looking.
        setStep('verifying');
        const found = await findCreatedLead(sell, body, knownLeadIds);
        if (found.status === 'found') return { kind: 'created', lead: found.lead, recovered: true };
        return failed(lostAnswerFailure(found.status));
      }
    },
    [sell, settings, viewer, defaultRegion],
  );

  const submit = useCallback(
    async (input: CreateLeadInput): Promise<CreateLeadResult> => {
      if (inFlight.current) return { kind: 'busy' };
      inFlight.current = true;
      setStep('checking');
      try {
        return await run(input);
      } finally {
        inFlight.current = false;
        setStep('idle');
      }
    },
    [run],
  );

  return { step, submit };
}

import { useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { automaticOwner, buildLeadDraft, draftRegion, recordName, resolveOwner, sellRecordUrl, validateLeadDraft, type SellUser, type Settings } from '@sell-bridge/core';
import { useCreateLead, useOwnerUsers } from '@sell-bridge/app-kit';
import { reasonText, useI18n, type LeadOffer } from '@sell-bridge/ui';

/** The owner core picks without asking, or null when the rep must choose (or nobody can own the lead). */
interface LeadFromChatInput {
  chatId: string;
  visitor: { name: string; email: string };
  openInChatUrl: string | null;
  settings: Settings;
  viewer: SellUser | null;
}

/**
 * "Create lead" from a chat with the sidebars' core rules: the draft from `buildLeadDraft` (status and source from
 * the settings), `validateLeadDraft`, and the owner from `resolveOwner`: a fixed owner is shown with its reason,
 * several owners (or any owner) give the sidebars' picker, and a missing choice stops the submit. The submit is the sidebars' (`useCreateLead`): a duplicate check by email
 * right before the one POST, a second click refused while it runs, and after a lost answer a lookup, never a blind
 * retry (Sell has no idempotency key).
 */
export function useLeadFromChat({ chatId, visitor, openInChatUrl, settings, viewer }: LeadFromChatInput): LeadOffer {
  const { t, formatLocale } = useI18n();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<LeadOffer['step']>('offer');
  const [created, setCreated] = useState<{ name: string; href: string } | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [ownerError, setOwnerError] = useState<string | null>(null);
  const region = draftRegion({ locale: formatLocale });
  const { submit } = useCreateLead({ settings, viewer, defaultRegion: region });
  const owners = useOwnerUsers(settings, viewer);
  const { users } = owners;

  const plan = useMemo(() => {
    const draft = buildLeadDraft({ name: visitor.name, email: visitor.email }, settings, { kind: 'chat', chatId, url: openInChatUrl }, { locale: formatLocale });
    const decision = resolveOwner(settings, { sellUser: viewer }, { users });
    const choice = decision.kind === 'choose' || decision.kind === 'any';
    const picked = choice ? (chosenId ?? (decision.kind === 'any' ? decision.preselectedId : null)) : null;
    const owner = choice ? (decision.options.find((option) => option.id === picked) ?? null) : automaticOwner(decision);
    const invalid = Object.values(validateLeadDraft(draft, { defaultRegion: region }))[0];
    const waiting = owners.failed ? t('owner.load_failed') : owners.loading ? t('owner.loading') : null;
    const blocked = invalid ? t(invalid.key, invalid.values) : (waiting ?? (owner || choice ? null : reasonText(t, decision.reason)));
    return { draft, owner, decision, choice: choice && waiting === null, picked, blocked };
  }, [visitor.name, visitor.email, settings, chatId, openInChatUrl, formatLocale, viewer, users, owners.loading, owners.failed, region, t, chosenId]);

  const confirm = async () => {
    if (plan.blocked) return;
    if (!plan.owner) {
      setOwnerError(t('lead.error.owner_required'));
      return;
    }
    setStep('creating');
    setFailure(undefined);
    const result = await submit({ draft: plan.draft, ownerId: plan.owner.id, acceptedKeys: [] });
    switch (result.kind) {
      case 'busy':
        return;
      case 'created': {
        const { lead } = result;
        setCreated({ name: recordName(lead), href: sellRecordUrl('lead', lead.id) });
        setStep('created');
        break;
      }
      case 'duplicate':
        // Someone added the visitor to Sell since the panel looked: show that record instead of a second one.
        setFailure(
          result.matches.records.length > 0
            ? t('lead.duplicate.title')
            : `${t('lead.duplicate.title')}. ${t('lead.duplicate.hidden', { count: result.matches.hiddenCount })}`,
        );
        setStep('failed');
        break;
      case 'failed': {
        const { failure } = result;
        setFailure([t(failure.bodyKey, failure.values), ...failure.details].join(' '));
        setStep('failed');
        return;
      }
    }
    void queryClient.invalidateQueries({ queryKey: ['visitor-records'] });
  };

  const name = [plan.draft.first_name, plan.draft.last_name].filter(Boolean).join(' ') || plan.draft.organization_name;
  // Most reasons already name the owner ("Assigned to you (Ana)"); the others get the name in front.
  const reason = reasonText(t, plan.decision.reason);
  const ownerSummary = !plan.owner ? '' : plan.decision.reason.values?.name !== undefined ? reason : `${plan.owner.name} — ${reason}`;
  return {
    step,
    summary: { name, email: plan.draft.email, status: plan.draft.status, owner: ownerSummary },
    blocked: plan.blocked,
    ...(created ? { created } : {}),
    ...(failure ? { failure } : {}),
    ...(plan.choice
      ? {
          ownerChoice: {
            decision: plan.decision,
            value: plan.picked,
            onChange: (id: number) => {
              setChosenId(id);
              setOwnerError(null);
            },
            error: ownerError,
            loading: {
              pending: false,
              failed: false,
              onRetry: owners.retry,
              hasMore: owners.hasMore,
              loadingMore: owners.loadingMore,
              onLoadMore: owners.loadMore,
              onLookUp: owners.lookUp,
            },
          },
        }
      : {}),
    onStart: () => setStep('confirm'),
    onConfirm: () => void confirm(),
    onCancel: () => setStep('offer'),
  };
}

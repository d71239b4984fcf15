import { useMemo, useState } from 'react';
import {
  automaticOwner,
  buildLeadDraft,
  draftRegion,
  recordName,
  resolveOwner,
  validateLeadDraft,
  type FieldError,
  type SellLead,
  type SellUser,
  type Settings,
} from '@sell-bridge/core';
import {
  DuplicateNotice,
  LeadCreatedNotice,
  LeadFailureNotice,
  LeadForm,
  firstInvalidField,
  useI18n,
  type LeadFocusTarget,
  type LeadFormField,
} from '@sell-bridge/ui';
import { describeOrigin } from './describeOrigin';
import type { ExistingMatches } from './leadLookups';
import type { SubmitFailure } from './submitFailure';
import { useCreateLead } from './useCreateLead';
import { useOwnerUsers } from './useOwnerUsers';
import { leadDraftStorageKey } from './leadDraftStorage';
import { useLeadDraft } from './useLeadDraft';
import { useLeadFormState } from './useLeadFormState';

/** Where the lead comes from, as core's `buildLeadDraft` takes it; `url` links back (Support: the ticket). */
export type LeadCreationOrigin = { kind: 'chat'; chatId: string; url?: string } | { kind: 'ticket'; ticketId: number | string; url?: string };

export interface LeadCreationProps {
  identity: { name: string | null; email: string | null; phone: string | null };
  origin: LeadCreationOrigin;
  /** Parsed installation settings. */
  settings: Settings;
  /** The agent's Sell user (null in `all_agents` mode when the agent has none). */
  viewer: SellUser | null;
  /**
   * Per installation and conversation, e.g. `${installationId}:ticket:${ticketId}`; with `agentId` it names the
   * stored draft. Null: keep no draft (a ticket that is not saved yet).
   */
  draftKey: string | null;
  /** The signed-in agent's Zendesk id; null (unknown) keeps no draft. */
  agentId: number | null;
  /** The phone number could not be searched (no Search API on the plan): the form says Sell was not checked for it. */
  phoneUnchecked?: boolean;
  /** `recovered`: the POST's answer was lost and the lead was found by looking it up. */
  onCreated: (lead: SellLead, recovered: boolean) => void;
}

type Notice = { kind: 'duplicate'; matches: ExistingMatches } | { kind: 'failed'; failure: SubmitFailure } | null;

function LeadCreationForm({ identity, origin, settings, viewer, draftKey, agentId, onCreated, phoneUnchecked = false }: LeadCreationProps) {
  const { t, formatLocale } = useI18n();
  const drafts = useLeadDraft(draftKey !== null && agentId !== null ? leadDraftStorageKey(agentId, draftKey) : null);
  const defaultRegion = draftRegion({ locale: formatLocale });
  const describe = useMemo(() => describeOrigin(t), [t]);
  const originId = origin.kind === 'ticket' ? String(origin.ticketId) : origin.chatId;
  const prefill = useMemo(
    () =>
      buildLeadDraft(
        identity,
        settings,
        origin.kind === 'ticket' ? { kind: 'ticket', ticketId: originId, url: origin.url ?? null } : { kind: 'chat', chatId: originId, url: origin.url ?? null },
        { locale: formatLocale, describe },
      ),
    // The identity and origin objects may be rebuilt on every render of the container; their values decide.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [identity.name, identity.email, identity.phone, origin.kind, originId, origin.url, settings, formatLocale, describe],
  );
  const form = useLeadFormState(prefill, drafts.restored?.values ?? null, defaultRegion);
  const owners = useOwnerUsers(settings, viewer, drafts.restored?.ownerId ?? null);
  const { users } = owners;
  const decision = useMemo(() => resolveOwner(settings, { sellUser: viewer }, { users }), [settings, viewer, users]);
  const pickable = decision.kind === 'choose' || decision.kind === 'any' ? decision.options : null;

  // null: the agent has not picked; "any owner" then suggests what the rules would give (known once owners load).
  const [picked, setPicked] = useState<number | null>(() => drafts.restored?.ownerId ?? null);
  const chosen = picked ?? (decision.kind === 'any' ? decision.preselectedId : null);
  const pickedId = pickable?.some((option) => option.id === chosen) ? chosen : null;
  const ownerId = pickable ? pickedId : (automaticOwner(decision)?.id ?? null);

  const [ownerError, setOwnerError] = useState<FieldError | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [accepted, setAccepted] = useState<readonly string[]>([]);
  const [focusRequest, setFocusRequest] = useState<{ target: LeadFocusTarget; nonce: number } | null>(null);
  const [created, setCreated] = useState<{ lead: SellLead; recovered: boolean } | null>(null);
  const [restoredShown, setRestoredShown] = useState(drafts.restored !== null);
  const create = useCreateLead({ settings, viewer, defaultRegion });

  const focus = (target: LeadFocusTarget | null) => {
    if (target) setFocusRequest((previous) => ({ target, nonce: (previous?.nonce ?? 0) + 1 }));
  };

  const attempt = async (acceptedKeys: readonly string[]) => {
    const result = await create.submit({ draft: form.values, ownerId, acceptedKeys });
    if (result.kind === 'busy') return;
    if (result.kind === 'duplicate') return setNotice({ kind: 'duplicate', matches: result.matches });
    if (result.kind === 'failed') {
      const { failure } = result;
      form.setServerErrors(failure.fields);
      setOwnerError(failure.owner);
      setNotice({ kind: 'failed', failure });
      return focus(firstInvalidField(failure.fields, failure.owner !== null));
    }
    drafts.clear();
    setNotice(null);
    setCreated({ lead: result.lead, recovered: result.recovered });
    onCreated(result.lead, result.recovered);
  };

  const submit = () => {
    form.markSubmitted();
    const ownerMissing = pickable !== null && pickedId === null;
    if (ownerMissing) setOwnerError({ key: 'lead.error.owner_required' });
    const target = firstInvalidField(validateLeadDraft(form.values, { defaultRegion }), ownerMissing);
    if (target) {
      setNotice(null);
      return focus(target);
    }
    void attempt(accepted);
  };

  const createAnyway = (matches: ExistingMatches) => {
    setAccepted(matches.keys);
    void attempt(matches.keys);
  };

  const change = (field: LeadFormField, value: string) => {
    const values = form.change(field, value);
    drafts.save({ values, ownerId: pickedId });
  };

  const pick = (id: number) => {
    setPicked(id);
    setOwnerError(null);
    drafts.save({ values: form.edited, ownerId: id });
  };

  const discard = () => {
    drafts.clear();
    form.reset();
    setPicked(null);
    setOwnerError(null);
    setNotice(null);
    setAccepted([]);
    setRestoredShown(false);
  };

  if (created) return <LeadCreatedNotice id={created.lead.id} name={recordName(created.lead)} recovered={created.recovered} />;

  const busy = create.step === 'idle' ? 'idle' : create.step === 'submitting' ? 'submitting' : 'checking';
  const noticeElement =
    notice?.kind === 'duplicate' ? (
      <DuplicateNotice
        email={notice.matches.email}
        records={notice.matches.records}
        hiddenCount={notice.matches.hiddenCount}
        onCreateAnyway={() => createAnyway(notice.matches)}
        onBack={() => setNotice(null)}
        disabled={busy !== 'idle'}
      />
    ) : notice?.kind === 'failed' ? (
      <LeadFailureNotice
        tone={notice.failure.tone}
        bodyKey={notice.failure.bodyKey}
        {...(notice.failure.values ? { values: notice.failure.values } : {})}
        details={notice.failure.details}
        onRetry={notice.failure.canRetry ? submit : null}
        disabled={busy !== 'idle'}
      />
    ) : null;

  return (
    <LeadForm
      values={form.values}
      errors={form.shownErrors}
      onChange={change}
      onBlur={form.blur}
      onSubmit={submit}
      owner={{
        decision,
        value: pickedId,
        onChange: pick,
        error: ownerError,
        loading: {
          pending: owners.loading,
          failed: owners.failed,
          onRetry: owners.retry,
          hasMore: owners.hasMore,
          loadingMore: owners.loadingMore,
          onLoadMore: owners.loadMore,
          onLookUp: owners.lookUp,
        },
      }}
      busy={busy}
      canSubmit={decision.kind !== 'error' && !owners.loading && !owners.failed}
      focusRequest={focusRequest}
      notice={noticeElement}
      onDiscardDraft={restoredShown ? discard : null}
      draftNotKept={!drafts.kept}
      phoneUnchecked={phoneUnchecked && !form.values.email.trim()}
    />
  );
}

/**
 * Lead creation for a conversation with no Sell match (issue 5): the form prefilled from the identity, the owner per
 * the settings, a duplicate check and exactly one POST per submit, and a draft kept until the lead exists. Keyed by
 * `draftKey`, so another ticket or chat starts from its own draft.
 */
export default function LeadCreation(props: LeadCreationProps) {
  return <LeadCreationForm key={`${String(props.agentId)}:${props.draftKey ?? ''}`} {...props} />;
}


import type { SellLeadCreate } from './sell';
import type { Settings } from './settings-types';
import type { LeadDraft } from './leadDraft';
import { LEAD_LIMITS, truncate } from './leadDraft';
import type { DescribeLeadOrigin, LeadOrigin, LeadOriginDetails } from './leadOrigin';
import { describeLeadOrigin, leadOriginTags, originUrl } from './leadOrigin';
import { normalizeEmail, normalizePhone, regionFromLocale } from './normalizePhone';
import { toRegion } from './phoneRegion';
import type { NameParts } from './splitName';
import { splitName } from './splitName';

export type { LeadDraft, LeadDraftField } from './leadDraft';
export type { DescribeLeadOrigin, LeadOrigin, LeadOriginDetails } from './leadOrigin';
export { describeLeadOrigin, leadOriginTags } from './leadOrigin';

/** Who the lead is about: the chat visitor or the ticket requester, as the host reports them. */
export interface LeadIdentity {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  /** The requester's Support organisation, when known. */
  organization?: string | null;
}

/** Per-call context: where numbers without "+" come from, and how to write the description. */
export interface LeadDraftContext {
  /** Region code ("FR"); wins over `locale`. */
  region?: string | null;
  /** The agent's or account's locale ("fr-FR", "ja"), used through `regionFromLocale`. */
  locale?: string | null;
  /** Localised description writer; defaults to the language-neutral `describeLeadOrigin`. */
  describe?: DescribeLeadOrigin;
}

// Zendesk Chat names anonymous visitors "Visitor 12345678"; that is no name, so an email wins over it.
const CHAT_PLACEHOLDER = /^visitor\s*\d+$/i;

function nameFor(identity: LeadIdentity, origin: LeadOrigin): NameParts | null {
  const name = identity.name?.trim() ?? '';
  if (origin.kind === 'chat' && CHAT_PLACEHOLDER.test(name)) {
    return splitName(null, identity.email) ?? { first_name: null, last_name: name };
  }
  return splitName(name, identity.email);
}

/** The phone region to use: an explicit region, else the locale's (see `regionFromLocale`). */
export function draftRegion(context: Pick<LeadDraftContext, 'region' | 'locale'>): string | null {
  return toRegion(context.region) ?? regionFromLocale(context.locale);
}

/**
 * Prefills the "create lead" form from the conversation's identity and the installation settings.
 * Values that would fail `validateLeadDraft` are not put in their field but passed to the description
 * (as "unparsed"), so the draft is always valid when a name or email is known and nothing typed is lost.
 */
export function buildLeadDraft(
  identity: LeadIdentity,
  settings: Pick<Settings, 'leadStatus' | 'leadSource'>,
  origin: LeadOrigin,
  context: LeadDraftContext = {},
): LeadDraft {
  const unparsed: LeadOriginDetails['unparsed'] = {};

  const rawEmail = identity.email?.trim() ?? '';
  const email = normalizeEmail(rawEmail) ?? '';
  if (rawEmail !== '' && email === '') unparsed.email = rawEmail;

  const phone = normalizePhone(identity.phone, draftRegion(context));
  if (phone.raw !== '' && phone.international === null) unparsed.phone = phone.raw;

  const name = nameFor(identity, origin);
  const describe = context.describe ?? describeLeadOrigin;
  return {
    first_name: truncate(name?.first_name ?? '', LEAD_LIMITS.first_name),
    last_name: truncate(name?.last_name ?? '', LEAD_LIMITS.last_name),
    organization_name: truncate(identity.organization?.trim() ?? '', LEAD_LIMITS.organization_name),
    email,
    phone: phone.international ?? '',
    title: '',
    description: truncate(describe({ origin, url: originUrl(origin), unparsed }), LEAD_LIMITS.description),
    tags: leadOriginTags(origin).map((tag) => truncate(tag, LEAD_LIMITS.tag)),
    status: settings.leadStatus.trim(),
    sourceName: settings.leadSource?.trim() ?? '',
  };
}

/** The parts of a lead that do not come from the form. */
export interface LeadCreateOptions {
  /** Overrides `draft.status` when given. */
  statusName?: string | null;
  sourceId?: number | null;
  ownerId?: number | null;
  /** Region for phone numbers typed without "+", as in `validateLeadDraft`. */
  defaultRegion?: string | null;
}

/**
 * Turns a (validated) draft into the body of POST /v2/leads: trims, drops empty values and duplicate
 * tags, and sends the phone as E.164 when it is valid. A number with an extension is sent as typed,
 * since E.164 would drop the extension.
 */
export function toLeadCreate(draft: LeadDraft, options: LeadCreateOptions = {}): SellLeadCreate {
  const lead: SellLeadCreate = {};
  const text = (value: string | null | undefined): string | undefined => {
    const trimmed = value?.trim() ?? '';
    return trimmed === '' ? undefined : trimmed;
  };
  const set = <K extends keyof SellLeadCreate>(key: K, value: SellLeadCreate[K] | undefined): void => {
    if (value !== undefined) lead[key] = value;
  };

  set('first_name', text(draft.first_name));
  set('last_name', text(draft.last_name));
  set('organization_name', text(draft.organization_name));
  const email = text(draft.email);
  set('email', email === undefined ? undefined : (normalizeEmail(email) ?? email));
  const phone = normalizePhone(draft.phone, options.defaultRegion);
  set('phone', phone.valid && phone.extension === null && phone.e164 !== null ? phone.e164 : text(phone.raw));
  set('title', text(draft.title));
  set('description', text(draft.description));
  set('status', text(options.statusName) ?? text(draft.status));
  if (typeof options.sourceId === 'number') lead.source_id = options.sourceId;
  if (typeof options.ownerId === 'number') lead.owner_id = options.ownerId;
  const tags = [...new Set(draft.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
  if (tags.length > 0) lead.tags = tags;
  return lead;
}

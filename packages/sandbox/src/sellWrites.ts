import type { SellLead } from '@sell-bridge/core';
import { nextDistributionMember } from './distribution';
import { isoSeconds } from './random';
import { blankLead } from './records';
import { isObject, readJson, type SellContext } from './sellContext';
import { sellError, sellSingle, type SellErrorSpec } from './sellEnvelope';
import type { SandboxNote } from './types';
import { checkCustomFields } from './validateCustomFields';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LEAD_STRINGS = ['first_name', 'last_name', 'organization_name', 'status', 'title', 'description', 'industry', 'website', 'email', 'phone', 'mobile', 'fax', 'twitter', 'facebook', 'linkedin', 'skype'];
const LEAD_INTEGERS = ['owner_id', 'source_id'];
const ADDRESS_KEYS = ['line1', 'city', 'postal_code', 'state', 'country'];

/** The `data` object of a write, or the error response (400 unparsable, 422 missing `data`). */
async function readData(ctx: SellContext, resource: string): Promise<Record<string, unknown> | Response> {
  const body = await readJson(ctx.request);
  if (body === undefined) return sellError(400, [{ code: 'invalid_payload' }], ctx.requestId);
  if (!isObject(body) || !isObject(body.data)) {
    return sellError(422, [{ resource, field: '/data', code: 'missing', details: "The request body must be a JSON object with a 'data' object." }], ctx.requestId);
  }
  return body.data;
}

const unknownAttribute = (resource: string, key: string): SellErrorSpec => ({
  resource,
  field: `/${key}`,
  code: 'unknown',
  details: `The attribute '/${key}' is not a known attribute for the '${resource}' resource.`,
});

const invalidType = (resource: string, key: string, expected: string): SellErrorSpec => ({
  resource,
  field: `/${key}`,
  code: 'invalid_type',
  details: `The attribute '/${key}' must be ${expected}.`,
});

const incorrect = (resource: string, key: string, details: string): SellErrorSpec => ({ resource, field: `/${key}`, code: 'incorrect_value', details });

const present = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function leadTypeErrors(data: Record<string, unknown>): SellErrorSpec[] {
  const errors: SellErrorSpec[] = [];
  const allowed = new Set([...LEAD_STRINGS, ...LEAD_INTEGERS, 'address', 'tags', 'custom_fields']);
  for (const [key, value] of Object.entries(data)) {
    if (!allowed.has(key)) errors.push(unknownAttribute('lead', key));
    else if (value === null) continue;
    else if (LEAD_STRINGS.includes(key) && typeof value !== 'string') errors.push(invalidType('lead', key, 'a string'));
    else if (LEAD_INTEGERS.includes(key) && !Number.isInteger(value)) errors.push(invalidType('lead', key, 'an integer'));
    else if (key === 'tags' && (!Array.isArray(value) || value.some((t) => typeof t !== 'string'))) errors.push(invalidType('lead', key, 'an array of strings'));
    else if (key === 'address') {
      if (!isObject(value)) errors.push(invalidType('lead', key, 'an object'));
      else {
        for (const [sub, v] of Object.entries(value)) {
          if (!ADDRESS_KEYS.includes(sub)) errors.push(unknownAttribute('lead', `address/${sub}`));
          else if (v !== null && typeof v !== 'string') errors.push(invalidType('lead', `address/${sub}`, 'a string'));
        }
      }
    }
  }
  return errors;
}

/** POST /v2/leads: Sell's validation, default status/owner, round robin for distribution owners. */
export async function createLead(ctx: SellContext): Promise<Response> {
  const data = await readData(ctx, 'lead');
  if (data instanceof Response) return data;
  const { state } = ctx;
  const errors = leadTypeErrors(data);
  if (data.custom_fields !== undefined && data.custom_fields !== null) {
    errors.push(...checkCustomFields('lead', data.custom_fields, state.customFields.lead));
  }
  if (!present(data.last_name) && !present(data.organization_name)) {
    errors.push({ resource: 'lead', field: '/last_name', code: 'blank', details: "The attribute '/last_name' can't be blank when '/organization_name' is not provided." });
  } else if (present(data.first_name) && !present(data.last_name)) {
    errors.push({ resource: 'lead', field: '/last_name', code: 'blank', details: "The attribute '/last_name' can't be blank when '/first_name' is provided." });
  }
  if (present(data.email) && !EMAIL.test(data.email.trim())) errors.push(incorrect('lead', 'email', "The attribute '/email' is not a valid email address."));
  if (typeof data.status === 'string' && !state.statuses.some((s) => s.name === data.status)) {
    errors.push(incorrect('lead', 'status', "The attribute '/status' value is not included in the list of lead statuses."));
  }
  if (Number.isInteger(data.source_id) && !state.sources.some((s) => s.id === data.source_id)) {
    errors.push(incorrect('lead', 'source_id', "The attribute '/source_id' does not point to an existing lead source."));
  }
  let ownerId = state.selfUserId;
  const distribution = state.distributions.find((d) => d.userId === data.owner_id);
  if (Number.isInteger(data.owner_id)) {
    const owner = state.users.find((u) => u.id === data.owner_id);
    if (!owner || owner.status !== 'active') errors.push(incorrect('lead', 'owner_id', "The attribute '/owner_id' must be the id of an existing, active user."));
    else if (distribution && !distribution.memberIds.some((id) => state.users.some((u) => u.id === id && u.status === 'active'))) {
      errors.push(incorrect('lead', 'owner_id', 'The distribution pool has no active members.'));
    } else ownerId = owner.id;
  }
  if (errors.length > 0) return sellError(422, errors, ctx.requestId);
  // Advance the pool pointer only once the lead is sure to be created.
  if (distribution) ownerId = nextDistributionMember(distribution, state.users) ?? ownerId;
  const at = isoSeconds(ctx.now);
  const lead: SellLead = {
    ...blankLead(state.nextIds.lead, at),
    ...(data as Partial<SellLead>),
    id: state.nextIds.lead,
    creator_id: state.selfUserId,
    owner_id: ownerId,
    status: typeof data.status === 'string' ? data.status : 'New',
    tags: Array.isArray(data.tags) ? (data.tags as string[]) : [],
    custom_fields: isObject(data.custom_fields) ? (data.custom_fields as SellLead['custom_fields']) : {},
  };
  state.nextIds.lead += 1;
  state.leads.push(lead);
  return sellSingle('lead', lead, ctx.requestId);
}

/** POST /v2/lead_sources: names are required and unique. */
export async function createSource(ctx: SellContext): Promise<Response> {
  const data = await readData(ctx, 'lead_source');
  if (data instanceof Response) return data;
  const errors: SellErrorSpec[] = [];
  for (const key of Object.keys(data)) if (key !== 'name' && key !== 'resource_type') errors.push(unknownAttribute('lead_source', key));
  const name = data.name;
  if (!present(name)) errors.push({ resource: 'lead_source', field: '/name', code: 'blank', details: "The attribute '/name' can't be blank." });
  else if (ctx.state.sources.some((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase())) {
    errors.push({ resource: 'lead_source', field: '/name', code: 'already_exists', details: `The attribute '/name' value '${name}' has already been taken.` });
  }
  if (errors.length > 0 || !present(name)) return sellError(422, errors, ctx.requestId);
  const at = isoSeconds(ctx.now);
  const source = { id: ctx.state.nextIds.source, name: name.trim(), resource_type: 'lead', creator_id: ctx.state.selfUserId, created_at: at, updated_at: at };
  ctx.state.nextIds.source += 1;
  ctx.state.sources.push(source);
  return sellSingle('lead_source', source, ctx.requestId);
}

const NOTE_TYPES = ['lead', 'contact', 'deal'] as const;

/** POST /v2/notes on an existing lead, contact or deal. */
export async function createNote(ctx: SellContext): Promise<Response> {
  const data = await readData(ctx, 'note');
  if (data instanceof Response) return data;
  const { state } = ctx;
  const errors: SellErrorSpec[] = [];
  const allowed = ['resource_type', 'resource_id', 'content', 'is_important', 'tags', 'type'];
  for (const key of Object.keys(data)) if (!allowed.includes(key)) errors.push(unknownAttribute('note', key));
  const resourceType = NOTE_TYPES.find((t) => t === data.resource_type);
  if (!resourceType) errors.push(incorrect('note', 'resource_type', "The attribute '/resource_type' value is not included in the list"));
  if (!Number.isInteger(data.resource_id)) errors.push({ resource: 'note', field: '/resource_id', code: 'missing', details: "The attribute '/resource_id' is required." });
  else if (resourceType) {
    const records: readonly { id: number }[] = resourceType === 'lead' ? state.leads : resourceType === 'contact' ? state.contacts : state.deals;
    if (!records.some((r) => r.id === data.resource_id)) errors.push(incorrect('note', 'resource_id', `The attribute '/resource_id' does not point to an existing ${resourceType}.`));
  }
  if (!present(data.content)) errors.push({ resource: 'note', field: '/content', code: 'blank', details: "The attribute '/content' can't be blank." });
  if (errors.length > 0 || !resourceType || !present(data.content)) return sellError(422, errors, ctx.requestId);
  const at = isoSeconds(ctx.now);
  const note: SandboxNote = {
    id: state.nextIds.note,
    resource_type: resourceType,
    resource_id: data.resource_id as number,
    content: data.content,
    is_important: data.is_important === true,
    tags: Array.isArray(data.tags) ? data.tags.filter((t): t is string => typeof t === 'string') : [],
    type: data.type === 'restricted' ? 'restricted' : 'regular',
    creator_id: state.selfUserId,
    created_at: at,
    updated_at: at,
  };
  state.nextIds.note += 1;
  state.notes.push(note);
  return sellSingle('note', note, ctx.requestId);
}

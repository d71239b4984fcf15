import type { CustomFieldType, SellResourceType } from '@sell-bridge/core';
import { fixtures, ID_BASE } from './fixtures';
import { EPOCH_MS, isoSeconds } from './random';
import type {
  SandboxAccount,
  SandboxCustomField,
  SandboxLeadSource,
  SandboxLeadStatus,
  SandboxPipeline,
  SandboxStage,
} from './types';

const STAMP = isoSeconds(EPOCH_MS - 1000 * 86_400_000);
const stamped = { created_at: STAMP, updated_at: STAMP };

/** The Sell account (`/v2/accounts/self`). */
export function seedAccount(): SandboxAccount {
  return {
    id: 9_100_001,
    name: 'Sandbox Trading Co.',
    currency: 'EUR',
    time_format: '24H',
    timezone: 'UTC+01:00',
    phone: '+44 20 7946 0000',
    ...stamped,
  };
}

/** Six lead statuses; `New` is the default for created leads. */
const STATUS_NAMES = ['New', 'Working', 'Qualified', 'Nurture', 'Unqualified', 'Rückruf'] as const;

/** The seeded lead statuses. */
export function seedStatuses(): SandboxLeadStatus[] {
  return STATUS_NAMES.map((name, i) => ({ id: ID_BASE.status + i, name, ...stamped }));
}

const SOURCE_NAMES = ['Website', 'Referral', 'Trade show', 'Cold call', 'Partner', 'LinkedIn', 'Webinar', fixtures.leadSources.existing];

/** Eight lead sources (not `fixtures.leadSources.missing`, which apps create on first use). */
export function seedSources(): SandboxLeadSource[] {
  return SOURCE_NAMES.map((name, i) => ({
    id: ID_BASE.source + i,
    name,
    resource_type: 'lead',
    creator_id: fixtures.adminUser.id,
    ...stamped,
  }));
}

type FieldSpec = [name: string, type: CustomFieldType, choices?: string[], scope?: 'contact' | 'organisation'];

const FIELD_SPECS: Record<SellResourceType, FieldSpec[]> = {
  lead: [
    ['Referral code', 'string'],
    ['Notes for SDR', 'text'],
    ['Budget', 'number'],
    ['Newsletter', 'bool'],
    ['First contact date', 'date'],
    ['Last demo', 'datetime'],
    ['Billing email', 'email'],
    ['Assistant phone', 'phone'],
    ['LinkedIn page', 'url'],
    ['Office address', 'address'],
    ['Preferred contact', 'list', ['Email', 'Phone', 'Chat', 'Lettre recommandée']],
    ['Interests', 'multi_select_list', ['Product A', 'Support', 'Training', '日本語サポート']],
  ],
  contact: [
    ['Nickname', 'string', undefined, 'contact'],
    ['Account notes', 'text'],
    ['Employees', 'number', undefined, 'organisation'],
    ['VIP', 'bool'],
    ['Birthday', 'date', undefined, 'contact'],
    ['Customer since', 'datetime'],
    ['Secondary email', 'email'],
    ['Direct line', 'phone', undefined, 'contact'],
    ['Portal URL', 'url'],
    ['HQ address', 'address', undefined, 'organisation'],
    ['Tier', 'list', ['Gold', 'Silver', 'Bronze'], 'organisation'],
    ['Hobbies', 'multi_select_list', ['Golf', 'Música', 'Reading', '旅行'], 'contact'],
  ],
  deal: [
    ['PO number', 'string'],
    ['Deal notes', 'text'],
    ['Contract length (months)', 'number'],
    ['Signed', 'bool'],
    ['Kickoff date', 'date'],
    ['Last call', 'datetime'],
    ['Procurement email', 'email'],
    ['Procurement phone', 'phone'],
    ['Proposal link', 'url'],
    ['Delivery address', 'address'],
    ['Competitor', 'list', ['Salesforce', 'HubSpot', 'Pipedrive', 'None']],
    ['Products', 'multi_select_list', ['Seats', 'Onboarding', 'Premium support']],
  ],
};

/** Custom field definitions: every Sell field type on each of lead, contact and deal. */
export function seedCustomFields(): Record<SellResourceType, SandboxCustomField[]> {
  let id = ID_BASE.customField;
  let choiceId = 1;
  const build = (resource: SellResourceType): SandboxCustomField[] =>
    FIELD_SPECS[resource].map(([name, type, choices, scope]) => {
      const field: SandboxCustomField = { id: id++, name, type, ...stamped };
      if (choices) field.choices = choices.map((choice) => ({ id: choiceId++, name: choice }));
      if (resource === 'contact') {
        field.for_contact = scope !== 'organisation';
        field.for_organisation = scope !== 'contact';
      }
      return field;
    });
  return { lead: build('lead'), contact: build('contact'), deal: build('deal') };
}

/** One pipeline with the usual six stages. */
export function seedPipeline(): { pipelines: SandboxPipeline[]; stages: SandboxStage[] } {
  const pipelineId = 1;
  const stages: [string, string, number][] = [
    ['Incoming', 'incoming', 10],
    ['Qualified', 'in_progress', 25],
    ['Quote', 'in_progress', 50],
    ['Closure', 'in_progress', 75],
    ['Won', 'won', 100],
    ['Lost', 'lost', 0],
  ];
  return {
    pipelines: [{ id: pipelineId, name: 'Sales Pipeline', ...stamped }],
    stages: stages.map(([name, category, likelihood], position) => ({
      id: ID_BASE.stage + position,
      name,
      category,
      active: category !== 'won' && category !== 'lost',
      likelihood,
      position: position + 1,
      pipeline_id: pipelineId,
      ...stamped,
    })),
  };
}

import type { CustomFieldValue, CustomFieldValues, SellContact, SellDeal, SellLead, SellAddress } from '@sell-bridge/core';
import { HOSTILE } from './fixtures';
import { CITIES } from './names';
import { pickPhone } from './phone';
import { EPOCH_MS, isoSeconds, type Random } from './random';
import type { SandboxCustomField } from './types';

/** A lead with every field present and empty, stamped `at`. */
export function blankLead(id: number, createdAt: string, updatedAt = createdAt): SellLead {
  return {
    id,
    creator_id: null,
    owner_id: null,
    first_name: null,
    last_name: null,
    organization_name: null,
    status: null,
    source_id: null,
    title: null,
    description: null,
    industry: null,
    website: null,
    email: null,
    phone: null,
    mobile: null,
    fax: null,
    twitter: null,
    facebook: null,
    linkedin: null,
    skype: null,
    address: null,
    tags: [],
    custom_fields: {},
    created_at: createdAt,
    updated_at: updatedAt,
  };
}

/** A person (or, with `is_organization`, a company) with every field present and empty. */
export function blankContact(id: number, isOrganization: boolean, createdAt: string, updatedAt = createdAt): SellContact {
  return {
    id,
    creator_id: null,
    owner_id: null,
    is_organization: isOrganization,
    contact_id: null,
    parent_organization_id: null,
    name: null,
    first_name: null,
    last_name: null,
    customer_status: 'none',
    prospect_status: 'none',
    title: null,
    description: null,
    industry: null,
    website: null,
    email: null,
    phone: null,
    mobile: null,
    fax: null,
    twitter: null,
    facebook: null,
    linkedin: null,
    skype: null,
    address: null,
    billing_address: null,
    shipping_address: null,
    tags: [],
    custom_fields: {},
    created_at: createdAt,
    updated_at: updatedAt,
  };
}

/** A deal with every field present and empty. */
export function blankDeal(id: number, name: string, createdAt: string, updatedAt = createdAt): SellDeal {
  return {
    id,
    creator_id: null,
    owner_id: null,
    name,
    contact_id: null,
    organization_id: null,
    source_id: null,
    stage_id: null,
    value: null,
    currency: null,
    hot: false,
    estimated_close_date: null,
    customized_win_likelihood: null,
    last_stage_change_at: null,
    added_at: createdAt,
    tags: [],
    custom_fields: {},
    created_at: createdAt,
    updated_at: updatedAt,
  };
}

const DAY = 86_400_000;

/** A created/updated pair within the two years before the epoch. */
export function pickStamps(random: Random): [string, string] {
  const created = EPOCH_MS - random.int(1, 730) * DAY - random.int(0, 86_399) * 1000;
  const updated = created + random.int(0, Math.floor((EPOCH_MS - created) / 1000)) * 1000;
  return [isoSeconds(created), isoSeconds(updated)];
}

/** A random address. */
export function pickAddress(random: Random): SellAddress {
  const place = random.pick(CITIES);
  return { line1: `${random.int(1, 250)} ${random.pick(['Main St', 'Calle Mayor', 'Hauptstraße', '中央通り'])}`, city: place.city, postal_code: place.postal, state: place.state, country: place.country };
}

/** A plausible value for a custom field; `hostile` swaps in XSS / script URLs where the type is text. */
function pickCustomValue(field: SandboxCustomField, random: Random, hostile = false): CustomFieldValue {
  const choices = field.choices ?? [];
  switch (field.type) {
    case 'string':
      return hostile ? HOSTILE.xss : `REF-${random.chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}`;
    case 'text':
      return hostile ? `${HOSTILE.xss} <script>alert(1)</script>` : 'Met at the booth 🙂 — wants a follow-up call.\nSecond line.';
    case 'number':
      return random.int(0, 100_000) / (random.chance(0.5) ? 1 : 100);
    case 'bool':
      return random.chance(0.5);
    case 'date':
      return isoSeconds(EPOCH_MS - random.int(0, 900) * DAY).slice(0, 10);
    case 'datetime':
      return isoSeconds(EPOCH_MS - random.int(0, 900 * 86_400) * 1000);
    case 'email':
      return `field.${random.int(1, 99_999)}@custom.example`;
    case 'phone':
      return pickPhone(random);
    case 'url':
      return hostile ? HOSTILE.scriptUrl : `https://portal.example/${random.int(1, 9999)}`;
    case 'address':
      return pickAddress(random);
    case 'list':
      return choices.length > 0 ? random.pick(choices).name : null;
    case 'multi_select_list':
      return choices.filter(() => random.chance(0.4)).map((c) => c.name);
  }
}

/** Values for a random subset of `fields`. */
export function pickCustomValues(fields: readonly SandboxCustomField[], random: Random, hostile = false): CustomFieldValues {
  const values: CustomFieldValues = {};
  for (const field of fields) {
    if (hostile || random.chance(0.6)) values[field.name] = pickCustomValue(field, random, hostile);
  }
  return values;
}

/** A 5,000-character description (long-text rendering), with markup and emoji inside. */
export function longDescription(): string {
  const unit = 'Lorem ipsum <b>dolor</b> sit amet, ünïcödé 🚀 التفاصيل 詳細 ';
  let text = '';
  while (text.length + unit.length <= 5000) text += unit;
  // Pad with ASCII so the cut never splits a surrogate pair.
  return text.padEnd(5000, '.');
}

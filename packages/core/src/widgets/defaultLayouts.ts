import type { FieldLayout } from '../settings-types';

/** The layout used until an admin publishes one (docs/architecture.md §7). */
export const DEFAULT_FIELD_LAYOUT: FieldLayout = {
  version: 1,
  updated_at: null,
  updated_by: null,
  lead: ['email', 'phone', 'mobile', 'status', 'source', 'owner', 'title', 'address', 'tags'],
  person: ['email', 'phone', 'mobile', 'title', 'owner', 'address', 'tags'],
  company: ['email', 'phone', 'website', 'industry', 'owner', 'address'],
  deal: ['value', 'stage', 'owner', 'estimated_close_date', 'hot', 'tags'],
};

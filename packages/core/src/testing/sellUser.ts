import type { SellUser } from '../sell';

/** An active, non-admin Sell user with this id, in no group; `overrides` set what a test is about. */
export function sellUser(id: number, overrides: Partial<SellUser> = {}): SellUser {
  return {
    id,
    name: `User ${id}`,
    email: `user${id}@example.com`,
    status: 'active',
    role: 'user',
    group: null,
    reports_to: null,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    deleted_at: null,
    ...overrides,
  };
}

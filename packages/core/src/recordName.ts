/** The fields a Sell record may be named by: a contact or deal has `name`, a lead first/last and organization. */
export interface NamedRecord {
  id: number;
  name?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  organization_name?: string | null;
  email?: string | null;
}

const text = (value: string | null | undefined): string => (typeof value === 'string' ? value.trim() : '');

/**
 * A record's name as Sell shows it: its `name`, else first and last name, else the organization (a lead of a company),
 * else its email; `#id` when it has none of them. Blank values count as missing.
 */
export function recordName(record: NamedRecord): string {
  const person = [text(record.first_name), text(record.last_name)].filter(Boolean).join(' ');
  return text(record.name) || person || text(record.organization_name) || text(record.email) || `#${String(record.id)}`;
}

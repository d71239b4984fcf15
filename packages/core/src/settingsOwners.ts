import type { OwnerRef } from './settings-types';
import { describeValue, isUnset, type SettingsFindings } from './settingsValues';
import { PARAM_OF } from './settingsSchema';

const PARAM = PARAM_OF.leadOwners;

/** `user:12`, `distribution:34`; the kind in any case, spaces allowed around the colon. */
const ENTRY = /^(user|distribution)\s*:\s*(\d+)$/i;

/** Entries are comma-separated; semicolons and line breaks are tolerated because admins paste lists. */
const SEPARATOR = /[,;\n\r]/;

function parseEntry(entry: string): OwnerRef | null {
  const match = ENTRY.exec(entry);
  if (!match?.[1] || !match[2]) return null;
  const id = Number(match[2]);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return { kind: match[1].toLowerCase() === 'user' ? 'user' : 'distribution', id };
}

/**
 * Parses `lead_owners` into owner references, in the admin's order. Malformed entries are problems; a repeated id is
 * dropped with a warning (the first mention wins, also when the repeat names the other kind).
 */
export function parseLeadOwners(value: unknown, findings: SettingsFindings): OwnerRef[] {
  if (isUnset(value)) return [];
  if (typeof value !== 'string') {
    findings.problems.push({ key: 'settings.problem.owners_invalid', param: PARAM, values: { value: describeValue(value) } });
    return [];
  }
  const owners: OwnerRef[] = [];
  const seen = new Map<number, OwnerRef>();
  for (const part of value.split(SEPARATOR)) {
    const entry = part.trim();
    if (entry === '') continue;
    const ref = parseEntry(entry);
    if (!ref) {
      findings.problems.push({ key: 'settings.problem.owner_malformed', param: PARAM, values: { entry: describeValue(entry) } });
      continue;
    }
    const earlier = seen.get(ref.id);
    if (earlier) {
      const key = earlier.kind === ref.kind ? 'settings.problem.owner_duplicate' : 'settings.problem.owner_conflict';
      findings.warnings.push({ key, param: PARAM, values: { entry, id: ref.id } });
      continue;
    }
    seen.set(ref.id, ref);
    owners.push(ref);
  }
  return owners;
}

/** Writes owner references back as a `lead_owners` value; `parseSettings` reads it back to the same list. */
export function formatOwners(refs: readonly OwnerRef[]): string {
  return refs.map((ref) => `${ref.kind}:${ref.id}`).join(',');
}

/** Shared shapes of the offline package validator (docs/platform/zaf.md §Upload validation). */

type Severity = 'error' | 'warning';

/** One problem found in a package: `rule` is a stable id tests assert on; `message` is for people. */
export interface Finding {
  severity: Severity;
  rule: string;
  /** Package-relative path of the file the finding is about (`manifest.json`, `assets/logo.png`, …). */
  file: string;
  message: string;
}

/** A built app package, read from a folder or a zip: the regular files by package-relative POSIX path. */
export interface AppPackage {
  /** Where the package came from, for reports. */
  source: string;
  /** Regular files, sorted, POSIX separators, relative to the package root. */
  files: string[];
  /** Symbolic links found anywhere in the package (relative paths). */
  symlinks: string[];
  has(path: string): boolean;
  read(path: string): Buffer;
}

/** The result for one package: errors block an upload, warnings are what Zendesk would flag but accept. */
export interface ValidationReport {
  source: string;
  errors: Finding[];
  warnings: Finding[];
}

type Emit = (rule: string, file: string, message: string) => void;

/** Collects findings; checks call `error`/`warn` instead of building objects by hand. */
export interface Findings {
  error: Emit;
  warn: Emit;
  list(): Finding[];
}

/** Creates an empty findings collector. */
export function createFindings(): Findings {
  const all: Finding[] = [];
  const emit =
    (severity: Severity): Emit =>
    (rule, file, message) => {
      all.push({ severity, rule, file, message });
    };
  return { error: emit('error'), warn: emit('warning'), list: () => [...all] };
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds `base + path?query`, dropping undefined query values. */
export function buildUrl(base: string, path: string, query: Record<string, string | number | boolean | undefined> = {}): string {
  const url = new URL(path, base);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url.toString();
}

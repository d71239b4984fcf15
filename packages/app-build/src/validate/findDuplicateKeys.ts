/**
 * Finds keys that appear twice in one JSON object. `JSON.parse` silently keeps the last one, while Zendesk's strict
 * parser rejects the manifest, so this walks the tokens itself. Call it on text `JSON.parse` already accepted: it
 * only tracks structure and does not re-validate the grammar.
 */
export function findDuplicateKeys(text: string): string[] {
  const duplicates: string[] = [];
  let i = 0;

  const skipWhitespace = (): void => {
    while (i < text.length && /\s/.test(text.charAt(i))) i += 1;
  };

  const readString = (): string => {
    // Caller has checked text[i] is a quote; decode escapes via JSON.parse on the raw slice.
    const start = i;
    i += 1;
    while (i < text.length && text.charAt(i) !== '"') i += text.charAt(i) === '\\' ? 2 : 1;
    i += 1;
    return JSON.parse(text.slice(start, i)) as string;
  };

  const readValue = (path: string): void => {
    skipWhitespace();
    const char = text.charAt(i);
    if (char === '{') readObject(path);
    else if (char === '[') readArray(path);
    else if (char === '"') readString();
    else while (i < text.length && !/[\s,\]}]/.test(text.charAt(i))) i += 1;
  };

  const readObject = (path: string): void => {
    const seen = new Set<string>();
    i += 1;
    skipWhitespace();
    if (text.charAt(i) === '}') {
      i += 1;
      return;
    }
    for (;;) {
      skipWhitespace();
      const key = readString();
      const keyPath = `${path}.${key}`;
      if (seen.has(key)) duplicates.push(keyPath);
      seen.add(key);
      skipWhitespace();
      i += 1; // ':'
      readValue(keyPath);
      skipWhitespace();
      const next = text.charAt(i);
      i += 1;
      if (next !== ',') return;
    }
  };

  const readArray = (path: string): void => {
    i += 1;
    skipWhitespace();
    if (text.charAt(i) === ']') {
      i += 1;
      return;
    }
    for (let index = 0; ; index += 1) {
      readValue(`${path}[${index}]`);
      skipWhitespace();
      const next = text.charAt(i);
      i += 1;
      if (next !== ',') return;
    }
  };

  readValue('$');
  return duplicates;
}

/** Parses JSON and reports duplicate keys; `error` holds the parser's message when the text is not JSON. */
export function parseStrictJson(text: string): { value?: unknown; error?: string; duplicates: string[] } {
  try {
    const value: unknown = JSON.parse(text);
    return { value, duplicates: findDuplicateKeys(text) };
  } catch (cause) {
    return { error: cause instanceof Error ? cause.message : String(cause), duplicates: [] };
  }
}

// C0/C1 controls other than tab and newline have no business in a CRM value and can garble the sidebar.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// Explicit bidi embeddings/overrides/isolates leak past an inline element and can reverse the text that follows
// (Trojan Source). RTL letters and the LRM/RLM marks are kept; the UI isolates each value with `dir="auto"`.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A value reduced to displayable plain text: controls removed, line endings unified, ends trimmed. */
export function plainText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(LONE_SURROGATES, '\uFFFD')
    .trim();
}

/** The text cut to at most `max` user-perceived characters (emoji and combining marks stay whole). */
export function truncateText(text: string, max: number): { text: string; truncated: boolean } {
  // Code units never undercount graphemes, so short strings skip the segmenter.
  if (text.length <= max) return { text, truncated: false };
  let count = 0;
  for (const { index } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (count === max) return { text: `${text.slice(0, index).trimEnd()}…`, truncated: true };
    count += 1;
  }
  return { text, truncated: false };
}

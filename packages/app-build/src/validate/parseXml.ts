/** An element of a parsed XML document: its name, attributes and depth (0 for the root). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  depth: number;
  /** Text and CDATA directly inside the element. */
  text: string;
}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const ATTRIBUTE = /^([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/;

/**
 * A small well-formedness parser for SVG files: elements, attributes, text, comments, CDATA, processing instructions
 * and a DOCTYPE without an internal subset (entity declarations are refused, as a sanitiser would). Throws an Error
 * saying what is wrong; returns the elements in document order.
 */
export function parseXml(source: string): XmlElement[] {
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  let rest = source.replace(/^\uFEFF/, '');
  let sawRoot = false;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${source.length - rest.length}`);
  };
  const skip = (end: string, what: string): void => {
    const at = rest.indexOf(end);
    if (at < 0) fail(`unterminated ${what}`);
    rest = rest.slice(at + end.length);
  };

  while (rest.length > 0) {
    if (rest.startsWith('<!--')) skip('-->', 'comment');
    else if (rest.startsWith('<![CDATA[')) {
      const at = rest.indexOf(']]>');
      if (at < 0 || open.length === 0) fail('misplaced CDATA section');
      const parent = open[open.length - 1];
      if (parent) parent.text += rest.slice(9, at);
      rest = rest.slice(at + 3);
    } else if (rest.startsWith('<?')) skip('?>', 'processing instruction');
    else if (rest.startsWith('<!DOCTYPE')) {
      const end = rest.indexOf('>');
      if (end < 0) fail('unterminated DOCTYPE');
      if (rest.slice(0, end).includes('[')) fail('DOCTYPE with an internal subset (entity declarations)');
      rest = rest.slice(end + 1);
    } else if (rest.startsWith('</')) {
      const match = /^<\/([A-Za-z_:][\w.:-]*)\s*>/.exec(rest);
      const current = open.pop();
      if (!match || !current || current.name !== match[1]) fail(`unexpected closing tag ${match?.[1] ?? ''}`.trim());
      rest = rest.slice(match?.[0].length ?? 0);
    } else if (rest.startsWith('<')) {
      rest = rest.slice(1);
      const name = NAME.exec(rest)?.[0];
      if (!name) return fail('invalid tag name');
      if (open.length === 0 && sawRoot) fail('more than one root element');
      rest = rest.slice(name.length);
      const element: XmlElement = { name, attributes: {}, depth: open.length, text: '' };
      for (;;) {
        rest = rest.trimStart();
        if (rest.startsWith('/>') || rest.startsWith('>')) break;
        const attribute = ATTRIBUTE.exec(rest);
        if (!attribute?.[1]) return fail(`malformed attribute in <${name}>`);
        if (attribute[1] in element.attributes) fail(`duplicate attribute ${attribute[1]} in <${name}>`);
        element.attributes[attribute[1]] = attribute[2] ?? attribute[3] ?? '';
        rest = rest.slice(attribute[0].length);
      }
      elements.push(element);
      sawRoot = true;
      if (rest.startsWith('/>')) rest = rest.slice(2);
      else {
        rest = rest.slice(1);
        open.push(element);
      }
    } else {
      const next = rest.indexOf('<');
      const text = next < 0 ? rest : rest.slice(0, next);
      const parent = open[open.length - 1];
      if (parent) parent.text += text;
      else if (text.trim() !== '') fail('text outside the root element');
      rest = next < 0 ? '' : rest.slice(next);
    }
  }
  if (open.length > 0) fail(`<${open[open.length - 1]?.name ?? ''}> is never closed`);
  if (!sawRoot) fail('no root element');
  return elements;
}

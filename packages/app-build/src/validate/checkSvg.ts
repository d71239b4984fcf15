import { parseXml } from './parseXml';
import type { AppPackage, Findings } from './types';

// Elements a sanitiser removes outright: they run code or embed other documents.
const UNSAFE_ELEMENTS = ['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener'];
const LINK_ATTRIBUTES = ['href', 'xlink:href', 'src'];

/** The reasons an SVG cannot be uploaded as is: unparseable, or carrying scripts, foreign objects or handlers. */
export function svgProblems(markup: string): { parseError?: string; errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  let elements;
  try {
    elements = parseXml(markup);
  } catch (cause) {
    return { parseError: cause instanceof Error ? cause.message : String(cause), errors, warnings };
  }
  if (elements[0]?.name.toLowerCase() !== 'svg') errors.push('has no <svg> root element');
  for (const { name, attributes, text } of elements) {
    const local = name.toLowerCase().replace(/^svg:/, '');
    if (UNSAFE_ELEMENTS.includes(local)) errors.push(`contains <${name}>`);
    for (const [attribute, value] of Object.entries(attributes)) {
      if (/^on/i.test(attribute)) errors.push(`has an event handler ${attribute} on <${name}>`);
      const link = LINK_ATTRIBUTES.includes(attribute.toLowerCase());
      if (link && /^\s*(javascript|vbscript):/i.test(value)) errors.push(`links to script (${attribute} on <${name}>)`);
      if (link && /^\s*data:text\/html/i.test(value)) errors.push(`embeds an HTML document (${attribute} on <${name}>)`);
      if (link && local === 'image' && /^\s*data:image\//i.test(value)) {
        warnings.push('embeds a bitmap, which Zendesk replaces with a placeholder');
      }
    }
    if (local === 'style' && /javascript:|expression\(|@import/i.test(text)) errors.push('has a <style> that loads or runs code');
  }
  return { errors: [...new Set(errors)], warnings: [...new Set(warnings)] };
}

/** Checks every `.svg` in the package (docs/platform/zaf.md §Forbidden and flagged content). */
export function checkSvgs(pkg: AppPackage, findings: Findings): void {
  for (const file of pkg.files.filter((path) => path.toLowerCase().endsWith('.svg'))) {
    const { parseError, errors, warnings } = svgProblems(pkg.read(file).toString('utf8'));
    if (parseError) findings.error('svg.unparseable', file, `is not well-formed XML (${parseError}).`);
    for (const problem of errors) findings.error('svg.unsafe', file, `${problem}; Zendesk cannot sanitise it.`);
    for (const problem of warnings) findings.warn('svg.rewritten', file, `${problem}.`);
  }
}

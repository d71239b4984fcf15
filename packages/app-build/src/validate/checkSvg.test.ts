import { svgProblems } from './checkSvg';
import { parseXml } from './parseXml';

const ns = 'xmlns="http://www.w3.org/2000/svg"';

it('parses elements, attributes and nesting depth', () => {
  const elements = parseXml(`<?xml version="1.0"?><!-- logo --><svg ${ns} width='10'><g><path d="M0 0"/></g></svg>`);
  expect(elements.map(({ name, depth }) => [name, depth])).toEqual([['svg', 0], ['g', 1], ['path', 2]]);
  expect(elements[0]?.attributes.width).toBe('10');
});

it.each([
  ['an unclosed element', '<svg><g></svg>'],
  ['a stray closing tag', '<svg></svg></g>'],
  ['two root elements', '<svg/><svg/>'],
  ['text outside the root', 'hello <svg/>'],
  ['an unquoted attribute', '<svg width=10/>'],
  ['a repeated attribute', '<svg a="1" a="2"/>'],
  ['an entity declaration', '<!DOCTYPE svg [<!ENTITY x "y">]><svg/>'],
  ['an unterminated comment', '<svg><!-- </svg>'],
  ['no element at all', '<!-- empty -->'],
])('refuses %s', (_, markup) => {
  expect(() => parseXml(markup)).toThrow();
});

it.each([
  ['a script element', `<svg ${ns}><script>alert(1)</script></svg>`],
  ['a namespaced script element', `<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:script/></svg:svg>`],
  ['a foreignObject', `<svg ${ns}><foreignObject/></svg>`],
  ['an onload handler', `<svg ${ns} onload="x()"/>`],
  ['a javascript: link', `<svg ${ns}><a xlink:href=" javascript:x()"/></svg>`],
  ['an embedded HTML document', `<svg ${ns}><image href="data:text/html;base64,AA"/></svg>`],
  ['a style that imports', `<svg ${ns}><style>@import url(x.css);</style></svg>`],
  ['a non-SVG root', '<html/>'],
])('flags an SVG with %s as unsafe', (_, markup) => {
  expect(svgProblems(markup).errors).not.toEqual([]);
});

it('accepts a plain icon', () => {
  expect(svgProblems(`<svg ${ns} viewBox="0 0 24 24"><path fill="currentColor" d="M1 1h22v22H1z"/></svg>`)).toEqual({ errors: [], warnings: [] });
});

it('reports a parse error separately from unsafe content', () => {
  const result = svgProblems('<svg>');
  expect(result.parseError).toBeTypeOf('string');
  expect(result.errors).toEqual([]);
});

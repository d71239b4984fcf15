import fc from 'fast-check';
import type { LinkKind } from './safeHref';
import { safeHref } from './safeHref';
import { SAFE_HREF, XSS_CORPUS } from './testing';

const KINDS: LinkKind[] = ['url', 'email', 'phone'];

describe('safeHref', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['http://example.com/path?q=1#top', 'http://example.com/path?q=1#top'],
    ['HTTPS://EXAMPLE.COM/A', 'https://example.com/A'],
    ['  https://example.com  ', 'https://example.com/'],
    ['example.com', 'https://example.com/'],
    ['www.example.co.uk/about', 'https://www.example.co.uk/about'],
    ['example.io:8080/x', 'https://example.io:8080/x'],
    ['bücher.example', 'https://xn--bcher-kva.example/'],
    ['https://example.com/a b', null],
    ['https://example.com/?q=<x>', 'https://example.com/?q=%3Cx%3E'],
    ['a.aa?`a.a@a.aa', 'https://a.aa/?%60a.a@a.aa'],
    ["https://example.com/it's?q=`x`", 'https://example.com/it%27s?q=%60x%60'],
    ["https://example.com/o'neil", 'https://example.com/o%27neil'],
    ['https://192.0.2.1/status', 'https://192.0.2.1/status'],
    ['https://[2001:db8::1]/', 'https://[2001:db8::1]/'],
    ['http:example.com', 'http://example.com/'],
    ['mailto:ann@example.com', 'mailto:ann@example.com'],
    ['tel:+1 555 0100', 'tel:+15550100'],
    ['localhost', null],
    ['example', null],
    ['192.0.2.1', null],
    ['https://', null],
    [`https://example.com/${'a'.repeat(2100)}`, null],
    ['@example', null],
  ])('treats the url %j as %j', (value, expected) => {
    expect(safeHref(value, 'url')).toBe(expected);
  });

  it('treats values as urls when no kind is given', () => {
    expect(safeHref('example.com')).toBe('https://example.com/');
  });

  it.each([
    ['ann@example.com', 'mailto:ann@example.com'],
    ['mailto:ann@example.com', 'mailto:ann@example.com'],
    ['MAILTO:Ann.Lee+crm@Example.COM', 'mailto:Ann.Lee+crm@Example.COM'],
    ["o'neil@example.com", 'mailto:o%27neil@example.com'],
    ['josé@exämple.de', 'mailto:josé@exämple.de'],
    ['ann@example', null],
    ['ann@@example.com', null],
    ['ann.@example.com', null],
    ['.ann@example.com', null],
    ['an..n@example.com', null],
    ['ann lee@example.com', null],
    ['ann@example.com, bob@example.com', null],
    ['ann@example.com?cc=boss@example.com', null],
    ['<ann@example.com>', null],
    [`${'a'.repeat(65)}@example.com`, null],
    [`ann@${'a'.repeat(250)}.com`, null],
    ['https://example.com', null],
  ])('treats the email %j as %j', (value, expected) => {
    expect(safeHref(value, 'email')).toBe(expected);
  });

  it.each([
    ['+1 555 0100', 'tel:+15550100'],
    ['(555) 010-0199', 'tel:5550100199'],
    ['+33 1.23.45.67.89', 'tel:+33123456789'],
    ['+49 30/1234567', 'tel:+49301234567'],
    ['tel:+15550100', 'tel:+15550100'],
    ['+1 555 0100 ext. 12', 'tel:+15550100;ext=12'],
    ['+1 555 0100 x12', 'tel:+15550100;ext=12'],
    ['tel:+15550100;ext=7', 'tel:+15550100;ext=7'],
    ['112', 'tel:112'],
    ['12', null],
    ['+1 555 CALL NOW', null],
    ['1234567890123456', null],
    ['++15550100', null],
    ['555+0100', null],
    ['sip:ann@example.com', null],
    [`+1 ${'5'.repeat(70)}`, null],
  ])('treats the phone %j as %j', (value, expected) => {
    expect(safeHref(value, 'phone')).toBe(expected);
  });

  it('follows an explicit mailto or tel scheme in a url field', () => {
    expect(safeHref('mailto:ann@example.com', 'url')).toBe('mailto:ann@example.com');
    expect(safeHref('tel:+15550100', 'url')).toBe('tel:+15550100');
    expect(safeHref('mailto:not-an-email', 'url')).toBeNull();
  });

  it('refuses a link that points at another kind than the field', () => {
    expect(safeHref('tel:+15550100', 'email')).toBeNull();
    expect(safeHref('mailto:ann@example.com', 'phone')).toBeNull();
  });

  it('refuses protocol-relative links instead of guessing a scheme', () => {
    expect(safeHref('//example.com', 'url')).toBeNull();
  });

  it('refuses an unknown kind and non-string input', () => {
    expect(safeHref('https://example.com', 'fax' as LinkKind)).toBeNull();
    expect(safeHref(42 as unknown as string)).toBeNull();
    expect(safeHref('')).toBeNull();
    expect(safeHref('   ')).toBeNull();
  });

  it.each(XSS_CORPUS.flatMap((payload) => KINDS.map((kind) => [kind, payload] as const)))(
    'never turns the hostile %s value %j into a link',
    (kind, payload) => {
      expect(safeHref(payload, kind)).toBeNull();
    },
  );

  it('only ever produces http(s), mailto or tel hrefs without quotes, brackets or controls', () => {
    const arbitrary = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.emailAddress(),
      fc.constantFrom(...XSS_CORPUS).chain((payload) => fc.string({ maxLength: 10 }).map((noise) => `${noise}${payload}`)),
    );
    fc.assert(
      fc.property(arbitrary, fc.constantFrom(...KINDS), (value, kind) => {
        const href = safeHref(value, kind);
        return href === null || SAFE_HREF.test(href);
      }),
      { numRuns: 3000 },
    );
  });

  it('links every generated web url and email address', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'] }), (url) => safeHref(url, 'url')?.startsWith('https://') === true),
      { numRuns: 300 },
    );
  });
});

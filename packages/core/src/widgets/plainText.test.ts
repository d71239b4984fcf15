import { plainText, truncateText } from './plainText';

describe('plainText', () => {
  it.each([
    ['  Ann  ', 'Ann'],
    ['a\r\nb\rc', 'a\nb\nc'],
    ['tab\tkept', 'tab\tkept'],
    ['bell\u0007 and nul\u0000 gone', 'bell and nul gone'],
    ['c1\u0085\u009b gone', 'c1 gone'],
    ['\u202eevil\u202c', 'evil'],
    ['\u2067isolate\u2069', 'isolate'],
    ['مرحبا بالعالم', 'مرحبا بالعالم'],
    ['שלום \u200fעולם', 'שלום \u200fעולם'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['👩‍👩‍👧 family', '👩‍👩‍👧 family'],
    ['lone \ud800 high', 'lone \ufffd high'],
    ['lone \udc00 low', 'lone \ufffd low'],
  ])('cleans %j to %j', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});

describe('truncateText', () => {
  it('leaves text within the limit alone', () => {
    expect(truncateText('short', 10)).toEqual({ text: 'short', truncated: false });
  });

  it('cuts long text and adds an ellipsis', () => {
    expect(truncateText('abcdefghij', 4)).toEqual({ text: 'abcd…', truncated: true });
  });

  it('counts emoji sequences as single characters and never splits them', () => {
    const family = '👩‍👩‍👧';
    expect(truncateText(family.repeat(3), 3)).toEqual({ text: family.repeat(3), truncated: false });
    expect(truncateText(family.repeat(3), 2)).toEqual({ text: `${family}${family}…`, truncated: true });
  });

  it('drops trailing spaces before the ellipsis', () => {
    expect(truncateText('abc   def', 5).text).toBe('abc…');
  });
});

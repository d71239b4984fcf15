import { findDuplicateKeys, parseStrictJson } from './findDuplicateKeys';

it.each([
  ['{"a": 1, "b": 2}', []],
  ['{"a": 1, "a": 2}', ['$.a']],
  ['{"a": {"b": 1, "b": 2}, "c": {"b": 3}}', ['$.a.b']],
  ['[{"name": "x", "name": "y"}, {"name": "z"}]', ['$[0].name']],
  ['{"a\\u0062": 1, "ab": 2}', ['$.ab']],
  ['{"a": "}\\"{", "a": [1, {"x": null, "x": true}]}', ['$.a', '$.a[1].x']],
  ['{"a": [], "b": {}, "c": -1.5e3, "d": false, "e": null, "a": ""}', ['$.a']],
  ['  "just a string"  ', []],
])('finds the duplicate keys of %s', (text, expected) => {
  expect(findDuplicateKeys(text)).toEqual(expected);
});

it('reports the parser error for text that is not JSON', () => {
  const result = parseStrictJson('{"a": }');
  expect(result.error).toBeTypeOf('string');
  expect(result.value).toBeUndefined();
});

it('returns the parsed value together with duplicates', () => {
  expect(parseStrictJson('{"a": 1, "a": 2}')).toEqual({ value: { a: 2 }, duplicates: ['$.a'] });
});

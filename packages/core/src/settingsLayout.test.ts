import { parseSettings, type ParseResult } from './parseSettings';
import type { Problem } from './settings-types';
import { DEFAULT_FIELD_LAYOUT } from './widgets/defaultLayouts';

/** What the layout reported: warnings only, since the sidebar keeps working with the best layout it could read. */
function problemsOf(result: ParseResult): Problem[] {
  expect(result.ok).toBe(true);
  return result.warnings.filter((w) => w.param === 'field_layout');
}

const parseLayout = (value: unknown) => parseSettings({ field_layout: value });

it.each([[''], ['  '], [null], [undefined]])('uses the default layout when field_layout is %j', (value) => {
  const result = parseLayout(value);
  expect(result.ok).toBe(true);
  expect(result.settings.fieldLayout).toEqual(DEFAULT_FIELD_LAYOUT);
});

it('accepts the layout as JSON text or as an already parsed object', () => {
  const layout = { version: 2, updated_at: null, updated_by: null, lead: ['custom:Budget', 'email'], person: [], company: [], deal: [] };
  expect(parseLayout(JSON.stringify(layout)).settings.fieldLayout).toEqual(layout);
  expect(parseLayout(layout).settings.fieldLayout).toEqual(layout);
});

it('keeps the default list of a widget the layout does not mention', () => {
  const result = parseLayout('{"lead":["email"]}');
  expect(result.ok).toBe(true);
  expect(result.settings.fieldLayout).toEqual({ ...DEFAULT_FIELD_LAYOUT, lead: ['email'] });
});

it('trims field keys', () => {
  expect(parseLayout('{"deal":[" value "]}').settings.fieldLayout.deal).toEqual(['value']);
});

it('reports broken JSON and falls back to the default layout', () => {
  const result = parseLayout('{"lead": [');
  expect(problemsOf(result)).toEqual([{ key: 'settings.problem.field_layout_json', param: 'field_layout' }]);
  expect(result.settings.fieldLayout).toEqual(DEFAULT_FIELD_LAYOUT);
});

it.each([['[]'], ['5'], ['"lead"'], ['null'], [7], [['email']]])('reports a layout %j that is not an object', (value) => {
  const result = parseLayout(value);
  expect(problemsOf(result)).toEqual([
    { key: 'settings.problem.field_layout_shape', param: 'field_layout', values: { part: 'root' } },
  ]);
  expect(result.settings.fieldLayout).toEqual(DEFAULT_FIELD_LAYOUT);
});

it('reports unknown widget keys and still reads the known ones', () => {
  const result = parseLayout('{"ticket":["email"],"lead":["phone"]}');
  expect(problemsOf(result)).toEqual([
    { key: 'settings.problem.field_layout_unknown_widget', param: 'field_layout', values: { widget: 'ticket' } },
  ]);
  expect(result.settings.fieldLayout.lead).toEqual(['phone']);
});

it('reports a widget whose fields are not a list and keeps its default', () => {
  const result = parseLayout('{"person":"email","lead":["phone"]}');
  expect(problemsOf(result)).toEqual([
    { key: 'settings.problem.field_layout_shape', param: 'field_layout', values: { part: 'person' } },
  ]);
  expect(result.settings.fieldLayout.person).toEqual(DEFAULT_FIELD_LAYOUT.person);
  expect(result.settings.fieldLayout.lead).toEqual(['phone']);
});

it('reports each non-string or empty field key by position and keeps the valid keys', () => {
  const result = parseLayout('{"company":[1,"website",null,"  ",{"k":"v"},"industry"]}');
  expect(problemsOf(result).map((problem) => [problem.key, problem.values])).toEqual(
    [0, 2, 3, 4].map((index) => ['settings.problem.field_layout_field_key', { widget: 'company', index }]),
  );
  expect(result.settings.fieldLayout.company).toEqual(['website', 'industry']);
});

it('drops a repeated field key with a warning', () => {
  const result = parseLayout('{"lead":["email","phone","email"]}');
  expect(result.ok).toBe(true);
  expect(result.settings.fieldLayout.lead).toEqual(['email', 'phone']);
  expect(result.warnings).toEqual([
    { key: 'settings.problem.field_layout_duplicate_field', param: 'field_layout', values: { widget: 'lead', field: 'email' } },
  ]);
});

it.each([['"2"'], ['0'], ['1.5'], ['-1'], ['null']])('reports the layout version %s', (version) => {
  const result = parseLayout(`{"version":${version}}`);
  expect(problemsOf(result).map((problem) => problem.key)).toEqual(['settings.problem.field_layout_version']);
  expect(result.settings.fieldLayout.version).toBe(DEFAULT_FIELD_LAYOUT.version);
});

it.each([['updated_at'], ['updated_by']])('reports a %s that is neither text nor null', (key) => {
  const result = parseLayout(`{"${key}":5}`);
  expect(problemsOf(result)).toEqual([
    { key: 'settings.problem.field_layout_shape', param: 'field_layout', values: { part: key } },
  ]);
  expect(result.settings.fieldLayout[key as 'updated_at' | 'updated_by']).toBeNull();
});

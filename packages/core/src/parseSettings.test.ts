import fc from 'fast-check';
import { defaultSettings, parseSettings, type ParseResult } from './parseSettings';
import type { Problem } from './settings-types';
import { DEFAULT_FIELD_LAYOUT } from './widgets/defaultLayouts';

function problemsOf(result: ParseResult): Problem[] {
  return result.ok ? [] : result.problems;
}

function keysOf(problems: Problem[]): string[] {
  return problems.map((problem) => problem.key);
}

const BOOLEAN_PARAMS = [
  ['allow_any_owner', 'allowAnyOwner', false],
  ['save_transcripts', 'saveTranscripts', false],
  ['show_tickets_in_sell', 'showTicketsInSell', true],
  ['connect_on_load', 'connectOnLoad', false],
  ['show_chat_history', 'showChatHistory', true],
] as const;

const BOOLEAN_INPUTS: [unknown, boolean | 'default'][] = [
  [true, true],
  [false, false],
  ['true', true],
  ['false', false],
  [' TRUE ', true],
  ['False', false],
  ['1', true],
  ['0', false],
  [1, true],
  [0, false],
  ['', 'default'],
  ['   ', 'default'],
  [null, 'default'],
  [undefined, 'default'],
];

it('gives the documented defaults for an installation with no settings', () => {
  const result = parseSettings({});
  expect(result).toEqual({ ok: true, settings: defaultSettings(), warnings: [] });
  expect(result.settings).toMatchObject({
    dataAccess: 'sell_users_only',
    leadStatus: 'New',
    leadSource: null,
    leadOwners: [],
    allowAnyOwner: false,
    primaryAdminId: null,
    saveTranscripts: false,
    showTicketsInSell: true,
    connectOnLoad: false,
    showChatHistory: true,
  });
  expect(result.settings.fieldLayout).toEqual(DEFAULT_FIELD_LAYOUT);
});

it('reads a complete, well-formed installation', () => {
  const layout = { version: 3, updated_at: '2026-01-02T03:04:05Z', updated_by: 'Ann', lead: ['email'], person: [], company: ['website'], deal: ['value'] };
  const result = parseSettings({
    title: 'Sell in Chat',
    data_access: 'all_agents',
    lead_status: 'Working',
    lead_source: 'Chat',
    lead_owners: 'user:12,distribution:34',
    allow_any_owner: 'false',
    primary_admin_id: '56',
    field_layout: JSON.stringify(layout),
    save_transcripts: true,
    show_tickets_in_sell: 'false',
    connect_on_load: '1',
    show_chat_history: false,
  });
  expect(result).toEqual({
    ok: true,
    warnings: [],
    settings: {
      dataAccess: 'all_agents',
      leadStatus: 'Working',
      leadSource: 'Chat',
      leadOwners: [{ kind: 'user', id: 12 }, { kind: 'distribution', id: 34 }],
      allowAnyOwner: false,
      primaryAdminId: 56,
      fieldLayout: layout,
      saveTranscripts: true,
      showTicketsInSell: false,
      connectOnLoad: true,
      showChatHistory: false,
    },
  });
});

it('ignores unknown keys and secure settings without complaint', () => {
  expect(parseSettings({ title: 'x', access_token: 'secret', sell_api_token: 'y', extra: { a: 1 } })).toEqual({
    ok: true,
    settings: defaultSettings(),
    warnings: [],
  });
});

describe.each(BOOLEAN_PARAMS)('checkbox %s', (param, field, fallback) => {
  it.each(BOOLEAN_INPUTS)('reads %j as %s', (input, expected) => {
    const result = parseSettings({ [param]: input });
    expect(result.ok).toBe(true);
    expect(result.settings[field]).toBe(expected === 'default' ? fallback : expected);
  });

  it.each([['yes'], [2], [{}], [[]]])('reports %j as an invalid checkbox and keeps the default', (input) => {
    const result = parseSettings({ [param]: input });
    expect(problemsOf(result)).toEqual([expect.objectContaining({ key: 'settings.problem.boolean_invalid', param })]);
    expect(result.settings[field]).toBe(fallback);
  });
});

it.each([
  ['  Qualified ', 'Qualified'],
  ['', 'New'],
  ['   ', 'New'],
  [null, 'New'],
  [undefined, 'New'],
  [42, '42'],
])('reads lead_status %j as %j', (input, expected) => {
  const result = parseSettings({ lead_status: input });
  expect(result.ok).toBe(true);
  expect(result.settings.leadStatus).toBe(expected);
});

it.each([
  [' Website chat ', 'Website chat'],
  ['', null],
  [null, null],
])('reads lead_source %j as %j', (input, expected) => {
  expect(parseSettings({ lead_source: input }).settings.leadSource).toBe(expected);
});

it.each([['lead_status'], ['lead_source']])('reports a non-text %s', (param) => {
  const result = parseSettings({ [param]: { name: 'x' } });
  expect(problemsOf(result)).toEqual([{ key: 'settings.problem.text_invalid', param, values: { value: '[object]' } }]);
});

it.each([
  ['all_agents', 'all_agents'],
  [' ALL_AGENTS ', 'all_agents'],
  ['sell_users_only', 'sell_users_only'],
  ['', 'sell_users_only'],
  [null, 'sell_users_only'],
])('reads data_access %j as %s', (input, expected) => {
  const result = parseSettings({ data_access: input, primary_admin_id: 1 });
  expect(result.ok).toBe(true);
  expect(result.settings.dataAccess).toBe(expected);
});

it.each([['everyone'], [5], [true]])('rejects the data_access value %j and falls back to the stricter mode', (input) => {
  const result = parseSettings({ data_access: input });
  expect(problemsOf(result)).toEqual([
    expect.objectContaining({ key: 'settings.problem.data_access_unknown', param: 'data_access' }),
  ]);
  expect(result.settings.dataAccess).toBe('sell_users_only');
});

it.each([
  [12, 12],
  ['12', 12],
  [' 12 ', 12],
  ['', null],
  [null, null],
])('reads primary_admin_id %j as %j', (input, expected) => {
  const result = parseSettings({ primary_admin_id: input });
  expect(result.ok).toBe(true);
  expect(result.settings.primaryAdminId).toBe(expected);
});

it.each([['12.5'], [12.5], [-3], ['-3'], [0], ['0'], ['abc'], [true], [Number.NaN], ['99999999999999999999']])(
  'rejects primary_admin_id %j',
  (input) => {
    const result = parseSettings({ primary_admin_id: input });
    expect(problemsOf(result)).toEqual([
      expect.objectContaining({ key: 'settings.problem.primary_admin_invalid', param: 'primary_admin_id' }),
    ]);
    expect(result.settings.primaryAdminId).toBeNull();
  },
);

it('warns when all_agents mode has no owner rule and no primary admin', () => {
  const result = parseSettings({ data_access: 'all_agents' });
  expect(result.ok).toBe(true);
  expect(result.warnings).toEqual([{ key: 'settings.problem.primary_admin_missing', param: 'primary_admin_id' }]);
});

it.each([
  [{ data_access: 'all_agents', primary_admin_id: '5' }],
  [{ data_access: 'all_agents', lead_owners: 'user:5' }],
  [{ data_access: 'all_agents', allow_any_owner: true }],
  [{ data_access: 'sell_users_only' }],
])('does not ask for a primary admin when %j', (raw) => {
  expect(parseSettings(raw).warnings).toEqual([]);
});

it('reports an invalid primary admin once, not also as missing', () => {
  const result = parseSettings({ data_access: 'all_agents', primary_admin_id: 'abc' });
  expect(keysOf(problemsOf(result))).toEqual(['settings.problem.primary_admin_invalid']);
  expect(result.warnings).toEqual([]);
});

it('returns best-effort settings and every problem when several parameters are wrong', () => {
  const result = parseSettings({ data_access: 'x', lead_owners: 'team:1,user:2', connect_on_load: 'maybe', lead_status: 'Hot' });
  expect(result.ok).toBe(false);
  expect(problemsOf(result).map((problem) => problem.param).sort()).toEqual(['connect_on_load', 'data_access', 'lead_owners']);
  expect(result.settings).toMatchObject({ dataAccess: 'sell_users_only', leadStatus: 'Hot', leadOwners: [{ kind: 'user', id: 2 }] });
});

it('describes long and exotic values briefly in problems', () => {
  const long = parseSettings({ data_access: 'x'.repeat(500) });
  expect(String(problemsOf(long)[0]?.values?.value).length).toBeLessThan(100);
  const exotic = parseSettings({
    data_access: Symbol('s'),
    lead_status: () => 1,
    lead_source: 10n,
    connect_on_load: Object.create(null) as unknown,
    save_transcripts: [1],
  });
  expect(problemsOf(exotic).map((problem) => problem.values?.value)).toEqual(['Symbol(s)', '[function]', '10', '[array]', '[object]']);
});

it('ignores settings inherited from a prototype', () => {
  const raw = Object.create({ data_access: 'all_agents' }) as Record<string, unknown>;
  expect(parseSettings(raw).settings.dataAccess).toBe('sell_users_only');
});

it('treats missing settings as an empty installation', () => {
  expect(parseSettings(undefined as unknown as Record<string, unknown>).ok).toBe(true);
});

it('hands out settings that do not share arrays with the default layout', () => {
  const first = parseSettings({});
  first.settings.fieldLayout.lead.push('custom:x');
  expect(DEFAULT_FIELD_LAYOUT.lead).not.toContain('custom:x');
  expect(parseSettings({}).settings.fieldLayout.lead).not.toContain('custom:x');
});

it('never throws on arbitrary text settings and always returns complete settings', () => {
  const keys = fc.constantFrom('data_access', 'lead_status', 'lead_source', 'lead_owners', 'allow_any_owner', 'primary_admin_id', 'field_layout', 'save_transcripts', 'show_tickets_in_sell', 'connect_on_load', 'show_chat_history', 'title');
  fc.assert(
    fc.property(fc.dictionary(fc.oneof(keys, fc.string()), fc.string()), (raw) => {
      const result = parseSettings(raw);
      expect(typeof result.settings.allowAnyOwner).toBe('boolean');
      expect(result.settings.leadStatus.length).toBeGreaterThan(0);
      expect(Array.isArray(result.settings.fieldLayout.deal)).toBe(true);
      if (result.ok) expect(result.warnings.every((warning) => warning.key.startsWith('settings.problem.'))).toBe(true);
      else expect(result.problems.length).toBeGreaterThan(0);
    }),
  );
});

it('never throws on arbitrary values of any type', () => {
  const keys = fc.constantFrom('data_access', 'lead_status', 'lead_source', 'lead_owners', 'allow_any_owner', 'primary_admin_id', 'field_layout', 'show_chat_history');
  fc.assert(
    fc.property(fc.dictionary(fc.oneof(keys, fc.string()), fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true })), (raw) => {
      const result = parseSettings(raw);
      expect(['sell_users_only', 'all_agents']).toContain(result.settings.dataAccess);
      for (const problem of problemsOf(result)) expect(problem.key).toMatch(/^settings\.problem\.[a-z_]+$/);
    }),
  );
});

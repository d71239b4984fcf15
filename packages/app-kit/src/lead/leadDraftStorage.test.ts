import { LEAD_DRAFT_MAX_AGE_MS, LEAD_DRAFT_VERSION, leadDraftStorageKey, pruneLeadDrafts, readLeadDraft, removeLeadDraft, writeLeadDraft } from './leadDraftStorage';

const KEY = leadDraftStorageKey(9001, '1001:chat:abc');
const put = (value: unknown) => localStorage.setItem(KEY, typeof value === 'string' ? value : JSON.stringify(value));

beforeEach(() => localStorage.clear());

it('names the storage entry after the agent and the conversation, without spelling either out', () => {
  expect(KEY).toMatch(/^sell-bridge:lead-draft:[0-9a-f]{16}$/);
  const keys = [
    KEY,
    leadDraftStorageKey(9002, '1001:chat:abc'),
    leadDraftStorageKey(9001, '1001:chat:abd'),
    leadDraftStorageKey(9001, '1002:chat:abc'),
    leadDraftStorageKey(9001, '1001:email:ana@example.com'),
  ];
  expect(new Set(keys).size).toBe(keys.length);
  expect(keys.join(' ')).not.toMatch(/ana|example|abc|9001/);
  expect(leadDraftStorageKey(9001, '1001:chat:abc')).toBe(KEY);
});

it('reads back what it wrote', () => {
  writeLeadDraft(localStorage, KEY, { values: { title: 'CTO', last_name: '' }, ownerId: 7 }, 1_000);
  expect(readLeadDraft(localStorage, KEY)).toEqual({ values: { title: 'CTO', last_name: '' }, ownerId: 7 });
  expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ version: LEAD_DRAFT_VERSION, savedAt: 1_000 });
});

it.each([
  ['no entry', undefined],
  ['text that is not JSON', '{oops'],
  ['another version', { version: LEAD_DRAFT_VERSION + 1, values: { title: 'x' } }],
  ['values that are not an object', { version: LEAD_DRAFT_VERSION, values: 'title' }],
  ['an array', [1, 2]],
])('reads no draft from %s', (_case, value) => {
  if (value !== undefined) put(value);
  expect(readLeadDraft(localStorage, KEY)).toBeNull();
});

it('keeps only known text fields and an integer owner', () => {
  put({ version: LEAD_DRAFT_VERSION, values: { title: 'CTO', tags: ['x'], phone: 42 }, ownerId: '7' });
  expect(readLeadDraft(localStorage, KEY)).toEqual({ values: { title: 'CTO' }, ownerId: null });
});

it('removes a draft', () => {
  writeLeadDraft(localStorage, KEY, { values: { title: 'CTO' }, ownerId: null }, 1);
  removeLeadDraft(localStorage, KEY);
  expect(readLeadDraft(localStorage, KEY)).toBeNull();
});

it('works without storage and when storage throws', () => {
  const broken = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
    removeItem: () => {
      throw new Error('SecurityError');
    },
  } as unknown as Storage;
  expect(writeLeadDraft(broken, KEY, { values: {}, ownerId: null }, 1)).toBe(false);
  expect(writeLeadDraft(null, KEY, { values: {}, ownerId: null }, 1)).toBe(false);
  expect(writeLeadDraft(localStorage, KEY, { values: {}, ownerId: null }, 1)).toBe(true);
  expect(readLeadDraft(broken, KEY)).toBeNull();
  expect(() => removeLeadDraft(broken, KEY)).not.toThrow();
  expect(readLeadDraft(null, KEY)).toBeNull();
});

describe('pruneLeadDrafts', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const now = Date.UTC(2026, 10, 21);

  it.each([
    ['a draft saved today', now - 1000, true],
    ['a draft saved 3 days ago', now - LEAD_DRAFT_MAX_AGE_MS, true],
    ['a draft saved 4 days ago', now - 4 * DAY, false],
    ['a draft saved 30 days ago', now - 30 * DAY, false],
  ])('prunes by age: %s', (_, savedAt, kept) => {
    writeLeadDraft(localStorage, KEY, { values: { title: 'CTO' }, ownerId: null }, savedAt);
    pruneLeadDrafts(localStorage, now);
    expect(readLeadDraft(localStorage, KEY) !== null).toBe(kept);
  });

  it('drops unreadable drafts and leaves everything that is not a draft alone', () => {
    localStorage.setItem(leadDraftStorageKey(1, '1001:ticket:1'), '{broken');
    localStorage.setItem(leadDraftStorageKey(1, '1001:ticket:2'), JSON.stringify({ version: LEAD_DRAFT_VERSION, values: {} }));
    localStorage.setItem('sell-bridge:transcript:1001:chat-1', 'saved');
    writeLeadDraft(localStorage, leadDraftStorageKey(1, '1001:ticket:3'), { values: {}, ownerId: null }, now);
    pruneLeadDrafts(localStorage, now);
    expect(Object.keys(localStorage).sort()).toEqual([leadDraftStorageKey(1, '1001:ticket:3'), 'sell-bridge:transcript:1001:chat-1'].sort());
  });

  it('does nothing without storage', () => {
    expect(() => pruneLeadDrafts(null, now)).not.toThrow();
  });
});

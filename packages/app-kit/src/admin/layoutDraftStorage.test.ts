import { DEFAULT_FIELD_LAYOUT } from '@sell-bridge/core';
import { applyDraft, clearLayoutDraft, layoutDraftKey, readLayoutDraft, writeLayoutDraft, type LayoutDraft } from './layoutDraftStorage';

const draft: LayoutDraft = {
  savedAt: '2025-03-04T10:05:00.000Z',
  basedOn: null,
  widgets: { lead: ['tags'], person: ['email'], company: ['email'], deal: ['value'] },
};

beforeEach(() => localStorage.clear());

it('keeps a draft per installation', () => {
  writeLayoutDraft(localStorage, 1001, draft);
  expect(readLayoutDraft(localStorage, 1001)).toEqual(draft);
  expect(readLayoutDraft(localStorage, 1002)).toBeNull();
  clearLayoutDraft(localStorage, 1001);
  expect(readLayoutDraft(localStorage, 1001)).toBeNull();
});

it.each([
  ['not JSON', '{'],
  ['a widget missing', JSON.stringify({ ...draft, widgets: { lead: [] } })],
  ['a non-string key', JSON.stringify({ ...draft, widgets: { ...draft.widgets, deal: [1] } })],
  ['no date', JSON.stringify({ widgets: draft.widgets })],
])('ignores a stored value that is %s', (_name, stored) => {
  localStorage.setItem(layoutDraftKey(1001), stored);
  expect(readLayoutDraft(localStorage, 1001)).toBeNull();
});

it('survives blocked storage', () => {
  const blocked = {
    getItem: () => {
      throw new Error('blocked');
    },
    setItem: () => {
      throw new Error('full');
    },
    removeItem: () => {
      throw new Error('blocked');
    },
  } as unknown as Storage;
  expect(readLayoutDraft(blocked, 1)).toBeNull();
  expect(() => writeLayoutDraft(blocked, 1, draft)).not.toThrow();
  expect(() => clearLayoutDraft(blocked, 1)).not.toThrow();
});

it('puts the drafted widgets over the published layout, keeping its stamps', () => {
  const published = { ...DEFAULT_FIELD_LAYOUT, updated_at: 'T', updated_by: 'Amelia' };
  expect(applyDraft(published, draft)).toEqual({ ...published, ...draft.widgets });
});

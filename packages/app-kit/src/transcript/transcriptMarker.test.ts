import {
  claimTranscript,
  markTranscriptSaved,
  MARKER_MAX_AGE_MS,
  pruneTranscriptMarkers,
  releaseTranscript,
  resetTranscriptClaims,
  SAVING_EXPIRES_MS,
  transcriptMarkerKey,
} from './transcriptMarker';

afterEach(() => {
  localStorage.clear();
  resetTranscriptClaims();
});

const key = transcriptMarkerKey(1001, '#supportchat:1-abc');
const T0 = Date.UTC(2026, 11, 3, 12);
const at = (ms: number) => () => T0 + ms;

it('lets only the first claim of a chat through, and says saved once this window saved it', () => {
  expect(claimTranscript(key, at(0))).toBe('claimed');
  expect(claimTranscript(key, at(1))).toBe('busy');
  markTranscriptSaved(key, 7, at(2));
  expect(claimTranscript(key, at(3))).toBe('saved');
});

it('keys markers by installation, so another installation may save the same chat', () => {
  expect(claimTranscript(key)).toBe('claimed');
  expect(claimTranscript(transcriptMarkerKey(1002, '#supportchat:1-abc'))).toBe('claimed');
});

describe('a marker left by another sidebar of this browser', () => {
  it.each<[string, (k: string) => void, number, string]>([
    ['saving, fresh', (k) => claimTranscript(k, at(0)), SAVING_EXPIRES_MS - 1, 'busy'],
    // Its sidebar closed during the POST: the marker must not say "saved" forever; the next claim checks Sell.
    ['saving, expired', (k) => claimTranscript(k, at(0)), SAVING_EXPIRES_MS, 'claimed'],
    // Saved elsewhere: claimed again, so the claimer confirms with Sell's notes instead of trusting the marker.
    ['saved', (k) => markTranscriptSaved(k, 7, at(0)), 1, 'claimed'],
  ])('%s → %s', (_name, leave, later, expected) => {
    leave(key);
    resetTranscriptClaims(); // what another iframe sees: storage only
    expect(claimTranscript(key, at(later))).toBe(expected);
  });
});

it('keeps the claim in localStorage before the post, so another sidebar in the browser sees it', () => {
  claimTranscript(key, at(0));
  expect(JSON.parse(localStorage.getItem(key)!)).toEqual({ state: 'saving', at: T0 });
  markTranscriptSaved(key, 7, at(5));
  expect(JSON.parse(localStorage.getItem(key)!)).toEqual({ state: 'saved', noteId: 7, at: T0 + 5 });
});

it('frees the chat again after a failed post', () => {
  claimTranscript(key);
  releaseTranscript(key);
  expect(localStorage.getItem(key)).toBeNull();
  expect(claimTranscript(key)).toBe('claimed');
});

it('still guards the chat in memory when storage refuses to write', () => {
  const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new Error('QuotaExceededError');
  });
  expect(claimTranscript(key)).toBe('claimed');
  expect(claimTranscript(key)).toBe('busy');
  setItem.mockRestore();
});

it('prunes markers older than their lifetime and unreadable ones, and nothing else', () => {
  const old = transcriptMarkerKey(1001, 'old');
  markTranscriptSaved(old, 1, at(-MARKER_MAX_AGE_MS - 1));
  markTranscriptSaved(key, 2, at(-MARKER_MAX_AGE_MS + 1000));
  localStorage.setItem(transcriptMarkerKey(1001, 'broken'), '{');
  localStorage.setItem('sell-bridge:lead-draft:x', '{}');
  pruneTranscriptMarkers(T0);
  expect(Object.keys(localStorage).sort()).toEqual([key, 'sell-bridge:lead-draft:x'].sort());
});

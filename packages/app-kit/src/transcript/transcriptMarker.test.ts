import { claimTranscript, isTranscriptClaimed, markTranscriptSaved, releaseTranscript, resetTranscriptClaims, transcriptMarkerKey } from './transcriptMarker';

afterEach(() => {
  localStorage.clear();
  resetTranscriptClaims();
});

const key = transcriptMarkerKey(1001, '#supportchat:1-abc');

it('lets only the first claim of a chat through', () => {
  expect(claimTranscript(key)).toBe(true);
  expect(claimTranscript(key)).toBe(false);
  expect(isTranscriptClaimed(key)).toBe(true);
});

it('keys markers by installation, so another installation may save the same chat', () => {
  expect(claimTranscript(key)).toBe(true);
  expect(claimTranscript(transcriptMarkerKey(1002, '#supportchat:1-abc'))).toBe(true);
});

it('keeps the claim in localStorage before the post, so another sidebar in the browser sees it', () => {
  claimTranscript(key);
  resetTranscriptClaims();
  expect(claimTranscript(key)).toBe(false);
  markTranscriptSaved(key, 7);
  expect(JSON.parse(localStorage.getItem(key)!)).toMatchObject({ state: 'saved', noteId: 7 });
});

it('frees the chat again after a failed post', () => {
  claimTranscript(key);
  releaseTranscript(key);
  expect(isTranscriptClaimed(key)).toBe(false);
  expect(claimTranscript(key)).toBe(true);
});

it('still guards the chat in memory when storage refuses to write', () => {
  const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new Error('QuotaExceededError');
  });
  expect(claimTranscript(key)).toBe(true);
  expect(claimTranscript(key)).toBe(false);
  setItem.mockRestore();
});

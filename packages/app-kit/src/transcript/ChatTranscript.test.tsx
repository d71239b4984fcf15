import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures } from '@sell-bridge/sandbox';
import { english, requestPaths, setupSandboxServer } from '../testing';
import { renderSidebar, visitor } from '../testing/renderSidebar';
import type { SidebarContext } from '../sidebar/SellSidebar';
import { ChatTranscript } from './ChatTranscript';
import { resetTranscriptClaims, SAVING_EXPIRES_MS, transcriptMarkerKey } from './transcriptMarker';

const { sandbox } = setupSandboxServer();

afterEach(() => {
  localStorage.clear();
  resetTranscriptClaims();
});

const CHANNEL = '#supportchat:1-v-ana-1';
const start = Date.UTC(2026, 0, 5, 14, 3);

/** `channel.chat.end` as Chat sends it: the whole transcript. */
const chatEnd = {
  chat: [
    { channel: CHANNEL, display_name: 'Ana García', nick: 'visitor:v-ana', ts: start, message: 'Hi! I have a question about our renewal.' },
    { channel: CHANNEL, display_name: 'Amelia', nick: 'agent:9001', ts: start + 60_000, message: 'Sure, tell me more.' },
    { channel: CHANNEL, display_name: 'Ana García', nick: 'visitor:v-ana', ts: start + 120_000 },
  ],
};

const footer = (context: SidebarContext) => <ChatTranscript context={context} chatId={null} />;

/** Sell-in-Chat's sidebar (cards + transcript line) for a visitor. */
function renderChat(email: string, saveTranscripts = true) {
  return renderSidebar(sandbox, visitor(email, null, 'Ana García'), { settings: { save_transcripts: saveTranscripts }, footer });
}

const notesOn = (resourceId: number) => sandbox.state.notes.filter((note) => note.resource_id === resourceId);
const notePosts = () => requestPaths(sandbox).filter((path) => path === 'POST /v2/notes');

it('adds the transcript as a note on the matched person once, even when the chat end is reported twice', async () => {
  const { client } = renderChat(fixtures.personWithDeals.email);
  await screen.findByTestId('sell-record');
  const before = notesOn(fixtures.personWithDeals.id).length;

  act(() => client.emit('channel.chat.end', chatEnd));
  expect(await screen.findByText(english('transcript.saved.title'))).toBeInTheDocument();
  act(() => client.emit('channel.chat.end', chatEnd));
  await screen.findByText(english('transcript.saved.title'));

  const added = notesOn(fixtures.personWithDeals.id).slice(before);
  expect(added).toHaveLength(1);
  expect(added[0]!.resource_type).toBe('contact');
  const lines = added[0]!.content.split('\n');
  expect(lines[0]).toContain('Ana García');
  expect(lines).toContain(english('transcript.note.chat', { chat: CHANNEL }));
  expect(lines.filter((line) => /^\[.+\] Ana García: Hi! I have a question about our renewal\.$/.test(line))).toHaveLength(1);
  expect(lines.filter((line) => /^\[.+\] Amelia: Sure, tell me more\.$/.test(line))).toHaveLength(1);
  expect(notePosts()).toHaveLength(1);
});

it('posts one note when two sidebars of the same chat both see it end', async () => {
  const first = renderChat(fixtures.personWithDeals.email);
  const second = renderChat(fixtures.personWithDeals.email);
  await waitFor(() => expect(screen.getAllByTestId('sell-record')).toHaveLength(2));
  const before = notesOn(fixtures.personWithDeals.id).length;

  act(() => {
    first.client.emit('channel.chat.end', chatEnd);
    second.client.emit('channel.chat.end', chatEnd);
  });

  await waitFor(() => expect(screen.getAllByText(english('transcript.saved.title'))).toHaveLength(2));
  expect(notesOn(fixtures.personWithDeals.id).slice(before)).toHaveLength(1);
  expect(notePosts()).toHaveLength(1);
});

it.each([
  ['a sidebar that closed during its post (an expired claim)', { state: 'saving', at: Date.now() - SAVING_EXPIRES_MS - 1 }],
  ['a marker saying saved, with no note in Sell', { state: 'saved', noteId: 999_999, at: Date.now() }],
])('posts the note, and only then says saved, after %s', async (_name, marker) => {
  localStorage.setItem(transcriptMarkerKey(1, CHANNEL), JSON.stringify(marker));
  const { client } = renderChat(fixtures.personWithDeals.email);
  await screen.findByTestId('sell-record');
  const before = notesOn(fixtures.personWithDeals.id).length;

  act(() => client.emit('channel.chat.end', chatEnd));
  await screen.findByText(english('transcript.saved.title'));
  expect(notesOn(fixtures.personWithDeals.id).slice(before)).toHaveLength(1);
  expect(notePosts()).toHaveLength(1);
});

it('posts nothing when another agent’s browser already saved this chat (its note is in Sell)', async () => {
  const { client } = renderChat(fixtures.personWithDeals.email);
  await screen.findByTestId('sell-record');
  act(() => client.emit('channel.chat.end', chatEnd));
  await screen.findByText(english('transcript.saved.title'));
  const after = notesOn(fixtures.personWithDeals.id).length;

  // A second browser: no local marker, same chat.
  localStorage.clear();
  resetTranscriptClaims();
  const other = renderChat(fixtures.personWithDeals.email);
  await waitFor(() => expect(screen.getAllByTestId('sell-record').length).toBeGreaterThan(1));
  act(() => other.client.emit('channel.chat.end', chatEnd));
  await waitFor(() => expect(screen.getAllByText(english('transcript.saved.title'))).toHaveLength(2));
  expect(notesOn(fixtures.personWithDeals.id)).toHaveLength(after);
  expect(notePosts()).toHaveLength(1);
});

it('adds the transcript to a matched lead', async () => {
  const { client } = renderChat(fixtures.leadOnly.email);
  await screen.findByTestId('sell-record');

  act(() => client.emit('channel.chat.end', chatEnd));

  expect(await screen.findByText(english('transcript.saved.title'))).toBeInTheDocument();
  expect(sandbox.state.notes.filter((n) => n.resource_type === 'lead' && n.resource_id === fixtures.leadOnly.id && n.content.includes(CHANNEL))).toHaveLength(1);
});

it('saves the transcript once the match arrives when the chat ends while Sell is still answering', async () => {
  // Long enough that a loaded CI machine still ends the chat before Sell answers.
  sandbox.faults.inject({ match: { path: '/v2/contacts' }, latencyMs: 1500 });
  const { client } = renderChat(fixtures.personWithDeals.email);
  // The sidebar itself is loading (not the app shell before it, which listens to nothing yet).
  const sidebar = await screen.findByRole('main', { name: english('record.sidebar_title') });
  expect(within(sidebar).getByRole('status', { name: english('app.loading') })).toBeInTheDocument();

  act(() => client.emit('channel.chat.end', chatEnd));
  expect(await screen.findByText(english('transcript.waiting'))).toBeInTheDocument();

  expect(await screen.findByText(english('transcript.saved.title'), {}, { timeout: 5000 })).toBeInTheDocument();
  expect(notePosts()).toHaveLength(1);
});

it('saves nothing when the installation does not save transcripts', async () => {
  const { client } = renderChat(fixtures.personWithDeals.email, false);
  await screen.findByTestId('sell-record');

  act(() => client.emit('channel.chat.end', chatEnd));

  await expect(screen.findByText(english('transcript.saving'), {}, { timeout: 200 })).rejects.toThrow();
  expect(screen.queryByText(english('transcript.saved.title'))).not.toBeInTheDocument();
  expect(notePosts()).toEqual([]);
});

it('says the transcript could not be saved when nobody in Sell matches the visitor', async () => {
  const { client } = renderChat(fixtures.noMatch.email);
  await screen.findByText(english('match.none.title'));

  act(() => client.emit('channel.chat.end', chatEnd));

  expect(await screen.findByText(english('transcript.no_match.title'))).toBeInTheDocument();
  expect(screen.getByText(english('transcript.no_match.body'))).toBeInTheDocument();
  expect(notePosts()).toEqual([]);
});

it('never retries a failed note by itself, and posts it once when the agent retries', async () => {
  sandbox.faults.inject({ match: { method: 'POST', path: '/v2/notes' }, status: 503, count: 1 });
  const user = userEvent.setup();
  const { client } = renderChat(fixtures.personWithDeals.email);
  await screen.findByTestId('sell-record');
  const before = notesOn(fixtures.personWithDeals.id).length;

  act(() => client.emit('channel.chat.end', chatEnd));

  expect(await screen.findByText(english('transcript.failed.title'))).toBeInTheDocument();
  expect(screen.getByText(english('state.server.title', { service: 'Sell' }))).toBeInTheDocument();
  expect(notePosts()).toHaveLength(1);
  expect(notesOn(fixtures.personWithDeals.id)).toHaveLength(before);

  await user.click(screen.getByRole('button', { name: english('state.retry') }));

  expect(await screen.findByText(english('transcript.saved.title'))).toBeInTheDocument();
  expect(notePosts()).toHaveLength(2);
  expect(notesOn(fixtures.personWithDeals.id).slice(before)).toHaveLength(1);
});

it('does not save a chat whose transcript an earlier sidebar already saved (the marker survives a reload)', async () => {
  const first = renderChat(fixtures.personWithDeals.email);
  await screen.findByTestId('sell-record');
  act(() => first.client.emit('channel.chat.end', chatEnd));
  await screen.findByText(english('transcript.saved.title'));
  first.unmount();
  // A reloaded iframe keeps localStorage but not this window's memory.
  resetTranscriptClaims();
  sandbox.clearLog();

  const again = renderChat(fixtures.personWithDeals.email);
  await screen.findByTestId('sell-record');
  act(() => again.client.emit('channel.chat.end', chatEnd));

  expect(await screen.findByText(english('transcript.saved.title'))).toBeInTheDocument();
  expect(notePosts()).toEqual([]);
});

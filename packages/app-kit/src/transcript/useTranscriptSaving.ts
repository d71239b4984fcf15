import { useCallback, useEffect, useRef, useState } from 'react';
import { recordName, type MatchedRecord } from '@sell-bridge/core';
import type { TranscriptStatusModel } from '@sell-bridge/ui';
import { useI18n } from '@sell-bridge/ui';
import { useClientEvent, useMetadata } from '@sell-bridge/zaf';
import { explainError } from '../states/explainError';
import { useServices } from '../services';
import type { SidebarContext } from '../sidebar/SellSidebar';
import { formatTranscript, readEndedChat, type EndedChat } from './formatTranscript';
import { claimTranscript, markTranscriptSaved, pruneTranscriptMarkers, releaseTranscript, transcriptMarkerKey, watchTranscript } from './transcriptMarker';

/** Where saving the transcript stands; `idle` until a chat ends with the setting on. */
export type TranscriptSaving = { status: 'idle' } | TranscriptStatusModel;

type Attempt =
  | { chat: EndedChat; phase: 'saving' }
  | { chat: EndedChat; phase: 'saved'; recordName: string | null }
  | { chat: EndedChat; phase: 'failed'; error: unknown; target: MatchedRecord };

/**
 * Sell-in-Chat: when `save_transcripts` is on and the chat ends (`channel.chat.end`), adds the transcript as a note on
 * the primary matched lead or contact, exactly once per chat: the marker (installation + chat) is claimed before the
 * POST, the record's notes are checked for this chat (other browsers keep their own markers), and the POST is never
 * retried automatically; a failed POST releases the marker and offers a retry. When the chat ends before
 * matching finished, the note is posted once the match is known.
 */
export function useTranscriptSaving({ settings, match, format }: SidebarContext, chatId: string | null): TranscriptSaving {
  const { sell } = useServices();
  const { installationId } = useMetadata();
  const { t } = useI18n();
  const enabled = settings?.saveTranscripts === true;
  const [ended, setEnded] = useState<EndedChat | null>(null);
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const handled = useRef<EndedChat | null>(null);
  const unwatch = useRef<(() => void) | undefined>(undefined);
  // Bumped when another sidebar's claim on the chat changed, so the effect below tries again.
  const [wake, setWake] = useState(0);
  useEffect(() => {
    pruneTranscriptMarkers();
    return () => unwatch.current?.();
  }, []);

  useClientEvent('channel.chat.end', (payload) => {
    if (!enabled) return;
    const chat = readEndedChat(payload, chatId);
    if (chat) setEnded(chat);
  });

  const post = useCallback(
    async (chat: EndedChat, target: MatchedRecord) => {
      const key = transcriptMarkerKey(installationId, chat.key);
      const name = recordName(target.record);
      const claim = claimTranscript(key);
      if (claim === 'saved') {
        setAttempt({ chat, phase: 'saved', recordName: name });
        return;
      }
      setAttempt({ chat, phase: 'saving' });
      if (claim === 'busy') {
        // Another sidebar is posting it: try again when its marker changes (saved, released) or its claim expires.
        unwatch.current?.();
        unwatch.current = watchTranscript(key, () => {
          unwatch.current?.();
          unwatch.current = undefined;
          handled.current = null;
          setWake((n) => n + 1);
        });
        return;
      }
      const content = formatTranscript(
        chat,
        {
          header: (values) => t('transcript.note.header', values),
          chat: (values) => t('transcript.note.chat', values),
          visitor: t('transcript.note.visitor'),
        },
        format,
      );
      const resource = { resource_type: target.kind === 'lead' ? 'lead' : 'contact', resource_id: target.record.id } as const;
      try {
        // Another agent's browser (its own localStorage) may have saved it already: Sell's notes are the shared truth.
        const existing = await sell.findNotes(resource, chat.key);
        if (existing.some((n) => n.content.includes(chat.key))) {
          markTranscriptSaved(key, existing[0]!.id);
          setAttempt({ chat, phase: 'saved', recordName: name });
          return;
        }
        const note = await sell.createNote({ ...resource, content });
        markTranscriptSaved(key, note.id);
        setAttempt({ chat, phase: 'saved', recordName: name });
      } catch (error) {
        releaseTranscript(key);
        setAttempt({ chat, phase: 'failed', error, target });
      }
    },
    [installationId, sell, t, format],
  );

  const primary = match.status === 'ready' ? match.result.primary : undefined;
  useEffect(() => {
    // Once per ended chat and per sidebar: a repeated event gives a new `ended`, which the marker then stops.
    if (!ended || !primary || handled.current === ended) return;
    handled.current = ended;
    void post(ended, primary);
  }, [ended, primary, post, wake]);

  if (!enabled || !ended) return { status: 'idle' };
  if (attempt?.chat === ended) {
    if (attempt.phase === 'saved') return { status: 'saved', recordName: attempt.recordName };
    if (attempt.phase === 'saving') return { status: 'saving' };
    const state = explainError(attempt.error);
    const { target } = attempt;
    return {
      status: 'failed',
      reasonKey: state.titleKey,
      reasonValues: state.values,
      onRetry: () => void post(ended, target),
    };
  }
  if (match.status === 'denied') return { status: 'idle' };
  if (match.status !== 'ready') return { status: 'waiting' };
  return primary ? { status: 'saving' } : { status: 'no_match' };
}

import { TranscriptStatus } from '@sell-bridge/ui';
import type { SidebarContext } from '../sidebar/SellSidebar';
import { useTranscriptSaving } from './useTranscriptSaving';

/** Sell-in-Chat's transcript line under the sidebar: saves the transcript when the chat ends and says how it went. */
export function ChatTranscript({ context, chatId }: { context: SidebarContext; chatId: string | null }) {
  const saving = useTranscriptSaving(context, chatId);
  if (saving.status === 'idle') return null;
  return <TranscriptStatus state={saving} />;
}

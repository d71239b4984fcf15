import { StateMessage } from '../states/StateMessage';

/** Where saving a chat transcript to Sell stands, as the sidebar reports it. */
export type TranscriptStatusModel =
  | { status: 'waiting' }
  | { status: 'saving' }
  | { status: 'saved'; recordName: string | null }
  | { status: 'no_match' }
  | {
      status: 'failed';
      /** Translation key and values saying what went wrong (from the app's error mapping). */
      reasonKey: string;
      reasonValues?: Record<string, string | number>;
      onRetry: () => void;
    };

/** One line about the chat transcript: waiting, saving, saved, not saved (nobody matched), or failed with a retry. */
export function TranscriptStatus({ state }: { state: TranscriptStatusModel }) {
  switch (state.status) {
    case 'waiting':
      return <StateMessage tone="info" titleKey="transcript.waiting" />;
    case 'saving':
      return <StateMessage tone="info" titleKey="transcript.saving" />;
    case 'saved':
      return state.recordName === null ? (
        <StateMessage tone="success" titleKey="transcript.saved.title" />
      ) : (
        <StateMessage tone="success" titleKey="transcript.saved.title" bodyKey="transcript.saved.body" values={{ name: state.recordName }} />
      );
    case 'no_match':
      return <StateMessage tone="info" titleKey="transcript.no_match.title" bodyKey="transcript.no_match.body" />;
    case 'failed':
      return (
        <StateMessage
          tone="error"
          titleKey="transcript.failed.title"
          bodyKey={state.reasonKey}
          {...(state.reasonValues ? { values: state.reasonValues } : {})}
          onRetry={state.onRetry}
        />
      );
  }
}

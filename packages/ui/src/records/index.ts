export { RecordSummary, type RecordSummaryProps } from './RecordSummary';
export { RecordCard, type RecordCardProps } from './RecordCard';
export { MatchList, type MatchListProps } from './MatchList';
export { FieldList, type FieldListProps } from './FieldList';
export { FieldValue } from './FieldValue';
export { DealList, type DealListProps } from './DealList';
export { TranscriptStatus, type TranscriptStatusModel } from './TranscriptStatus';
export type { RecordCardKind, RecordCardModel, DealItemModel, MatchListModel, RecordLink } from './recordCardModel';

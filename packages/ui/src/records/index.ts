export { RecordSummary, type RecordSummaryProps } from './RecordSummary';

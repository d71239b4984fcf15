import { useId, type ReactNode } from 'react';
import { StyledNote, StyledReadOnly, StyledReadOnlyLabel, StyledReadOnlyValue } from './styled/StyledLeadParts';

export interface ReadOnlyValueProps {
  label: string;
  value: ReactNode;
  /** Why the value is set (shown under it, read with it by screen readers). */
  note?: ReactNode;
  /** Error or warning about the value (e.g. Sell rejected the status). */
  problem?: ReactNode;
  'data-field'?: string;
}

/** A labelled value the agent cannot edit, with the reason it was chosen. */
export function ReadOnlyValue({ label, value, note, problem, ...rest }: ReadOnlyValueProps) {
  const id = useId();
  return (
    <StyledReadOnly role="group" aria-labelledby={`${id}-label`} aria-describedby={note ? `${id}-note` : undefined} data-field={rest['data-field']}>
      <StyledReadOnlyLabel id={`${id}-label`}>{label}</StyledReadOnlyLabel>
      <StyledReadOnlyValue dir="auto">{value}</StyledReadOnlyValue>
      {note ? <StyledNote id={`${id}-note`}>{note}</StyledNote> : null}
      {problem}
    </StyledReadOnly>
  );
}

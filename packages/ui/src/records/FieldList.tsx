import { Fragment } from 'react';
import type { FieldRow } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import { FieldValue } from './FieldValue';
import { StyledFieldList, StyledLabel, StyledValue } from './styled';

export interface FieldListProps {
  rows: readonly FieldRow[];
  /** Smaller type and spacing, for deals listed under a contact. */
  compact?: boolean;
  /** Names the list for screen readers (e.g. the record's name). */
  'aria-label'?: string;
}

/** The rows of a field widget as label/value pairs; labels from `field.*` keys or the custom field's own name. */
export function FieldList({ rows, compact = false, 'aria-label': ariaLabel }: FieldListProps) {
  const { t } = useI18n();
  if (rows.length === 0) return null;
  return (
    <StyledFieldList $compact={compact} aria-label={ariaLabel}>
      {rows.map((row) => (
        <Fragment key={row.key}>
          <StyledLabel dir="auto" data-field={row.key}>
            {row.labelKey ? t(row.labelKey) : (row.label ?? row.key)}
          </StyledLabel>
          <StyledValue data-field={row.key}>
            <FieldValue row={row} />
          </StyledValue>
        </Fragment>
      ))}
    </StyledFieldList>
  );
}

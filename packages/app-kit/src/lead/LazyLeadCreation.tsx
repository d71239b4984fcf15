import { lazy, Suspense } from 'react';
import { LoadingSkeleton } from '@sell-bridge/ui';
import type { LeadCreationProps } from './LeadCreation';

// Most sidebar opens match a record: the lead form, its validation and submit logic load only when nobody matched.
const LeadCreationForm = lazy(() => import('./LeadCreation'));

/** The lead form, loaded on first use; a skeleton stands in for the moment it takes (the rest of the sidebar stays). */
export function LeadCreation(props: LeadCreationProps) {
  return (
    <Suspense fallback={<LoadingSkeleton />}>
      <LeadCreationForm {...props} />
    </Suspense>
  );
}

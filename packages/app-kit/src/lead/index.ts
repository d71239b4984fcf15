// The sidebar lazy-loads './lead/LeadCreation' (default export); the rest stays internal to this folder.
export { LeadCreation, type LeadCreationProps, type LeadCreationOrigin } from './LeadCreation';
export { leadDraftStorageKey } from './leadDraftStorage';

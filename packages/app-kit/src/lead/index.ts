// The sidebar lazy-loads './lead/LeadCreation' (default export); the rest stays internal to this folder.
export { LeadCreation, type LeadCreationProps, type LeadCreationOrigin } from './LeadCreation';
export { leadDraftStorageKey } from './leadDraftStorage';
// Chat-in-Sell's top bar creates leads through the same safe submit (duplicate check, one POST, lookup after a lost answer).
export { useCreateLead, type CreateLeadInput, type CreateLeadResult, type CreateLeadStep } from './useCreateLead';
export { useOwnerUsers } from './useOwnerUsers';

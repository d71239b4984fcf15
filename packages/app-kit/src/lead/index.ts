// The lead form is a chunk of its own (LazyLeadCreation imports './LeadCreation' on first use); the rest stays
// internal to this folder.
export { LeadCreation } from './LazyLeadCreation';
export type { LeadCreationProps, LeadCreationOrigin } from './LeadCreation';
export { leadDraftStorageKey } from './leadDraftStorage';
// Chat-in-Sell's top bar creates leads through the same safe submit (duplicate check, one POST, lookup after a lost answer).
export { useCreateLead, type CreateLeadInput, type CreateLeadResult, type CreateLeadStep } from './useCreateLead';
export { useOwnerUsers } from './useOwnerUsers';

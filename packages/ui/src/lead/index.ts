export { LeadForm, type LeadFormProps, type LeadFormOwner } from './LeadForm';
export { OwnerPicker, type OwnerPickerProps, type OwnerLoading } from './OwnerPicker';
export {
  DuplicateNotice,
  LeadCreatedNotice,
  LeadFailureNotice,
  type DuplicateNoticeProps,
  type ExistingRecord,
  type LeadCreatedNoticeProps,
  type LeadFailureNoticeProps,
} from './LeadNotices';
export { LEAD_FORM_FIELDS, firstInvalidField, type LeadFocusTarget, type LeadFormField } from './leadFormFields';
export { reasonText } from './reasonText';

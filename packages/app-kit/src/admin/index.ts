// The admin view (issue 6): who may open it, how it opens, and the view itself.
export { useAdminAccess, type AdminAccess } from './useAdminAccess';
export { useOpenAdmin, ADMIN_MODAL, type OpenAdmin } from './useOpenAdmin';
export { AdminSettingsButton } from './AdminSettingsButton';
export { AdminView, type AdminViewProps } from './AdminView';

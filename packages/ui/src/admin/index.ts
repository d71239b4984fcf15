// The admin view's widgets: integration settings, the field-layout editor, save states. Pure rendering: app-kit loads,
// diffs and saves.
export type { AdminApp, SaveStatus, UsersLoad } from './types';
export { SettingsButton, type SettingsButtonProps } from './SettingsButton';
export { AdminFrame, type AdminFrameProps, type AdminSection } from './AdminFrame';
export { AdminSections } from './AdminSections';
export { IntegrationSettingsForm, type IntegrationSettingsFormProps } from './IntegrationSettingsForm';
export { DataAccessField, type DataAccessFieldProps } from './DataAccessField';
export { LeadStatusField, type LeadStatusFieldProps } from './LeadStatusField';
export { LeadSourceField, type LeadSourceFieldProps } from './LeadSourceField';
export { OwnersField, type OwnersFieldProps } from './OwnersField';
export { PrimaryAdminField, sellAdmins, type PrimaryAdminFieldProps } from './PrimaryAdminField';
export { OwnerEffect } from './OwnerEffect';
export { ToggleField, type ToggleFieldProps } from './ToggleField';
export { UsersProgress } from './UsersProgress';
export { SaveBar, type SaveBarProps } from './SaveBar';
export { FieldLayoutEditor, WIDGETS, type FieldLayoutEditorProps } from './layout/FieldLayoutEditor';
export { WidgetLayoutEditor, type WidgetLayoutEditorProps } from './layout/WidgetLayoutEditor';
export { LayoutPreview, type LayoutPreviewProps } from './layout/LayoutPreview';

// The admin view's widgets: integration settings, the field-layout editor, save states. Pure rendering: app-kit loads,
// diffs and saves.
export type { AdminApp, SaveStatus, UsersLoad } from './types';
export { SettingsButton, type SettingsButtonProps } from './SettingsButton';
export { AdminFrame, type AdminFrameProps, type AdminSection } from './AdminFrame';
export { AdminSections } from './AdminSections';
export { IntegrationSettingsForm, type IntegrationSettingsFormProps } from './IntegrationSettingsForm';
export { FieldLayoutEditor, type FieldLayoutEditorProps } from './layout/FieldLayoutEditor';
export { SaveBar, type SaveBarProps } from './SaveBar';

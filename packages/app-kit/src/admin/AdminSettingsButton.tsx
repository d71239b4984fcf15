import { SettingsButton } from '@sell-bridge/ui';
import { useOpenAdmin } from './useOpenAdmin';

/** The settings button for admins (nothing for everyone else); opens the admin view in a modal. */
export function AdminSettingsButton() {
  const { canConfigure, open, opening, failed } = useOpenAdmin();
  if (!canConfigure) return null;
  return <SettingsButton onClick={() => void open()} busy={opening} failed={failed} />;
}

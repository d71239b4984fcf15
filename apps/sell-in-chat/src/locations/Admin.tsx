import { AdminView } from '@sell-bridge/app-kit';

/** The admin view, opened by admins in a modal (`assets/iframe.html#admin`, the `modal` location). */
export default function Admin() {
  return <AdminView app="sell-in-chat" />;
}

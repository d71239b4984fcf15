import { useI18n } from '@sell-bridge/ui';
import { useZafContext } from '@sell-bridge/zaf';

/** Sell's top bar: the rep's chats (the live connection arrives with the Chat-in-Sell issue). */
export default function TopBar() {
  const { t } = useI18n();
  const context = useZafContext();
  const name = context.product === 'sell' ? context.currentUser.name : '';
  return (
    <section aria-label={t('topbar.title')}>
      <h2 style={{ fontSize: 15, margin: '0 0 4px' }}>{t('topbar.title')}</h2>
      <p style={{ margin: 0, fontSize: 12, opacity: 0.8 }}>{t('topbar.signed_in_as', { name })}</p>
    </section>
  );
}

import { useTheme } from 'styled-components';
import { Tag } from '@zendeskgarden/react-tags';
import { getColor, type IGardenTheme } from '@zendeskgarden/react-theming';
import type { TicketStatus } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Support's status colours (yellow new, red open, blue pending, black on-hold, grey solved, light grey closed), from
 * Garden's palette so they follow the colour scheme: named hues and custom shades get a readable text colour from
 * Garden; closed is Garden's plain neutral tag.
 */
function statusHue(status: TicketStatus, theme: IGardenTheme): string | undefined {
  switch (status) {
    case 'new':
      return 'yellow';
    case 'open':
      return 'red';
    case 'pending':
      return 'blue';
    case 'hold':
      return getColor({ theme, hue: 'grey', light: { shade: 800 }, dark: { shade: 500 } });
    case 'solved':
      return getColor({ theme, hue: 'grey', light: { shade: 600 }, dark: { shade: 600 } });
    case 'closed':
      return undefined;
  }
}

/** A ticket's status as Support shows it: a small tag in the status colour, its name translated. */
export function TicketStatusTag({ status }: { status: TicketStatus | null }) {
  const { t } = useI18n();
  const theme = useTheme();
  if (status === null) return <Tag size="small">{t('tickets.status.other')}</Tag>;
  return (
    <Tag size="small" hue={statusHue(status, theme)} data-status={status}>
      {t(`tickets.status.${status}`)}
    </Tag>
  );
}

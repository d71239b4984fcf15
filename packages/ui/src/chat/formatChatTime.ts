/** When a chat line or chat happened, short: the time today, else day and time, in the Sell user's zone. */

import { resolveTimeZone } from '@sell-bridge/core';

/** `iso` as "14:05" when it is on the same day as `now` in `timeZone`, else "12 Mar, 14:05"; '' when unreadable. */
export function formatChatTime(iso: string, options: { locale: string; timeZone: string | null; now: number }): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const timeZone = resolveTimeZone(options.timeZone);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const sameDay = day.format(at) === day.format(options.now);
  const format = new Intl.DateTimeFormat(options.locale, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
  });
  return format.format(at);
}

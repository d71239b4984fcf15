/** When a chat line or chat happened, short: the time today, else day and time, in the Sell user's zone. */

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA zone Intl takes: Sell's `UTC+hh:mm` becomes `Etc/GMT∓h` for whole hours (POSIX inverts the sign), else UTC. */
export function chatTimeZone(zone: string | null | undefined): string {
  const value = (zone ?? '').trim();
  if (value !== '' && isZone(value)) return value;
  const offset = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(value);
  if (offset && (offset[3] ?? '00') === '00' && Number(offset[2]) <= 14) {
    const hours = Number(offset[2]);
    return hours === 0 ? 'UTC' : `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`;
  }
  return 'UTC';
}

/** `iso` as "14:05" when it is on the same day as `now` in `timeZone`, else "12 Mar, 14:05"; '' when unreadable. */
export function formatChatTime(iso: string, options: { locale: string; timeZone: string | null; now: number }): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const timeZone = chatTimeZone(options.timeZone);
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

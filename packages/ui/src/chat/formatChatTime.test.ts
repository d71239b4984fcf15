import { formatChatTime } from './formatChatTime';

const NOW = Date.parse('2026-03-02T12:00:00Z');

it('shows only the time for today and adds the day otherwise, in the user’s zone', () => {
  const today = formatChatTime('2026-03-02T09:05:00Z', { locale: 'en-US', timeZone: 'UTC', now: NOW });
  const yesterday = formatChatTime('2026-03-01T09:05:00Z', { locale: 'en-US', timeZone: 'UTC', now: NOW });
  expect(today).toMatch(/9:05/);
  expect(today).not.toMatch(/Mar/);
  expect(yesterday).toMatch(/Mar 1/);
});

it('moves a late-evening time to the next day for a user ahead of UTC', () => {
  expect(formatChatTime('2026-03-01T23:30:00Z', { locale: 'en-US', timeZone: 'UTC+02:00', now: NOW })).toMatch(/1:30/);
  expect(formatChatTime('2026-03-01T23:30:00Z', { locale: 'en-US', timeZone: 'UTC+02:00', now: NOW })).not.toMatch(/Mar/);
});

it('answers nothing for an unreadable time', () => {
  expect(formatChatTime('not a date', { locale: 'en-US', timeZone: 'UTC', now: NOW })).toBe('');
});

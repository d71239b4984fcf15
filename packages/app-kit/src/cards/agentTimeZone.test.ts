import { agentTimeZone } from './agentTimeZone';

const browser = () => 'America/Chicago';

it.each([
  ['Europe/Paris', 'UTC+09:00', 'Europe/Paris'],
  [null, 'Asia/Tokyo', 'Asia/Tokyo'],
  [null, 'UTC+02:00', 'UTC+02:00'],
  [null, 'UTC+05:30', 'America/Chicago'],
  ['Not/AZone', null, 'America/Chicago'],
  [undefined, undefined, 'America/Chicago'],
])('picks the zone from host %s and Sell user %s: %s', (host, sell, expected) => {
  expect(agentTimeZone(host, sell, browser)).toBe(expected);
});

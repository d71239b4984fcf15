import { pickTimeZone, resolveTimeZone } from './timeZone';

describe('resolveTimeZone', () => {
  it.each<[string | null | undefined, string]>([
    ['Europe/Paris', 'Europe/Paris'],
    [' Asia/Tokyo ', 'Asia/Tokyo'],
    ['UTC', 'UTC'],
    ['UTC+02:00', 'Etc/GMT-2'],
    ['UTC+01:00', 'Etc/GMT-1'],
    ['UTC-05:00', 'Etc/GMT+5'],
    ['+09:00', 'Etc/GMT-9'],
    ['GMT-3', 'Etc/GMT+3'],
    ['UTC+00:00', 'UTC'],
    ['UTC+05:30', 'UTC'],
    ['UTC+15:00', 'UTC'],
    ['Mars/Olympus_Mons', 'UTC'],
    ['', 'UTC'],
    [null, 'UTC'],
    [undefined, 'UTC'],
  ])('resolves %j to %j', (input, expected) => {
    expect(resolveTimeZone(input)).toBe(expected);
  });
});

describe('pickTimeZone', () => {
  it.each<[string, (string | null | undefined)[], string]>([
    ['the host’s zone over the Sell user’s', ['Europe/Paris', 'UTC+09:00'], 'Europe/Paris'],
    ['the Sell user’s IANA zone without a host zone', [null, 'Asia/Tokyo'], 'Asia/Tokyo'],
    ['the Sell user’s whole-hour offset', [null, 'UTC+02:00'], 'Etc/GMT-2'],
    ['the browser’s for a half-hour offset', [null, 'UTC+05:30'], 'America/Chicago'],
    ['the browser’s for an unknown host zone', ['Not/AZone', null], 'America/Chicago'],
    ['the browser’s when nobody says', [undefined, undefined], 'America/Chicago'],
    ['the account’s after an empty user zone', ['', 'Europe/Berlin'], 'Europe/Berlin'],
  ])('picks %s', (_, candidates, expected) => {
    expect(pickTimeZone(candidates, 'America/Chicago')).toBe(expected);
  });

  it('falls back to UTC when the browser’s zone is unusable too', () => {
    expect(pickTimeZone([null], 'Nowhere/Land')).toBe('UTC');
  });
});

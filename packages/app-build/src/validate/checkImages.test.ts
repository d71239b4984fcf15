import { readPngSize } from './checkImages';
import { png } from './testing';

it.each([
  [320, 320],
  [128, 128],
  [1660, 400],
  [1, 70000],
])('reads %i×%i from the IHDR chunk', (width, height) => {
  expect(readPngSize(png(width, height))).toEqual({ width, height });
});

it.each([
  ['an empty buffer', Buffer.alloc(0)],
  ['a JPEG header', Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.alloc(30)])],
  ['a truncated PNG', png(10, 10).subarray(0, 20)],
  ['a PNG whose first chunk is not IHDR', Buffer.concat([png(10, 10).subarray(0, 12), Buffer.from('IDAT'), Buffer.alloc(12)])],
])('returns undefined for %s', (_, data) => {
  expect(readPngSize(data)).toBeUndefined();
});

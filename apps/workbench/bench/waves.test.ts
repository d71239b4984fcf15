import { countWaves } from './waves';

it.each([
  [[], 0],
  [[{ start: 0, end: 10 }, { start: 1, end: 12 }], 1],
  [[{ start: 0, end: 10 }, { start: 11, end: 20 }, { start: 12, end: 25 }], 2],
  [[{ start: 0, end: 10 }, { start: 11, end: 20 }, { start: 21, end: 30 }], 3],
])('counts sequential waves in %j', (requests, waves) => {
  expect(countWaves(requests)).toBe(waves);
});

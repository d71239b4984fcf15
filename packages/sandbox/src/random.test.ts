import { createRandom, isoSeconds } from './random';

describe('createRandom', () => {
  it('repeats its sequence for the same seed and not for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('keeps int within its inclusive bounds and reaches both ends', () => {
    const random = createRandom(7);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });
});

describe('isoSeconds', () => {
  it.each([0, 951_782_400_000, 1_709_164_800_000, 1_767_225_599_999, Date.UTC(2026, 0, 1), Date.UTC(2100, 1, 28, 23, 59, 59)])(
    'formats %d like Date#toISOString without milliseconds',
    (ms) => {
      expect(isoSeconds(ms)).toBe(new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
    },
  );

  it('agrees with Date#toISOString on many random instants', () => {
    const random = createRandom(1);
    for (let i = 0; i < 2000; i += 1) {
      const ms = random.int(0, 4_102_444_800) * 1000;
      expect(isoSeconds(ms)).toBe(new Date(ms).toISOString().replace('.000Z', 'Z'));
    }
  });
});

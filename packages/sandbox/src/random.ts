/** A small seeded PRNG (mulberry32) with the helpers the seeders need; never touches Math.random or the clock. */
export interface Random {
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `count` characters from `alphabet`. */
  chars(count: number, alphabet: string): string;
}

/** Creates a deterministic generator: the same seed always yields the same sequence. */
export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    chance: (probability) => next() < probability,
    chars(count, alphabet) {
      let out = '';
      for (let i = 0; i < count; i += 1) out += alphabet.charAt(int(0, alphabet.length - 1));
      return out;
    },
  };
}

/** Fixed epoch for seeded timestamps (2026-01-01T00:00:00Z), so data never depends on when it was generated. */
export const EPOCH_MS = Date.UTC(2026, 0, 1);

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * Sell-style ISO 8601 UTC timestamp without milliseconds (`2016-12-07T08:09:14Z`), for years 1970-9999.
 * Computed by hand (days-to-civil-date arithmetic): `Date#toISOString` dominated seeding time for the scale preset.
 */
export function isoSeconds(ms: number): string {
  const total = Math.floor(ms / 1000);
  const days = Math.floor(total / 86_400);
  let seconds = total - days * 86_400;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds - minutes * 60)}Z`;
}

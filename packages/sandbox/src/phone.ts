import type { Random } from './random';

// Calling codes of the numbers the seeders produce, plus common ones clients may send.
const CALLING_CODES = new Set(['1', '7', '33', '34', '39', '44', '49', '52', '55', '61', '81', '86', '91', '971', '972', '966']);

/**
 * Digits-only national number, as Search v3 indexes `normalized_phone_numbers.national_number`:
 * international numbers lose their calling code, national ones their trunk `0`.
 */
export function nationalNumber(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  let digits = trimmed.replace(/\D/g, '');
  if (digits === '') return null;
  if (trimmed.startsWith('+') || trimmed.startsWith('00')) {
    if (trimmed.startsWith('00')) digits = digits.slice(2);
    for (const length of [3, 2, 1]) {
      if (CALLING_CODES.has(digits.slice(0, length))) return digits.slice(length);
    }
    return digits;
  }
  return digits.startsWith('0') ? digits.slice(1) : digits;
}

const d = (random: Random, count: number): string => random.chars(count, '0123456789');

/** A phone number in one of several real-world notations. */
export function pickPhone(random: Random): string {
  switch (random.int(0, 7)) {
    case 0:
      return `+1 (${random.int(201, 989)}) 555-${d(random, 4)}`;
    case 1:
      return `(${random.int(201, 989)}) 555-${d(random, 4)}`;
    case 2:
      return `+44 20 7946 0${d(random, 3)}`;
    case 3:
      return `020 7946 0${d(random, 3)}`;
    case 4:
      return `+49 30 ${d(random, 7)}`;
    case 5:
      return `+81 3-${d(random, 4)}-${d(random, 4)}`;
    case 6:
      return `+972 3-555-${d(random, 4)}`;
    default:
      return `+34 6${d(random, 2)} ${d(random, 3)} ${d(random, 3)}`;
  }
}

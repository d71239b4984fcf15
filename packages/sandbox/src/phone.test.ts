import { createRandom } from './random';
import { nationalNumber, pickPhone } from './phone';

describe('nationalNumber', () => {
  it.each([
    ['+1 (415) 555-0142', '4155550142'],
    ['(415) 555-0142', '4155550142'],
    ['+44 20 7946 0958', '2079460958'],
    ['020 7946 0958', '2079460958'],
    ['0044 20 7946 0958', '2079460958'],
    ['+972 3-555-0134', '35550134'],
    ['+81 3-1234-5678', '312345678'],
    ['', null],
    [null, null],
    ['no digits', null],
  ])('turns %j into %j', (raw, expected) => {
    expect(nationalNumber(raw)).toBe(expected);
  });

  it('turns every generated phone number into a plausible digits-only national number', () => {
    const random = createRandom(3);
    for (let i = 0; i < 200; i += 1) {
      const phone = pickPhone(random);
      expect(nationalNumber(phone)).toMatch(/^[1-9]\d{6,10}$/);
    }
  });
});

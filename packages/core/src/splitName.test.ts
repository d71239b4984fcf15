import fc from 'fast-check';
import { normalizeEmail } from './normalizePhone';
import { nameFromEmail, splitName } from './splitName';

type Row = [label: string, name: string | null | undefined, email: string | null | undefined, first: string | null, last: string];

const rows: Row[] = [
  ['one word goes to last_name', 'Cher', null, null, 'Cher'],
  ['first last', 'Ann Lee', null, 'Ann', 'Lee'],
  ['first middle last keeps the middle name with the first name', 'John Fitzgerald Kennedy', null, 'John Fitzgerald', 'Kennedy'],
  ['"Last, First"', 'Lee, Ann', null, 'Ann', 'Lee'],
  ['"Last, First Middle"', 'Lee, Ann Marie', null, 'Ann Marie', 'Lee'],
  ['particle van', 'Ludwig van Beethoven', null, 'Ludwig', 'van Beethoven'],
  ['particles de la', 'María de la Cruz', null, 'María', 'de la Cruz'],
  ['capitalised particle La', 'Jean de La Fontaine', null, 'Jean', 'de La Fontaine'],
  ['capitalised particle Van', 'Dick Van Dyke', null, 'Dick', 'Van Dyke'],
  ['van der', 'Rogier van der Weyden', null, 'Rogier', 'van der Weyden'],
  ['von', 'Ursula von der Leyen', null, 'Ursula', 'von der Leyen'],
  ['da', 'Leonardo da Vinci', null, 'Leonardo', 'da Vinci'],
  ['dos', 'João dos Santos', null, 'João', 'dos Santos'],
  ['bin', 'Mohammed bin Salman', null, 'Mohammed', 'bin Salman'],
  ['al', 'Ahmed al Rashid', null, 'Ahmed', 'al Rashid'],
  ['a particle-like first name stays the first name', 'Al Pacino', null, 'Al', 'Pacino'],
  ['"y" joins two surnames', 'José García y López', null, 'José', 'García y López'],
  ['Le as a particle', 'Ursula K. Le Guin', null, 'Ursula K.', 'Le Guin'],
  ['CJK without a space is not split', '山田太郎', null, null, '山田太郎'],
  ['Japanese with a space: family name first', '山田 太郎', null, '太郎', '山田'],
  ['Japanese with an ideographic space', '山田\u3000太郎', null, '太郎', '山田'],
  ['Korean with a space', '김 민수', null, '민수', '김'],
  ['Chinese transliteration with a middle dot stays whole', '迈克尔·杰克逊', null, null, '迈克尔·杰克逊'],
  ['emoji are stripped', '🌸 Ann Lee 🌸', null, 'Ann', 'Lee'],
  ['emoji with skin tone and ZWJ sequences are stripped', 'Ann 👩🏽‍💻 Lee', null, 'Ann', 'Lee'],
  ['symbols and decorations are stripped', '★ Ann Lee ™ ♡', null, 'Ann', 'Lee'],
  ['styled letters are folded', '𝓐𝓷𝓷 𝓛𝓮𝓮', null, 'Ann', 'Lee'],
  ['full-width letters are folded', 'Ａｎｎ Ｌｅｅ', null, 'Ann', 'Lee'],
  ['asides in brackets are dropped', 'Ann Lee (she/her)', null, 'Ann', 'Lee'],
  ['full-width asides are dropped', '山田 太郎（営業）', null, '太郎', '山田'],
  ['an address in angle brackets is dropped', 'Ann Lee <ann@acme.io>', null, 'Ann', 'Lee'],
  ['leading titles are dropped', 'Dr. Ann Lee', null, 'Ann', 'Lee'],
  ['several titles are dropped', 'Prof. Dr. Ann Lee', null, 'Ann', 'Lee'],
  ['a title alone with a surname leaves the surname', 'Mr Smith', null, null, 'Smith'],
  ['a suffix stays on the last name', 'John Smith Jr.', null, 'John', 'Smith Jr.'],
  ['a suffix after a comma stays on the last name', 'Ann Lee, PhD', null, 'Ann', 'Lee PhD'],
  ['"Last, First, Suffix"', 'King, Martin Luther, Jr.', null, 'Martin Luther', 'King Jr.'],
  ['"Last, First Suffix"', 'King, Martin Luther Jr.', null, 'Martin Luther', 'King Jr.'],
  ['"Last, Title First"', 'Lee, Dr. Ann', null, 'Ann', 'Lee'],
  ['a lone comma side is ignored', ', Ann', null, null, 'Ann'],
  ['stray dashes and dots around words go', '- Ann - Lee .', null, 'Ann', 'Lee'],
  ['apostrophes and hyphens inside names stay', "Seán O'Brien-Smith", null, 'Seán', "O'Brien-Smith"],
  ['invisible characters and extra spaces go', '  Ann\u200B \u00ADLee\t', null, 'Ann', 'Lee'],
  ['the name wins over the email', 'Ann Lee', 'someone.else@acme.io', 'Ann', 'Lee'],
  ['a name that is an email is read as one', 'ann.lee@acme.io', null, 'Ann', 'Lee'],
  ['a name that is a mailto link is read as an email', 'mailto:ann.lee@acme.io', null, 'Ann', 'Lee'],
  ['emoji-only name falls back to the email', '🎉🎉', 'ann.lee@acme.io', 'Ann', 'Lee'],
  ['blank name falls back to the email', '   ', 'ann.lee@acme.io', 'Ann', 'Lee'],
  ['missing name falls back to the email', undefined, 'ann.lee@acme.io', 'Ann', 'Lee'],
  ['a role address gives its local part as last_name', null, 'info@acme.io', null, 'info'],
  ['emoji-only name without email is kept as written', '🎉🎉', null, null, '🎉🎉'],
  ['punctuation-only name without email is kept as written', '...', 'not-an-email', null, '...'],
];

it.each(rows)('splits names: %s', (_label, name, email, first, last) => {
  expect(splitName(name, email)).toEqual({ first_name: first, last_name: last });
});

it.each([
  ['nothing at all', undefined, undefined],
  ['null name and email', null, null],
  ['blank name and blank email', '  ', ' '],
  ['blank name and an invalid email', '', 'ann@'],
  ['only control characters', '\u0000\t\n', null],
  ['only invisible format characters', '\u200C\u200B\u00AD', null],
])('returns null when nothing is known: %s', (_label, name, email) => {
  expect(splitName(name, email)).toBeNull();
});

it.each([
  ['dot-separated words', 'ann.lee@acme.io', 'Ann', 'Lee'],
  ['underscores', 'ann_lee@acme.io', 'Ann', 'Lee'],
  ['three words', 'ann.marie.lee@acme.io', 'Ann Marie', 'Lee'],
  ['a hyphenated first name', 'jean-pierre.dupont@acme.fr', 'Jean-Pierre', 'Dupont'],
  ['particles stay lower case', 'ludwig.van.beethoven@music.de', 'Ludwig', 'van Beethoven'],
  ['digits are ignored', 'ann.lee84@acme.io', 'Ann', 'Lee'],
  ['a +tag is ignored', 'ann.lee+sales@acme.io', 'Ann', 'Lee'],
  ['a single word stays as written', 'info@acme.io', null, 'info'],
  ['a single word loses its digits', 'support24@acme.io', null, 'support'],
  ['digits only keep the local part', '12345@acme.io', null, '12345'],
  ['a tag-only local part is kept', '+sales@acme.io', null, '+sales'],
])('derives a name from the email: %s', (_label, email, first, last) => {
  expect(nameFromEmail(email)).toEqual({ first_name: first, last_name: last });
});

it('never yields an empty last_name when a non-blank name or a valid email exists', () => {
  const names = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('🎉', ' ', '山田 太郎', 'van', 'Lee, ', ', ,', 'Dr.', '(x)', '\u200B', '\u200C', 'Visitor 1'),
  );
  const emails = fc.oneof(fc.emailAddress(), fc.string(), fc.constant(null));
  fc.assert(
    fc.property(fc.option(names), emails, (name, email) => {
      const known = (name ?? '').replace(/[\s\p{Cc}\p{Cf}]/gu, '') !== '' || normalizeEmail(email) !== null;
      const parts = splitName(name, email);
      if (!known) return parts === null;
      return parts !== null && parts.last_name.trim() !== '' && parts.first_name !== '';
    }),
    { numRuns: 2000 },
  );
});

import type { Random } from './random';

/** A person's name in its own script plus an ASCII form for email addresses. */
export interface PersonName {
  first: string;
  last: string;
  asciiFirst: string;
  asciiLast: string;
}

type Pair = readonly [string, string];

// Each pool: [name, ascii]. Mixed scripts are deliberate: the widgets must render and search all of them.
const LATIN_FIRST: Pair[] = [
  ['James', 'james'], ['Mary', 'mary'], ['Robert', 'robert'], ['Linda', 'linda'], ['Michael', 'michael'],
  ['Emma', 'emma'], ['Oliver', 'oliver'], ['Grace', 'grace'], ['Daniel', 'daniel'], ['Chloe', 'chloe'],
  ['Ethan', 'ethan'], ['Hannah', 'hannah'], ['Lucas', 'lucas'], ['Mia', 'mia'], ['Noah', 'noah'],
];
const LATIN_LAST: Pair[] = [
  ['Smith', 'smith'], ['Johnson', 'johnson'], ['Brown', 'brown'], ['Taylor', 'taylor'], ['Wilson', 'wilson'],
  ['Clarke', 'clarke'], ['Walker', 'walker'], ['Wright', 'wright'], ['Evans', 'evans'], ['Hughes', 'hughes'],
  ['Baker', 'baker'], ['Cooper', 'cooper'], ['Reed', 'reed'], ['Bell', 'bell'], ['Ward', 'ward'],
];
const ACCENTED_FIRST: Pair[] = [
  ['José', 'jose'], ['Zoë', 'zoe'], ['François', 'francois'], ['Łukasz', 'lukasz'], ['Renée', 'renee'],
  ['Søren', 'soren'], ['Begoña', 'begona'], ['Jürgen', 'jurgen'], ['Inês', 'ines'], ['Ömer', 'omer'],
];
const ACCENTED_LAST: Pair[] = [
  ['Muñoz', 'munoz'], ['Müller', 'muller'], ['Lefèvre', 'lefevre'], ['Wójcik', 'wojcik'], ['Dubois', 'dubois'],
  ['Ørsted', 'orsted'], ['Peña', 'pena'], ['Schäfer', 'schafer'], ['Gonçalves', 'goncalves'], ['Yılmaz', 'yilmaz'],
];
const JAPANESE_FIRST: Pair[] = [
  ['花子', 'hanako'], ['健太', 'kenta'], ['さくら', 'sakura'], ['翔', 'sho'], ['美咲', 'misaki'], ['大輔', 'daisuke'],
];
const JAPANESE_LAST: Pair[] = [
  ['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['伊藤', 'ito'], ['山本', 'yamamoto'], ['中村', 'nakamura'],
];
const ARABIC_FIRST: Pair[] = [
  ['محمد', 'mohammed'], ['فاطمة', 'fatima'], ['يوسف', 'youssef'], ['ليلى', 'layla'], ['عمر', 'omar'], ['نور', 'nour'],
];
const ARABIC_LAST: Pair[] = [
  ['العلي', 'alali'], ['حداد', 'haddad'], ['منصور', 'mansour'], ['الخطيب', 'alkhatib'], ['سليمان', 'suleiman'],
];
const HEBREW_FIRST: Pair[] = [['נועה', 'noa'], ['דוד', 'david'], ['תמר', 'tamar'], ['יונתן', 'yonatan'], ['מיכל', 'michal']];
const HEBREW_LAST: Pair[] = [['כהן', 'cohen'], ['לוי', 'levi'], ['מזרחי', 'mizrahi'], ['פרץ', 'peretz'], ['ביטון', 'biton']];

const SCRIPTS: { weight: number; first: Pair[]; last: Pair[] }[] = [
  { weight: 0.55, first: LATIN_FIRST, last: LATIN_LAST },
  { weight: 0.2, first: ACCENTED_FIRST, last: ACCENTED_LAST },
  { weight: 0.1, first: JAPANESE_FIRST, last: JAPANESE_LAST },
  { weight: 0.08, first: ARABIC_FIRST, last: ARABIC_LAST },
  { weight: 0.07, first: HEBREW_FIRST, last: HEBREW_LAST },
];

/** Picks a person's name, weighted towards Latin script. */
export function pickName(random: Random): PersonName {
  let roll = random.next();
  let script = SCRIPTS[0]!;
  for (const candidate of SCRIPTS) {
    script = candidate;
    roll -= candidate.weight;
    if (roll < 0) break;
  }
  const [first, asciiFirst] = random.pick(script.first);
  const [last, asciiLast] = random.pick(script.last);
  return { first, last, asciiFirst, asciiLast };
}

const COMPANY_WORDS = [
  'Acme', 'Globex', 'Initech', 'Nordlicht', 'Brightwave', 'Bluepeak', 'Ironbark', 'Solaria', 'Vértice', 'Müller & Söhne',
  'Café Olé', 'Ñandú', 'さくら', '富士', 'النخيل', 'الأفق', 'אור', 'גלים', '🦄 Unicorn', 'Polaris',
];
const COMPANY_SUFFIXES = ['Ltd', 'GmbH', 'S.L.', 'SAS', 'Inc.', '株式会社', 'Labs', 'Group', 'Systems', 'Partners'];

/** A company name and an email domain for it; `index` keeps both unique. */
export function pickCompany(random: Random, index: number): { name: string; domain: string } {
  const word = random.pick(COMPANY_WORDS);
  const suffix = random.pick(COMPANY_SUFFIXES);
  return { name: `${word} ${suffix} ${index}`, domain: `company${index}.example` };
}

export const INDUSTRIES = ['Software', 'Retail', 'Manufacturing', 'Healthcare', 'Finance', 'Education', 'Logistics'];
export const TITLES = ['CEO', 'CTO', 'Head of Sales', 'Buyer', 'Office Manager', 'Engineer', 'Directora Comercial'];
export const CITIES: { city: string; country: string; state: string | null; postal: string }[] = [
  { city: 'Berlin', country: 'DE', state: null, postal: '10115' },
  { city: 'Madrid', country: 'ES', state: null, postal: '28001' },
  { city: 'San Francisco', country: 'US', state: 'CA', postal: '94105' },
  { city: '東京', country: 'JP', state: '東京都', postal: '100-0001' },
  { city: 'Tel Aviv', country: 'IL', state: null, postal: '6100000' },
  { city: 'دبي', country: 'AE', state: null, postal: '00000' },
  { city: 'Zürich', country: 'CH', state: 'ZH', postal: '8001' },
];

/**
 * Example Academy: an invented primary school (Reception to Year 6) for the playground. Every
 * name is made up and the register is generated from a fixed seed, so every fresh playground is
 * the same. The register is written the way schools keep theirs: a title row above the headers,
 * MIS ids, SEN status and needs as codes in some rows and words in others, key adults and review
 * dates.
 */

export const SCHOOL_NAME = 'Example Academy';
export const SENCO_NAME = 'Ms Rivera';
export const SENCO_EMAIL = 'senco@example.school';
export const EMAIL_DOMAIN = 'example.school';
export const REGISTER_TAB = 'SEND Register 2026-27';
export const PUPIL_COUNT = 150;

export interface StaffRow {
  name: string;
  email: string;
  role: string;
  active: boolean;
}

export const STAFF: readonly StaffRow[] = [
  { name: 'Jo Smith', email: 'jo.smith@example.school', role: 'TA', active: true },
  { name: 'Amir Khan', email: 'a.khan@example.school', role: 'HLTA', active: true },
  { name: 'Rachel Patel', email: 'r.patel@example.school', role: 'Teacher', active: true },
  { name: 'Tom Hughes', email: 't.hughes@example.school', role: 'TA', active: true },
  { name: 'Office', email: 'office@example.school', role: 'Office', active: true },
  { name: 'Dana Ford', email: 'd.ford@example.school', role: 'TA', active: false },
];

/** Holidays for the school year 2026-27 from Christmas on (start, end, name). */
export const HOLIDAYS: readonly [string, string, string][] = [
  ['2026-12-21', '2027-01-01', 'Christmas holiday'],
  ['2027-02-15', '2027-02-19', 'February half term'],
  ['2027-03-29', '2027-04-09', 'Easter holiday'],
  ['2027-05-31', '2027-06-04', 'May half term'],
];

const FORENAMES = [
  'Amara',
  'Leo',
  'Priya',
  'Tomasz',
  'Isla',
  'Ethan',
  'Maya',
  'Noah',
  'Zainab',
  'Oliver',
  'Freya',
  'Kofi',
  'Ruby',
  'Arjun',
  'Evie',
  'Mateo',
  'Hana',
  'Jayden',
  'Sienna',
  'Callum',
  'Aisha',
  'Harry',
  'Nell',
  'Yusuf',
  'Poppy',
  'Reuben',
  'Ivy',
  'Dominik',
  'Layla',
  'Finley',
  'Orla',
  'Samir',
];
const SURNAMES = [
  'Okafor',
  'Brennan',
  'Shah',
  'Nowak',
  'McKenzie',
  'Clarke',
  'Adeyemi',
  'Whitfield',
  'Hussain',
  'Doyle',
  'Lindqvist',
  'Mensah',
  'Garside',
  'Rahman',
  'Thornbury',
  'Kowalski',
  'Ellwood',
  'Osei',
  'Pennington',
  'Varga',
  'Ashdown',
  'Bhatt',
  'Fairley',
  'Quinlan',
  'Marlowe',
  'Iqbal',
  'Redfern',
  'Stanislaw',
];
const YEARS = ['R', '1', '2', '3', '4', '5', '6'];
/** How the register writes each year group, varied as real registers are. */
const YEAR_TEXT: Record<string, string[]> = {
  R: ['Reception', 'R', 'Rec'],
  '1': ['Year 1', 'Y1', '1'],
  '2': ['Year 2', 'Y2', '2'],
  '3': ['Year 3', 'Y3', '3'],
  '4': ['Year 4', 'Y4', '4'],
  '5': ['Year 5', 'Y5', '5'],
  '6': ['Year 6', 'Y6', '6'],
};
const CLASSES: Record<string, [string, string]> = {
  R: ['Robins', 'Wrens'],
  '1': ['Ash', 'Birch'],
  '2': ['Cedar', 'Elm'],
  '3': ['Hazel', 'Larch'],
  '4': ['Maple', 'Oak'],
  '5': ['Pine', 'Rowan'],
  '6': ['Willow', 'Yew'],
};
/** Status as a census code or in words: E (EHC plan), K (SEN support), N (monitoring). */
const STATUS_TEXT: Record<'E' | 'K' | 'N', string[]> = {
  E: ['E', 'EHCP', 'EHC plan'],
  K: ['K', 'SEN Support', 'K'],
  N: ['N', 'Monitoring', 'N'],
};
/** Needs as census codes and as the words schools use for them. */
const NEEDS = [
  'SEMH',
  'Autism',
  'SpLD',
  'Speech and language',
  'MLD',
  'Dyslexia',
  'SLCN',
  'ASD',
  'HI',
  'VI',
  'PD',
  'Social, emotional and mental health',
];

/** mulberry32: a small deterministic generator, so the school is the same on every reset. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** A calendar date (local midnight in the spreadsheet's zone is applied when written). */
export interface DayDate {
  year: number;
  month: number;
  day: number;
}

function addDays(date: DayDate, days: number): DayDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export type RegisterCell = string | number | DayDate;

/** The register tab's rows: title, headers, one row per pupil. `today` anchors the review dates. */
export function registerRows(today: DayDate, count = PUPIL_COUNT): RegisterCell[][] {
  const random = generator(2027);
  const keyAdults = STAFF.filter((member) => member.active && member.role !== 'Office').map((m) => m.name);
  const rows: RegisterCell[][] = [
    [`${REGISTER_TAB} – ${SCHOOL_NAME} (confidential)`],
    [
      'MIS ID',
      'Surname',
      'First name',
      'Yr',
      'Class',
      'SEN Status',
      'Primary need',
      'Secondary need',
      'Key adult',
      'Next review',
      'Annual review due',
    ],
  ];
  const used = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    let forename = pick(random, FORENAMES);
    let surname = pick(random, SURNAMES);
    while (used.has(`${forename} ${surname}`)) {
      forename = pick(random, FORENAMES);
      surname = pick(random, SURNAMES);
    }
    used.add(`${forename} ${surname}`);
    const year = YEARS[Math.floor((i * YEARS.length) / count)] ?? '6';
    const roll = random();
    const status = roll < 0.12 ? 'E' : roll < 0.72 ? 'K' : 'N';
    const primary = status === 'N' ? '' : pick(random, NEEDS);
    const secondary = status !== 'N' && random() < 0.25 ? pick(random, NEEDS) : '';
    const keyAdult = status === 'N' || random() < 0.3 ? '' : pick(random, keyAdults);
    const review = status === 'N' ? '' : addDays(today, Math.floor(random() * 120) - 10);
    const annual = status === 'E' ? addDays(today, Math.floor(random() * 300) + 5) : '';
    rows.push([
      4001 + i * 3,
      surname,
      forename,
      pick(random, YEAR_TEXT[year] ?? [year]),
      pick(random, CLASSES[year] ?? ['A', 'B']),
      pick(random, STATUS_TEXT[status]),
      primary,
      secondary,
      keyAdult,
      review,
      annual,
    ]);
  }
  return rows;
}

export function staffRows(): (string | boolean)[][] {
  return [['Name', 'Email', 'Role', 'Active'], ...STAFF.map((m) => [m.name, m.email, m.role, m.active])];
}

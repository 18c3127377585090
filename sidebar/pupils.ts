/**
 * Pure pupil-list logic for the picker: labels, filter options and filtering. Built to stay fast
 * for a 2,000-pupil register: search text is lower-cased once, filtering is one pass.
 */
import type { SidebarPupil } from '../src/core/rpc';

export interface PupilFilter {
  query: string;
  /** Normalised year ('7', 'R', 'N1') or '' for all. */
  year: string;
  /** A census code, ANY_SEN for E or K, NOT_RECORDED, or '' for all. */
  status: string;
  /** A broad area of need, NOT_RECORDED, or '' for all. */
  area: string;
  selectedOnly: boolean;
}

export const ANY_SEN = 'E+K';
export const NOT_RECORDED = '(not recorded)';

export const EMPTY_FILTER: PupilFilter = { query: '', year: '', status: '', area: '', selectedOnly: false };

export const STATUS_NAMES: Readonly<Record<string, string>> = {
  E: 'EHCP',
  K: 'SEN support',
  N: 'No SEN',
  S: 'Statement (legacy)',
};

export interface Option {
  value: string;
  label: string;
}

/** '7', 'Year 7', 'Y7', 'yr 7' → '7'; 'Reception', 'YR' → 'R'; 'N1' stays 'N1'. */
export function normaliseYear(year: string): string {
  const text = year.trim();
  if (/^reception$/i.test(text)) return 'R';
  const match = /^(?:year|yr|y)\s*(\d{1,2}|r)$/i.exec(text);
  return (match?.[1] ?? text).toUpperCase();
}

/** Short label for a pupil row: 'Y7', 'YR', 'N1'. */
export function yearLabel(year: string): string {
  const y = normaliseYear(year);
  if (y === '') return '';
  return /^(\d{1,2}|R)$/.test(y) ? `Y${y}` : y;
}

/** Spoken/long form: 'Year 7', 'Reception', 'N1'. */
export function yearWords(year: string): string {
  const y = normaliseYear(year);
  if (y === 'R') return 'Reception';
  return /^\d{1,2}$/.test(y) ? `Year ${y}` : y;
}

/** Nursery, Reception, then Years 1–13, then anything else alphabetically. */
function yearRank(year: string): number {
  if (year === 'N1') return -3;
  if (year === 'N2') return -2;
  if (year === 'R') return -1;
  return /^\d{1,2}$/.test(year) ? Number(year) : 100;
}

export function compareYears(a: string, b: string): number {
  return yearRank(a) - yearRank(b) || a.localeCompare(b);
}

export function yearOptions(pupils: readonly SidebarPupil[]): Option[] {
  const years = [...new Set(pupils.map((p) => normaliseYear(p.year)).filter((y) => y !== ''))].sort(
    compareYears,
  );
  return [{ value: '', label: 'All years' }, ...years.map((y) => ({ value: y, label: yearWords(y) }))];
}

export function statusOptions(pupils: readonly SidebarPupil[]): Option[] {
  const present = new Set(pupils.map((p) => p.status));
  const options: Option[] = [
    { value: '', label: 'All statuses' },
    { value: ANY_SEN, label: 'E or K (on the SEN register)' },
  ];
  for (const code of ['E', 'K', 'N', 'S']) {
    if (code === 'S' && !present.has('S')) continue;
    options.push({ value: code, label: `${code}: ${STATUS_NAMES[code]}` });
  }
  if (present.has('')) options.push({ value: NOT_RECORDED, label: 'Not recorded' });
  return options;
}

export function areaOptions(pupils: readonly SidebarPupil[]): Option[] {
  const areas = [...new Set(pupils.map((p) => p.needArea).filter((a) => a !== ''))].sort();
  const options: Option[] = [
    { value: '', label: 'All need areas' },
    ...areas.map((a) => ({ value: a, label: a })),
  ];
  if (pupils.some((p) => p.needArea === '')) options.push({ value: NOT_RECORDED, label: 'No need recorded' });
  return options;
}

export interface PupilIndex {
  readonly pupils: readonly SidebarPupil[];
  /** Lower-cased "name id form" per pupil, same order. */
  readonly keys: readonly string[];
  readonly years: readonly string[];
  readonly byId: ReadonlyMap<string, SidebarPupil>;
}

export function indexPupils(pupils: readonly SidebarPupil[]): PupilIndex {
  return {
    pupils,
    keys: pupils.map((p) => `${p.name} ${p.id} ${p.form}`.toLowerCase()),
    years: pupils.map((p) => normaliseYear(p.year)),
    byId: new Map(pupils.map((p) => [p.id, p])),
  };
}

function statusMatches(status: string, wanted: string): boolean {
  if (wanted === '') return true;
  if (wanted === ANY_SEN) return status === 'E' || status === 'K';
  if (wanted === NOT_RECORDED) return status === '';
  return status === wanted;
}

function areaMatches(area: string, wanted: string): boolean {
  if (wanted === '') return true;
  return wanted === NOT_RECORDED ? area === '' : area === wanted;
}

/**
 * Pupils matching every term of the query and every filter, in register order. `selectedOnly`
 * overrides the rest: it answers "who have I picked?" whatever the search says.
 */
export function filterPupils(
  index: PupilIndex,
  filter: PupilFilter,
  selected: ReadonlySet<string>,
): SidebarPupil[] {
  if (filter.selectedOnly) return index.pupils.filter((pupil) => selected.has(pupil.id));
  const terms = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches: SidebarPupil[] = [];
  index.pupils.forEach((pupil, i) => {
    if (filter.year !== '' && index.years[i] !== filter.year) return;
    if (!statusMatches(pupil.status, filter.status)) return;
    if (!areaMatches(pupil.needArea, filter.area)) return;
    const key = index.keys[i] ?? '';
    if (terms.every((term) => key.includes(term))) matches.push(pupil);
  });
  return matches;
}

export function isFiltering(filter: PupilFilter): boolean {
  return filter.query.trim() !== '' || filter.year !== '' || filter.status !== '' || filter.area !== '';
}

/** The pupil as an email shows them, per the Settings "pupil identifier". */
export function pupilLabel(pupil: SidebarPupil, identifier: string): string {
  switch (identifier) {
    case 'full name':
      return pupil.name;
    case 'id':
      return pupil.id;
    default:
      return pupil.initials || pupil.id;
  }
}

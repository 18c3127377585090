/**
 * The SEND register: found by its headers in whatever tab the school keeps it, columns mapped by
 * synonyms. Pure: it reads grids, it never writes. The only write the add-on ever makes to a
 * register (an appended "Pupil ID" column) is planned by `planPupilIds` and done by the app layer.
 */
import { censusWarnings, needArea, normalise, readNeed, readProvision } from './census';
import { cellToIsoDate } from './dates';
import type { Cell, Grid, Pupil } from './types';

export type RegisterField =
  | 'id'
  | 'surname'
  | 'forename'
  | 'fullName'
  | 'year'
  | 'form'
  | 'provision'
  | 'primaryNeed'
  | 'secondaryNeed'
  | 'keyAdult'
  | 'nextReview'
  | 'annualReviewDue';

/** Header synonyms, compared after `normalise` (case and punctuation insensitive). */
const SYNONYMS: Record<RegisterField, string[]> = {
  id: [
    'pupil id',
    'student id',
    'mis id',
    'id',
    'admission number',
    'admission no',
    'adno',
    'adm no',
    'pupil number',
    'upn',
  ],
  surname: ['surname', 'last name', 'family name', 'legal surname'],
  forename: ['forename', 'first name', 'given name', 'preferred forename', 'legal forename', 'forenames'],
  fullName: ['name', 'pupil name', 'pupil', 'student name', 'student', 'full name', 'child'],
  year: ['year', 'yr', 'year group', 'ncy', 'national curriculum year', 'yg'],
  form: ['form', 'class', 'tutor group', 'reg group', 'registration group', 'form group'],
  provision: [
    'sen status',
    'sen stage',
    'provision',
    'sen provision',
    'status',
    'stage',
    'send status',
    'sen',
  ],
  primaryNeed: [
    'primary need',
    'need',
    'area of need',
    'primary area of need',
    'sen need',
    'need 1',
    'type of need',
  ],
  secondaryNeed: ['secondary need', 'need 2', 'secondary area of need'],
  keyAdult: ['key adult', 'key adults', 'key worker', 'key person', 'key adult s'],
  nextReview: ['next review', 'next review date', 'review date', 'review due'],
  annualReviewDue: ['annual review due', 'next annual review', 'ar due', 'annual review date'],
};

export const ADDED_ID_HEADER = 'Pupil ID';
const HEADER_SCAN_ROWS = 10;

export type ColumnMap = Partial<Record<RegisterField, number>>;

export function mapHeaders(headers: readonly Cell[]): ColumnMap {
  const map: ColumnMap = {};
  const normalised = headers.map((header) => normalise(String(header)));
  for (const field of Object.keys(SYNONYMS) as RegisterField[]) {
    const synonyms = SYNONYMS[field];
    let best = -1;
    let bestRank = Number.POSITIVE_INFINITY;
    normalised.forEach((header, index) => {
      const rank = synonyms.indexOf(header);
      if (rank >= 0 && rank < bestRank) {
        best = index;
        bestRank = rank;
      }
    });
    if (best >= 0) map[field] = best;
  }
  // One column may not be read as two fields ("Status" as provision wins over nothing else).
  if (map.fullName !== undefined && (map.surname !== undefined || map.forename !== undefined))
    delete map.fullName;
  return map;
}

function hasNames(map: ColumnMap): boolean {
  return map.fullName !== undefined || (map.surname !== undefined && map.forename !== undefined);
}

/** How register-like a header row is: 0 when it has no names or nothing SEND-like beside them. */
function score(map: ColumnMap): number {
  if (!hasNames(map)) return 0;
  const sendLike = ['provision', 'primaryNeed', 'year', 'id', 'keyAdult'] as const;
  if (!sendLike.some((field) => map[field] !== undefined)) return 0;
  return Object.keys(map).length;
}

export interface RegisterLocation {
  tab: string;
  /** 1-based row of the headers. */
  headerRow: number;
  columns: ColumnMap;
}

/** Picks the tab and header row that look most like a SEND register; null when none does. */
export function findRegister(
  tabs: readonly { name: string; top: Grid }[],
  preferred = '',
): RegisterLocation | null {
  let best: RegisterLocation | null = null;
  let bestScore = 0;
  for (const tab of tabs) {
    const rows = tab.top.slice(0, HEADER_SCAN_ROWS);
    for (let index = 0; index < rows.length; index++) {
      const columns = mapHeaders(rows[index] ?? []);
      const base = score(columns);
      const rowScore = base > 0 && tab.name === preferred ? base + 100 : base;
      if (rowScore > bestScore) {
        best = { tab: tab.name, headerRow: index + 1, columns };
        bestScore = rowScore;
      }
    }
  }
  return best;
}

export interface Register {
  location: RegisterLocation;
  pupils: Pupil[];
  warnings: string[];
  /** Rows (1-based) that have a pupil but no id yet. */
  rowsWithoutId: number[];
  /** Columns in use: a column appended at width + 1 overwrites nothing. */
  width: number;
}

function text(cell: Cell | undefined): string {
  if (cell === undefined || cell === null) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim();
}

function splitFullName(full: string): { forename: string; surname: string } {
  if (full.includes(',')) {
    const [surname = '', forename = ''] = full.split(',').map((part) => part.trim());
    return { forename, surname };
  }
  const parts = full.split(/\s+/);
  const surname = parts.length > 1 ? (parts.pop() ?? '') : '';
  return { forename: parts.join(' '), surname };
}

/** "Year 4", "Y4", "4", "Rec" → "4" / "R"; other text kept as written. */
export function readYear(cell: Cell | undefined): string {
  const raw = text(cell);
  const norm = normalise(raw);
  if (norm === '') return '';
  if (['r', 'rec', 'reception', 'yr r', 'year r'].includes(norm)) return 'R';
  const match = /^(?:year |yr |y)?(\d{1,2})$/.exec(norm);
  if (match) return String(Number(match[1]));
  const nursery = /^(?:nursery ?|n)([12])$/.exec(norm);
  if (nursery) return `N${nursery[1]}`;
  return raw;
}

export function initialsOf(pupil: Pick<Pupil, 'forename' | 'surname'>): string {
  const letter = (name: string) => name.trim().charAt(0).toUpperCase();
  return `${letter(pupil.forename)}${letter(pupil.surname)}`;
}

/** Reads every pupil row below the header. `timeZone` turns date cells into calendar dates. */
export function readRegister(location: RegisterLocation, grid: Grid, timeZone: string): Register {
  const { columns, headerRow } = location;
  const cell = (row: readonly Cell[], field: RegisterField) => {
    const index = columns[field];
    return index === undefined ? '' : text(row[index]);
  };
  const pupils: Pupil[] = [];
  const warnings: string[] = [];
  const rowsWithoutId: number[] = [];
  const seen = new Map<string, number>();
  for (let r = headerRow; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const rowNumber = r + 1;
    const names =
      columns.fullName !== undefined
        ? splitFullName(cell(row, 'fullName'))
        : { forename: cell(row, 'forename'), surname: cell(row, 'surname') };
    if (names.forename === '' && names.surname === '') continue;
    const id = cell(row, 'id');
    if (id === '') {
      rowsWithoutId.push(rowNumber);
      continue;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      warnings.push(`Rows ${earlier} and ${rowNumber} share the pupil id ${id}; tasks use the first.`);
      continue;
    }
    seen.set(id, rowNumber);
    const provisionText = cell(row, 'provision');
    const provision = readProvision(provisionText);
    const needs = [cell(row, 'primaryNeed'), cell(row, 'secondaryNeed')]
      .map(readNeed)
      .filter((need): need is { code: string; recognised: boolean } => need !== null);
    warnings.push(
      ...censusWarnings({
        label: `Row ${rowNumber} (${id})`,
        provision: provision.code,
        provisionRecognised: provision.recognised,
        provisionText,
        needs,
      }),
    );
    pupils.push({
      id,
      forename: names.forename,
      surname: names.surname,
      name: `${names.forename} ${names.surname}`.trim(),
      year: readYear(columns.year === undefined ? '' : row[columns.year]),
      form: cell(row, 'form'),
      provision: provision.code,
      needs: needs.map((need) => need.code),
      keyAdult: cell(row, 'keyAdult'),
      nextReview: columns.nextReview === undefined ? '' : cellToIsoDate(row[columns.nextReview], timeZone),
      annualReviewDue:
        columns.annualReviewDue === undefined ? '' : cellToIsoDate(row[columns.annualReviewDue], timeZone),
      row: rowNumber,
    });
  }
  if (rowsWithoutId.length > 0 && columns.id !== undefined) {
    warnings.push(
      `${rowsWithoutId.length} pupil row(s) have no pupil id (first: row ${rowsWithoutId[0]}); ` +
        'add one, or run "Set up register" to number them, before delegating tasks for them.',
    );
  }
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0);
  return { location, pupils, warnings, rowsWithoutId, width };
}

export function primaryNeedArea(pupil: Pupil): string {
  return pupil.needs[0] ? needArea(pupil.needs[0]) : '';
}

/**
 * Ids for pupils who have none: the next numbers after the highest "P-0001"-style id in use.
 * Used when the register has no id column (we append "Pupil ID") or our own column has gaps.
 */
export function planPupilIds(existingIds: readonly string[], count: number): string[] {
  const highest = existingIds.reduce((max, id) => {
    const match = /^P-(\d+)$/.exec(id);
    return match ? Math.max(max, Number(match[1])) : max;
  }, 0);
  return Array.from({ length: count }, (_, i) => `P-${String(highest + i + 1).padStart(4, '0')}`);
}

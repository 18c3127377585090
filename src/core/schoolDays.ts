/**
 * School days: Monday to Friday outside the holidays listed in Settings (inclusive ranges).
 * Dates are 'YYYY-MM-DD'. Counting is arithmetic over day numbers, not a walk over the calendar,
 * so the reminder and dashboard passes stay fast over tens of thousands of tasks.
 */
import type { Settings } from './types';

/** Inclusive holiday ranges, as in Settings. */
export type Holidays = readonly Readonly<Settings['holidays'][number]>[];

const DAY_MS = 86_400_000;
/** Day number of Monday 5 Jan 1970: weekday arithmetic counts from a Monday. */
const MONDAY = 4;

/** Days since 1 Jan 1970 for a 'YYYY-MM-DD' date. */
function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

/** 0 = Monday … 6 = Sunday. */
function weekday(day: number): number {
  return mod(day - MONDAY, 7);
}

/** Weekdays among the days before `day` since the reference Monday (negative before it). */
function weekdaysBefore(day: number): number {
  const offset = day - MONDAY;
  return 5 * Math.floor(offset / 7) + Math.min(mod(offset, 7), 5);
}

/** Weekdays d with from < d ≤ to, for from ≤ to. */
function weekdaysIn(from: number, to: number): number {
  return weekdaysBefore(to + 1) - weekdaysBefore(from + 1);
}

interface Range {
  start: number;
  end: number;
}

/** Holidays as sorted, merged day-number ranges; malformed or reversed ranges are dropped. */
function mergeHolidays(holidays: Holidays): Range[] {
  const sorted = holidays
    .map((holiday) => ({ start: dayNumber(holiday.start), end: dayNumber(holiday.end) }))
    .filter((range) => !Number.isNaN(range.start) && !Number.isNaN(range.end) && range.end >= range.start)
    .sort((a, b) => a.start - b.start);
  const result: Range[] = [];
  for (const range of sorted) {
    const last = result[result.length - 1];
    if (last && range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else result.push(range);
  }
  return result;
}

/** The holiday range holding `day`, or undefined (binary search over merged ranges). */
function holidayAt(day: number, list: readonly Range[]): Range | undefined {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = list[middle]!;
    if (day < range.start) high = middle - 1;
    else if (day > range.end) low = middle + 1;
    else return range;
  }
  return undefined;
}

/**
 * A school calendar for one set of holidays. Build it once per run and ask it many questions:
 * the holidays are sorted and merged once, and every answer is then arithmetic.
 */
export interface SchoolCalendar {
  isHoliday(date: string): boolean;
  /** Monday to Friday and not inside any holiday. */
  isSchoolDay(date: string): boolean;
  /** Number of school days d with from < d ≤ to; 0 when `to` is not after `from`. */
  schoolDaysBetween(from: string, to: string): number;
  /** The nth school day after `date` (1 = the next school day); 0 returns `date` itself. */
  addSchoolDays(date: string, n: number): string;
  /** The first school day after `date`. */
  nextSchoolDay(date: string): string;
  /**
   * The first day of the current term: the day after the latest holiday that ended before
   * `today`, never earlier than 1 September of this academic year (so last year's holidays, or
   * none at all, give the start of the school year).
   */
  termStart(today: string): string;
  /** The first school day of the week holding `date`, or null when the whole week is a holiday. */
  firstSchoolDayOfWeek(date: string): string | null;
}

export function schoolCalendar(holidays: Holidays): SchoolCalendar {
  const list = mergeHolidays(holidays);
  const schoolDay = (day: number) => weekday(day) < 5 && holidayAt(day, list) === undefined;
  const addSchoolDays = (date: string, n: number): string => {
    if (!Number.isInteger(n) || n < 0)
      throw new RangeError(`addSchoolDays needs a whole number ≥ 0, not ${n}.`);
    let day = dayNumber(date);
    let left = n;
    while (left > 0) {
      day += 1;
      const holiday = holidayAt(day, list);
      if (holiday)
        day = holiday.end; // skip the whole holiday in one step
      else if (weekday(day) < 5) left -= 1;
    }
    return isoOf(day);
  };
  return {
    isHoliday: (date) => holidayAt(dayNumber(date), list) !== undefined,
    isSchoolDay: (date) => schoolDay(dayNumber(date)),
    schoolDaysBetween(from, to) {
      const a = dayNumber(from);
      const b = dayNumber(to);
      if (!(b > a)) return 0;
      let count = weekdaysIn(a, b);
      for (const range of list) {
        if (range.start > b) break;
        if (range.end <= a) continue;
        count -= weekdaysIn(Math.max(range.start - 1, a), Math.min(range.end, b));
      }
      return count;
    },
    addSchoolDays,
    nextSchoolDay: (date) => addSchoolDays(date, 1),
    termStart(today) {
      const day = dayNumber(today);
      let start = dayNumber(academicYearStart(today));
      for (const range of list) {
        if (range.end >= day) break;
        start = Math.max(start, range.end + 1);
      }
      return isoOf(start);
    },
    firstSchoolDayOfWeek(date) {
      const monday = dayNumber(startOfWeek(date));
      for (let day = monday; day < monday + 5; day++) if (schoolDay(day)) return isoOf(day);
      return null;
    },
  };
}

/** The Monday on or before `date`. */
export function startOfWeek(date: string): string {
  const day = dayNumber(date);
  return isoOf(day - weekday(day));
}

/** 1 September that starts the academic year holding `date`. */
export function academicYearStart(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return `${month >= 9 ? year : year - 1}-09-01`;
}

// One-off questions. For many questions about the same holidays, build a schoolCalendar once.

export function isSchoolDay(date: string, holidays: Holidays): boolean {
  return schoolCalendar(holidays).isSchoolDay(date);
}

export function addSchoolDays(date: string, n: number, holidays: Holidays): string {
  return schoolCalendar(holidays).addSchoolDays(date, n);
}

export function schoolDaysBetween(from: string, to: string, holidays: Holidays): number {
  return schoolCalendar(holidays).schoolDaysBetween(from, to);
}

export function nextSchoolDay(date: string, holidays: Holidays): string {
  return schoolCalendar(holidays).nextSchoolDay(date);
}

export function termStart(today: string, holidays: Holidays): string {
  return schoolCalendar(holidays).termStart(today);
}

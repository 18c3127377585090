/**
 * What a cell holds after a script writes a value with setValue/setValues/appendRow, or a person
 * types it. This mirrors the Sheets UI and Apps Script for default-formatted cells in an en_GB
 * spreadsheet: strings are parsed as if typed ("USER_ENTERED"), everything else is stored as given.
 *
 * Strings, in order:
 * - "'text" is text without the apostrophe, nothing else happens;
 * - in a cell formatted as plain text ('@') the string is stored verbatim;
 * - "=..." is a formula;
 * - number-like text ("007", "1,234", "3.5", "-2", "+5", ".5", "1e3") is a number;
 * - "+...", "-..." or "@..." that is not a number is a formula as well ("+44 7700 900000",
 *   "-note" and "@name" all end up as broken formulas in real Sheets), recorded as "=" + text;
 * - "TRUE"/"FALSE" in any case is a boolean;
 * - en-GB dates are Dates at midnight (or the given time) in the spreadsheet's time zone:
 *   "01/02/2025" and "1/2/25" (1 Feb 2025), "1/2" (this year), "2025-02-01", "1 Feb 2025",
 *   "1-Feb-25", "Feb 1, 2025", optionally followed by "10:30" or "10:30:15";
 * - anything else is text. '' is a blank cell.
 * Not converted (they stay text): percentages, currency amounts, bare times.
 */
import { isDate } from '../realm';
import { zonedToUtc } from '../time/zone';

export type CellValue = string | number | boolean | Date;

/** A written value that became a formula; the cell's value reads as ''. */
export class FormulaInput {
  constructor(readonly formula: string) {}
}

export interface ConversionSettings {
  timeZone: string;
  /** Only read for dates written without a year. */
  nowYear: () => number;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$/;
const DMY = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const YMD = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const D_MON_Y = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?(?:,?[\s-]+(\d{4}|\d{2}))?$/;
const MON_D_Y = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

function twoDigitYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function makeDate(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  settings: ConversionSettings,
): Date | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return new Date(zonedToUtc(year, month, day, hour, minute, second, settings.timeZone));
}

function time(match: RegExpExecArray, at: number): [number, number, number] {
  return [Number(match[at] ?? 0), Number(match[at + 1] ?? 0), Number(match[at + 2] ?? 0)];
}

/**
 * Parsed dates by zone and text, for forms that name their year (registers repeat the same few
 * hundred dates thousands of times). Bounded; cleared when full.
 */
const dateCache = new Map<string, Map<string, number | null>>();

function cachedDateText(text: string, settings: ConversionSettings): Date | null {
  let zone = dateCache.get(settings.timeZone);
  if (!zone) {
    zone = new Map();
    dateCache.set(settings.timeZone, zone);
  }
  let ms = zone.get(text);
  if (ms === undefined) {
    let yearless = false;
    const parsed = parseDateText(text, {
      timeZone: settings.timeZone,
      nowYear: () => {
        yearless = true;
        return settings.nowYear();
      },
    });
    ms = parsed ? parsed.getTime() : null;
    // Yearless forms ("1/2", "1 Feb") depend on today's year, so they are not cached.
    if (!yearless) {
      if (zone.size > 50_000) zone.clear();
      zone.set(text, ms);
    }
  }
  return ms === null ? null : new Date(ms);
}

/** An en-GB date (see the module comment), or null. */
export function parseDateText(text: string, settings: ConversionSettings): Date | null {
  let m = DMY.exec(text);
  if (m) {
    const year = m[4] === undefined ? settings.nowYear() : twoDigitYear(m[4]);
    // "1.2" alone is a number, and "1-2"/"1/2" without a year never carry a time.
    if (m[4] === undefined && (m[2] === '.' || m[5] !== undefined)) return null;
    return makeDate(year, Number(m[3]), Number(m[1]), ...time(m, 5), settings);
  }
  m = YMD.exec(text);
  if (m) return makeDate(Number(m[1]), Number(m[3]), Number(m[4]), ...time(m, 5), settings);
  m = D_MON_Y.exec(text);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (month === undefined) return null;
    const year = m[3] === undefined ? settings.nowYear() : twoDigitYear(m[3]);
    return makeDate(year, month, Number(m[1]), 0, 0, 0, settings);
  }
  m = MON_D_Y.exec(text);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    if (month === undefined) return null;
    return makeDate(Number(m[3]), month, Number(m[2]), 0, 0, 0, settings);
  }
  return null;
}

function parseNumber(text: string): number | null {
  if (!NUMBER.test(text) || !/\d/.test(text)) return null;
  return Number(text.replace(/,/g, ''));
}

function convertString(
  raw: string,
  plainText: boolean,
  settings: ConversionSettings,
): CellValue | FormulaInput | undefined {
  if (raw === '') return undefined;
  const first = raw.charCodeAt(0);
  if (first === 39 /* ' */) return raw.length === 1 ? undefined : raw.slice(1);
  if (plainText) return raw;
  if (first === 61 /* = */) return raw.length > 1 ? new FormulaInput(raw) : raw;
  const text = isWhitespace(first) || isWhitespace(raw.charCodeAt(raw.length - 1)) ? raw.trim() : raw;
  if (text === '') return raw;
  const lead = text.charCodeAt(0);
  const isDigit = lead >= 48 && lead <= 57;
  if (isDigit || lead === 43 /* + */ || lead === 45 /* - */ || lead === 46 /* . */) {
    const number = parseNumber(text);
    if (number !== null) return number;
  }
  if (isDigit) return cachedDateText(text, settings) ?? raw;
  if ((first === 43 || first === 45 || first === 64) /* + - @ */ && raw.length > 1) {
    return new FormulaInput(`=${raw}`);
  }
  if (text.length === 4 || text.length === 5) {
    const upper = text.toUpperCase();
    if (upper === 'TRUE') return true;
    if (upper === 'FALSE') return false;
  }
  if ((lead >= 65 && lead <= 90) || (lead >= 97 && lead <= 122)) {
    if (text.length <= 18 && MON_D_Y.test(text)) return cachedDateText(text, settings) ?? raw;
  }
  return raw;
}

/**
 * The stored form of a written value: a CellValue, a FormulaInput, or undefined for blank.
 * `plainText` is true when the cell's number format is '@'.
 */
export function convertInput(
  input: unknown,
  plainText: boolean,
  settings: ConversionSettings,
): CellValue | FormulaInput | undefined {
  switch (typeof input) {
    case 'string':
      return convertString(input, plainText, settings);
    case 'number':
    case 'boolean':
      return input;
    case 'undefined':
      return undefined;
    default:
      if (input === null) return undefined;
      if (isDate(input)) return new Date(input.getTime());
      return String(input);
  }
}

/**
 * What getDisplayValues shows. Dates use the cell's number format when it is a date format
 * (Sheets syntax, any case: yyyy, yy, mmmm, mmm, mm, m, dddd, ddd, dd, d, hh, h, ss, am/pm,
 * "quoted", \x), otherwise dd/MM/yyyy (en_GB), with HH:mm:ss added when the time is not
 * midnight in the spreadsheet's zone. Numbers follow simple numeric formats ('0', '0.00',
 * '#,##0', '0%') and otherwise print as Sheets does by default (up to 15 significant digits).
 * Booleans are TRUE/FALSE. A formula shows FORMULA_DISPLAY: the emulator does not evaluate
 * formulas, and the marker can never be mistaken for the text that was written.
 */
import { isDate } from '../realm';
import { dayName, monthName, type ZonedFields, zonedFields } from '../time/zone';
import type { CellValue } from './conversion';

export const FORMULA_DISPLAY = '#FORMULA';
export const DEFAULT_NUMBER_FORMAT = '0.###############';

const pad2 = (n: number): string => String(n).padStart(2, '0');

type Token = { kind: 'text'; text: string } | { kind: 'field'; code: string };

const tokenCache = new Map<string, Token[] | null>();

/** Splits a Sheets date format into fields; null when it is not a date/time format. */
function dateTokens(format: string): Token[] | null {
  const cached = tokenCache.get(format);
  if (cached !== undefined) return cached;
  const tokens: Token[] = [];
  let hasField = false;
  let i = 0;
  while (i < format.length) {
    const ch = format.charAt(i);
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end === -1 ? format.length : end;
      tokens.push({ kind: 'text', text: format.slice(i + 1, stop) });
      i = stop + 1;
      continue;
    }
    if (ch === '\\') {
      tokens.push({ kind: 'text', text: format.charAt(i + 1) });
      i += 2;
      continue;
    }
    const lower = format.slice(i).toLowerCase();
    if (lower.startsWith('am/pm')) {
      tokens.push({ kind: 'field', code: 'am/pm' });
      i += 5;
      continue;
    }
    const letter = ch.toLowerCase();
    if ('ymdhs'.includes(letter)) {
      let count = 1;
      while (format.charAt(i + count).toLowerCase() === letter) count += 1;
      tokens.push({ kind: 'field', code: letter.repeat(count) });
      hasField = true;
      i += count;
      continue;
    }
    tokens.push({ kind: 'text', text: ch });
    i += 1;
  }
  const result = hasField ? resolveMinutes(tokens) : null;
  tokenCache.set(format, result);
  return result;
}

/** 'm'/'mm' mean minutes right after an hour field or right before a seconds field. */
function resolveMinutes(tokens: Token[]): Token[] {
  const fields = tokens.flatMap((t, index) => (t.kind === 'field' ? [{ t, index }] : []));
  return tokens.map((token, index) => {
    if (token.kind !== 'field' || (token.code !== 'm' && token.code !== 'mm')) return token;
    const at = fields.findIndex((f) => f.index === index);
    const before = fields[at - 1]?.t;
    const after = fields[at + 1]?.t;
    const isMinute =
      (before?.kind === 'field' && before.code.startsWith('h')) ||
      (after?.kind === 'field' && after.code.startsWith('s'));
    return isMinute ? { kind: 'field', code: token.code === 'm' ? 'min' : 'mmin' } : token;
  });
}

function renderField(code: string, f: ZonedFields, twelveHour: boolean): string {
  const hour = twelveHour ? f.hour % 12 || 12 : f.hour;
  switch (code) {
    case 'yyyy':
    case 'yyy':
      return String(f.year);
    case 'yy':
    case 'y':
      return pad2(f.year % 100);
    case 'mmmmm':
      return monthName(f.month).charAt(0);
    case 'mmmm':
      return monthName(f.month);
    case 'mmm':
      return monthName(f.month).slice(0, 3);
    case 'mm':
      return pad2(f.month);
    case 'm':
      return String(f.month);
    case 'dddd':
      return dayName(f.weekday);
    case 'ddd':
      return dayName(f.weekday).slice(0, 3);
    case 'dd':
      return pad2(f.day);
    case 'd':
      return String(f.day);
    case 'hh':
      return pad2(hour);
    case 'h':
      return String(hour);
    case 'mmin':
      return pad2(f.minute);
    case 'min':
      return String(f.minute);
    case 'ss':
      return pad2(f.second);
    case 's':
      return String(f.second);
    case 'am/pm':
      return f.hour < 12 ? 'AM' : 'PM';
    default:
      return code;
  }
}

/** Default-format display text by zone and instant: the same dates recur down a column. */
const defaultDisplay = new Map<string, Map<number, string>>();

function formatDateCell(date: Date, format: string | undefined, timeZone: string): string {
  const tokens = format ? dateTokens(format) : null;
  if (tokens) return formatWithTokens(date, tokens, timeZone);
  let zone = defaultDisplay.get(timeZone);
  if (!zone) {
    zone = new Map();
    defaultDisplay.set(timeZone, zone);
  }
  const ms = date.getTime();
  let text = zone.get(ms);
  if (text === undefined) {
    text = formatDefault(ms, timeZone);
    if (zone.size > 50_000) zone.clear();
    zone.set(ms, text);
  }
  return text;
}

function formatWithTokens(date: Date, tokens: Token[], timeZone: string): string {
  const f = zonedFields(date.getTime(), timeZone);
  const twelveHour = tokens.some((t) => t.kind === 'field' && t.code === 'am/pm');
  return tokens.map((t) => (t.kind === 'text' ? t.text : renderField(t.code, f, twelveHour))).join('');
}

function formatDefault(ms: number, timeZone: string): string {
  const f = zonedFields(ms, timeZone);
  const day = `${pad2(f.day)}/${pad2(f.month)}/${f.year}`;
  if (f.hour === 0 && f.minute === 0 && f.second === 0) return day;
  return `${day} ${pad2(f.hour)}:${pad2(f.minute)}:${pad2(f.second)}`;
}

const NUMERIC_FORMAT = /^([#,0]*0)(?:\.(0+))?(%?)$/;

function formatNumberCell(value: number, format: string | undefined): string {
  const match = format ? NUMERIC_FORMAT.exec(format) : null;
  if (!match) {
    if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
    return String(Number(value.toPrecision(15)));
  }
  const percent = match[3] === '%';
  const decimals = (match[2] ?? '').length;
  const grouped = (match[1] ?? '').includes(',');
  const scaled = percent ? value * 100 : value;
  const text = scaled.toLocaleString('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
  return percent ? `${text}%` : text;
}

/** The text Sheets would show for a stored value under a number format. */
export function displayValue(
  value: CellValue | undefined,
  format: string | undefined,
  timeZone: string,
): string {
  if (value === undefined) return '';
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return formatNumberCell(value, format);
    case 'boolean':
      return value ? 'TRUE' : 'FALSE';
    default:
      return isDate(value) ? formatDateCell(value, format, timeZone) : String(value);
  }
}

/**
 * Calendar dates as 'YYYY-MM-DD' strings. Pure: no clock, no time zone lookups. Callers turn
 * "now" into a local date string at the edge (the ClockPort) and pass it in.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DAY_MS = 86_400_000;

/** True when the text is a real calendar date written YYYY-MM-DD (rejects 2027-02-30). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** '2027-01-15' → '15 Jan 2027'; text that is not a date is returned as it is. */
export function formatUkDate(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const date = toUtc(iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** '2027-01-15' → 'Fri 15 Jan 2027'. */
export function formatUkDateWithDay(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][toUtc(iso).getUTCDay()];
  return `${day} ${formatUkDate(iso)}`;
}

export function addDays(iso: string, days: number): string {
  return fromUtc(new Date(toUtc(iso).getTime() + days * DAY_MS));
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: string): number {
  return toUtc(iso).getUTCDay();
}

export function isWeekend(iso: string): boolean {
  const day = dayOfWeek(iso);
  return day === 0 || day === 6;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const datesByInstant = new Map<string, string>();
const MAX_CACHED_DATES = 10_000;

/**
 * The calendar date of an instant in a time zone, e.g. ('2026-12-04T23:30Z', 'Europe/London').
 * Memoised: a 20,000-row log holds few distinct dates, and Intl formatting is slow.
 */
export function isoDateInZone(instant: Date, timeZone: string): string {
  const key = `${timeZone}|${instant.getTime()}`;
  const known = datesByInstant.get(key);
  if (known !== undefined) return known;
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  const iso = `${parts.year}-${parts.month}-${parts.day}`;
  if (datesByInstant.size >= MAX_CACHED_DATES) datesByInstant.clear();
  datesByInstant.set(key, iso);
  return iso;
}

/**
 * A register cell as a date string: Date objects (what getValues returns for date cells) use
 * the spreadsheet's time zone; text in en-GB (15/01/2027, 15 Jan 2027) or ISO form is parsed.
 * Returns '' when the cell holds no recognisable date.
 */
export function cellToIsoDate(value: unknown, timeZone: string): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDateInZone(value, timeZone);
  const text = String(value ?? '').trim();
  if (text === '') return '';
  if (isIsoDate(text)) return text;
  const slash = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (slash) {
    const [, d, m, y] = slash as unknown as [string, string, string, string];
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    const iso = `${year}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : '';
  }
  const words = /^(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})$/.exec(text);
  if (words) {
    const [, d, mon, y] = words as unknown as [string, string, string, string];
    const month = MONTHS.findIndex((m) => m.toLowerCase() === mon.toLowerCase());
    if (month < 0) return '';
    const iso = `${y}-${String(month + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : '';
  }
  return '';
}

/**
 * Utilities.formatDate's patterns (Java SimpleDateFormat): y, M, d, E, H, h, k, K, m, s, S, a, u,
 * z, Z, X, D, and 'quoted text' ('' is a literal quote). English names, as Apps Script uses.
 */
import { dayName, monthName, offsetMs, type ZonedFields, zonedFields } from './zone';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

function offsetText(offset: number, withColon: boolean): string {
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(Math.round(offset / 60000));
  const hh = pad(Math.floor(minutes / 60), 2);
  const mm = pad(minutes % 60, 2);
  return withColon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}

function shortZoneName(ms: number, timeZone: string): string {
  try {
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' }).formatToParts(ms);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  } catch {
    return 'GMT';
  }
}

function dayOfYear(f: ZonedFields): number {
  return Math.round((Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86_400_000) + 1;
}

function field(letter: string, count: number, f: ZonedFields, ms: number, timeZone: string): string {
  switch (letter) {
    case 'y':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return monthName(f.month);
      if (count === 3) return monthName(f.month).slice(0, 3);
      return pad(f.month, count);
    case 'd':
      return pad(f.day, count);
    case 'D':
      return pad(dayOfYear(f), count);
    case 'E':
      return count >= 4 ? dayName(f.weekday) : dayName(f.weekday).slice(0, 3);
    case 'u':
      return String(f.weekday === 0 ? 7 : f.weekday);
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millisecond, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'z':
      return shortZoneName(ms, timeZone);
    case 'Z':
      return offsetText(offsetMs(ms, timeZone), false);
    case 'X': {
      const offset = offsetMs(ms, timeZone);
      if (offset === 0) return 'Z';
      const text = offsetText(offset, count >= 3);
      return count === 1 ? text.slice(0, 3) : text;
    }
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

export function formatJavaDate(ms: number, timeZone: string, pattern: string): string {
  const f = zonedFields(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      // '' is a literal quote, in or out of quoted text; 'text' is copied as is.
      if (pattern.charAt(i + 1) === "'") {
        out += "'";
        i += 2;
        continue;
      }
      i += 1;
      while (i < pattern.length) {
        if (pattern.charAt(i) === "'") {
          if (pattern.charAt(i + 1) !== "'") break;
          out += "'";
          i += 2;
          continue;
        }
        out += pattern.charAt(i);
        i += 1;
      }
      i += 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern.charAt(i + count) === ch) count += 1;
      out += field(ch, count, f, ms, timeZone);
      i += count;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

import { addDays, formatUkDateWithDay, isIsoDate, isWeekend } from '../src/core/dates';

/** `today` plus `days` school days (Monday to Friday); 0 days is today. */
export function addSchoolDays(today: string, days: number): string {
  let date = today;
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    date = addDays(date, 1);
    if (!isWeekend(date)) left -= 1;
  }
  return date;
}

/** The date as shown beside the picker: 'Fri 15 Jan 2027', flagged when it falls at a weekend. */
export function describeDueDate(iso: string): string {
  if (!isIsoDate(iso)) return '';
  return isWeekend(iso) ? `${formatUkDateWithDay(iso)} (weekend)` : formatUkDateWithDay(iso);
}

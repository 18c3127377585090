/** The playground's calendar: the moment a fresh playground starts and "Next school day". */
import { zonedFields, zonedToUtc } from '../emulator/time/zone';

/** A fresh playground's school: set up before term (Tue 5 Jan 2027, 16:00)… */
export const SEED_MOMENT = { year: 2027, month: 1, day: 5, hour: 16 };
/** …and opened on the first Monday of term at 08:00. */
export const START_MOMENT = { year: 2027, month: 1, day: 11, hour: 8 };

export const REMINDER_HOUR = 7;

export function at(
  moment: { year: number; month: number; day: number; hour: number },
  timeZone: string,
): number {
  return zonedToUtc(moment.year, moment.month, moment.day, moment.hour, 0, 0, timeZone);
}

/** 07:00 on the next Monday-to-Friday after the day of `ms`, in the spreadsheet's zone. */
export function nextSchoolDay(ms: number, timeZone: string): number {
  const today = zonedFields(ms, timeZone);
  for (let step = 1; step <= 7; step += 1) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + step));
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) {
      return zonedToUtc(
        date.getUTCFullYear(),
        date.getUTCMonth() + 1,
        date.getUTCDate(),
        REMINDER_HOUR,
        0,
        0,
        timeZone,
      );
    }
  }
  throw new Error('unreachable: a week always has a weekday');
}

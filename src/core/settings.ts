/**
 * The Settings tab: one setting per row (Setting | Value | What it means), then a holiday table
 * under a "Holiday starts | Holiday ends | Name" header. The SENCO edits the Value column.
 */
import { normalise } from './census';
import { cellToIsoDate } from './dates';
import { asSheetText } from './sheetText';
import type { Cell, Grid, PupilIdentifier, Settings } from './types';

export const DEFAULT_SETTINGS: Settings = {
  schoolName: '',
  sencoName: '',
  sencoEmail: '',
  pupilIdentifier: 'initials',
  reminderDays: 2,
  escalationDays: 5,
  reminderHour: 7,
  emailDomain: '',
  allowOutsideDomain: false,
  holidays: [],
  registerTab: '',
};

type Key = Exclude<keyof Settings, 'holidays'>;

/** Labels as the SENCO sees them, in tab order, with the help text written beside each. */
export const SETTING_ROWS: readonly { key: Key; label: string; help: string }[] = [
  { key: 'schoolName', label: 'School name', help: 'Shown at the start of every email subject.' },
  { key: 'sencoName', label: 'SENCO name', help: 'Who emails say the task is from.' },
  { key: 'sencoEmail', label: 'SENCO email', help: 'Receives escalations and the weekly summary.' },
  {
    key: 'pupilIdentifier',
    label: 'Pupil identifier in emails',
    help: 'initials, id or full name. Initials keep pupil details out of inboxes.',
  },
  {
    key: 'reminderDays',
    label: 'Reminder days',
    help: 'School days before the due date that a reminder goes out.',
  },
  {
    key: 'escalationDays',
    label: 'Escalate after (school days overdue)',
    help: 'Overdue tasks older than this are listed to the SENCO.',
  },
  { key: 'reminderHour', label: 'Reminder hour', help: 'Hour of the day (0–23) the daily reminders run.' },
  {
    key: 'emailDomain',
    label: 'Email domain',
    help: 'Only addresses at this domain receive notices, e.g. school.org.uk.',
  },
  {
    key: 'allowOutsideDomain',
    label: 'Allow addresses outside the domain',
    help: 'yes or no. Leave as no unless staff use other addresses.',
  },
  { key: 'registerTab', label: 'Register tab', help: 'The tab that holds the SEND register.' },
];

export const HOLIDAY_HEADERS = ['Holiday starts', 'Holiday ends', 'Name'] as const;

function readIdentifier(value: string): PupilIdentifier {
  const text = normalise(value);
  if (text === 'id' || text === 'pupil id' || text === 'register id') return 'id';
  if (text === 'full name' || text === 'name' || text === 'full names') return 'full name';
  return 'initials';
}

function readNumber(value: string, fallback: number, min: number, max: number): number {
  const number = Number(value);
  return value.trim() !== '' && Number.isInteger(number) && number >= min && number <= max
    ? number
    : fallback;
}

function readYes(value: Cell | undefined): boolean {
  return value === true || ['yes', 'y', 'true', 'allow'].includes(normalise(String(value ?? '')));
}

export function readSettings(grid: Grid, timeZone: string): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, holidays: [] };
  const byLabel = new Map(SETTING_ROWS.map((row) => [normalise(row.label), row.key]));
  let inHolidays = false;
  for (const row of grid) {
    const first = normalise(String(row[0] ?? ''));
    if (first === normalise(HOLIDAY_HEADERS[0])) {
      inHolidays = true;
      continue;
    }
    if (inHolidays) {
      const start = cellToIsoDate(row[0], timeZone);
      const end = cellToIsoDate(row[1], timeZone);
      // Dates compare as text. A missing or reversed end date makes a one-day holiday.
      if (start !== '') settings.holidays.push({ start, end: end.localeCompare(start) > 0 ? end : start });
      continue;
    }
    const key = byLabel.get(first);
    if (!key) continue;
    const raw = row[1];
    const value = String(raw ?? '').trim();
    switch (key) {
      case 'pupilIdentifier':
        settings.pupilIdentifier = readIdentifier(value);
        break;
      case 'reminderDays':
        settings.reminderDays = readNumber(value, DEFAULT_SETTINGS.reminderDays, 0, 20);
        break;
      case 'escalationDays':
        settings.escalationDays = readNumber(value, DEFAULT_SETTINGS.escalationDays, 1, 60);
        break;
      case 'reminderHour':
        settings.reminderHour = readNumber(value, DEFAULT_SETTINGS.reminderHour, 0, 23);
        break;
      case 'allowOutsideDomain':
        settings.allowOutsideDomain = readYes(raw);
        break;
      case 'emailDomain':
        settings.emailDomain = value.replace(/^@/, '').toLowerCase();
        break;
      case 'schoolName':
      case 'sencoName':
      case 'sencoEmail':
      case 'registerTab':
        settings[key] = value;
        break;
      default:
        key satisfies never;
    }
  }
  return settings;
}

/** A setting as written to its cell: text is guarded so a tab named "2026-27" stays text. */
function valueCell(settings: Settings, key: Key): string | number {
  const value = settings[key];
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'string' ? asSheetText(value) : value;
}

/** The rows of a fresh Settings tab (labels, current values, help), then the holiday table. */
export function settingsGrid(settings: Settings): Grid {
  const rows: Grid = [['Setting', 'Value', 'What it means']];
  for (const row of SETTING_ROWS) rows.push([row.label, valueCell(settings, row.key), row.help]);
  rows.push(['', '', ''], [...HOLIDAY_HEADERS]);
  for (const holiday of settings.holidays) rows.push([holiday.start, holiday.end, '']);
  return rows;
}

/** Labels missing from an existing Settings tab, as rows to insert above the holiday table. */
export function missingSettingRows(grid: Grid, settings: Settings): Grid {
  const present = new Set(grid.map((row) => normalise(String(row[0] ?? ''))));
  return SETTING_ROWS.filter((row) => !present.has(normalise(row.label))).map((row) => [
    row.label,
    valueCell(settings, row.key),
    row.help,
  ]);
}

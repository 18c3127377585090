import {
  DEFAULT_SETTINGS,
  HOLIDAY_HEADERS,
  missingSettingRows,
  readSettings,
  SETTING_ROWS,
  settingsGrid,
} from '../../src/core/settings';
import type { Grid } from '../../src/core/types';
import { someSettings } from './fixtures';

const LONDON = 'Europe/London';

function grid(values: Record<string, string | number | boolean>): Grid {
  return [
    ['Setting', 'Value', 'What it means'],
    ...Object.entries(values).map(([label, value]) => [label, value, '']),
  ];
}

describe('readSettings', () => {
  it('gives the defaults for an empty tab', () => {
    const settings = readSettings([], LONDON);

    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it('reads each setting by its label, whatever the case', () => {
    const settings = readSettings(
      grid({
        'school name': 'Oak Lane Primary',
        'SENCO NAME': 'Sam Patel',
        'SENCO email': 'senco@example.sch.uk',
        'Register tab': 'SEND Register 2026-27',
      }),
      LONDON,
    );

    expect(settings).toMatchObject({
      schoolName: 'Oak Lane Primary',
      sencoName: 'Sam Patel',
      sencoEmail: 'senco@example.sch.uk',
      registerTab: 'SEND Register 2026-27',
    });
  });

  it('reads the pupil identifier from the words people use', () => {
    const identifiers = ['Pupil ID', 'full name', 'Initials', 'nonsense'].map(
      (value) => readSettings(grid({ 'Pupil identifier in emails': value }), LONDON).pupilIdentifier,
    );

    expect(identifiers).toEqual(['id', 'full name', 'initials', 'initials']);
  });

  it('reads whole numbers within range and falls back to the default otherwise', () => {
    const days = [3, '4', '', 'two', 2.5, 99].map(
      (value) => readSettings(grid({ 'Reminder days': value }), LONDON).reminderDays,
    );

    expect(days).toEqual([3, 4, 2, 2, 2, 2]);
  });

  it('reads the escalation days', () => {
    const settings = readSettings(grid({ 'Escalate after (school days overdue)': 8 }), LONDON);

    expect(settings.escalationDays).toBe(8);
  });

  it('reads the email domain without an @ and in lower case', () => {
    const settings = readSettings(grid({ 'Email domain': '@Example.SCH.uk' }), LONDON);

    expect(settings.emailDomain).toBe('example.sch.uk');
  });

  it('reads yes, a tick or "allow" as allowing outside addresses', () => {
    const answers = ['yes', true, 'Allow', 'no', ''].map(
      (value) =>
        readSettings(grid({ 'Allow addresses outside the domain': value }), LONDON).allowOutsideDomain,
    );

    expect(answers).toEqual([true, true, true, false, false]);
  });

  it('reads holidays from date cells and text, in the spreadsheet’s time zone', () => {
    const rows: Grid = [
      [...HOLIDAY_HEADERS],
      [new Date('2027-07-21T23:00:00Z'), new Date('2027-08-31T23:00:00Z'), 'Summer'],
      ['21/12/2026', '1 Jan 2027', 'Christmas'],
    ];

    const settings = readSettings(rows, LONDON);

    expect(settings.holidays).toEqual([
      { start: '2027-07-22', end: '2027-09-01' },
      { start: '2026-12-21', end: '2027-01-01' },
    ]);
  });

  it('reads a holiday with no end, or an end before its start, as one day', () => {
    const rows: Grid = [
      [...HOLIDAY_HEADERS],
      ['2027-05-03', '', 'May Day'],
      ['2027-05-31', '2027-05-28', 'typo'],
    ];

    const settings = readSettings(rows, LONDON);

    expect(settings.holidays).toEqual([
      { start: '2027-05-03', end: '2027-05-03' },
      { start: '2027-05-31', end: '2027-05-31' },
    ]);
  });

  it('skips holiday rows with no start date', () => {
    const rows: Grid = [[...HOLIDAY_HEADERS], ['', '2027-05-03', ''], ['soon', '', '']];

    const settings = readSettings(rows, LONDON);

    expect(settings.holidays).toEqual([]);
  });
});

describe('settingsGrid', () => {
  it('reads back as the settings it was made from, holidays included', () => {
    const settings = someSettings({
      pupilIdentifier: 'id',
      reminderDays: 3,
      escalationDays: 7,
      reminderHour: 6,
      allowOutsideDomain: true,
      registerTab: 'SEND Register 2026-27',
      holidays: [
        { start: '2026-10-26', end: '2026-10-30' },
        { start: '2027-05-03', end: '2027-05-03' },
      ],
    });

    const roundTrip = readSettings(settingsGrid(settings), LONDON);

    expect(roundTrip).toEqual(settings);
  });

  it('has a header, a row per setting with its help text, a gap and the holiday table', () => {
    const rows = settingsGrid(DEFAULT_SETTINGS);

    expect(rows[0]).toEqual(['Setting', 'Value', 'What it means']);
    expect(rows).toHaveLength(1 + SETTING_ROWS.length + 2);
    expect(rows[rows.length - 1]).toEqual([...HOLIDAY_HEADERS]);
    expect(rows.slice(1, -2).every((row) => String(row[2]).length > 0)).toBe(true);
  });

  it('writes yes or no for a switch', () => {
    const rows = settingsGrid(someSettings({ allowOutsideDomain: false }));

    expect(rows).toContainEqual(['Allow addresses outside the domain', 'no', expect.any(String)]);
  });

  it('guards text that Sheets would turn into a date, such as a tab named "2026-27"', () => {
    const rows = settingsGrid(someSettings({ registerTab: '2026-27' }));

    expect(rows).toContainEqual(['Register tab', "'2026-27", expect.any(String)]);
  });
});

describe('missingSettingRows', () => {
  it('lists the settings an older tab lacks, with current values', () => {
    const existing = grid({ 'School name': 'Oak Lane Primary', 'SENCO name': '', 'SENCO email': '' });

    const rows = missingSettingRows(existing, someSettings());

    expect(rows.map((row) => row[0])).toEqual(SETTING_ROWS.slice(3).map((row) => row.label));
    expect(rows[0]).toEqual(['Pupil identifier in emails', 'initials', expect.any(String)]);
  });

  it('lists nothing for a complete tab', () => {
    const rows = missingSettingRows(settingsGrid(DEFAULT_SETTINGS), DEFAULT_SETTINGS);

    expect(rows).toEqual([]);
  });
});

import {
  academicYearStart,
  addSchoolDays,
  isSchoolDay,
  nextSchoolDay,
  schoolCalendar,
  schoolDaysBetween,
  startOfWeek,
  termStart,
} from '../../src/core/schoolDays';
import { HOLIDAYS_2026_27 } from './fixtures';

const NONE: { start: string; end: string }[] = [];

describe('isSchoolDay', () => {
  it('counts a Monday to Friday as a school day', () => {
    const days = ['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15'];

    const answers = days.map((day) => isSchoolDay(day, NONE));

    expect(answers).toEqual([true, true, true, true, true]);
  });

  it('does not count Saturday or Sunday', () => {
    const weekend = ['2027-01-16', '2027-01-17'];

    const answers = weekend.map((day) => isSchoolDay(day, NONE));

    expect(answers).toEqual([false, false]);
  });

  it('does not count the first, a middle or the last day of a holiday', () => {
    const days = ['2026-10-26', '2026-10-28', '2026-10-30'];

    const answers = days.map((day) => isSchoolDay(day, HOLIDAYS_2026_27));

    expect(answers).toEqual([false, false, false]);
  });

  it('counts the days either side of a holiday', () => {
    const days = ['2026-10-23', '2026-11-02'];

    const answers = days.map((day) => isSchoolDay(day, HOLIDAYS_2026_27));

    expect(answers).toEqual([true, true]);
  });

  it('does not count a one-day bank holiday', () => {
    const mayDay = '2027-05-03';

    const answer = isSchoolDay(mayDay, HOLIDAYS_2026_27);

    expect(answer).toBe(false);
  });

  it('understands holidays listed out of order and overlapping', () => {
    const holidays = [
      { start: '2027-02-17', end: '2027-02-19' },
      { start: '2027-02-15', end: '2027-02-17' },
    ];

    const answers = ['2027-02-15', '2027-02-18', '2027-02-22'].map((day) => isSchoolDay(day, holidays));

    expect(answers).toEqual([false, false, true]);
  });

  it('ignores a holiday whose end is before its start', () => {
    const holidays = [{ start: '2027-01-15', end: '2027-01-11' }];

    const answer = isSchoolDay('2027-01-13', holidays);

    expect(answer).toBe(true);
  });
});

describe('schoolDaysBetween', () => {
  it('counts the days after the first date up to and including the second', () => {
    const count = schoolDaysBetween('2027-01-11', '2027-01-15', NONE);

    expect(count).toBe(4);
  });

  it('is 0 when the second date is not after the first', () => {
    const counts = [
      schoolDaysBetween('2027-01-15', '2027-01-15', NONE),
      schoolDaysBetween('2027-01-15', '2027-01-11', NONE),
    ];

    expect(counts).toEqual([0, 0]);
  });

  it('skips a weekend: Friday to Monday is one school day', () => {
    const count = schoolDaysBetween('2027-01-15', '2027-01-18', NONE);

    expect(count).toBe(1);
  });

  it('is 0 from Friday to Sunday', () => {
    const count = schoolDaysBetween('2027-01-15', '2027-01-17', NONE);

    expect(count).toBe(0);
  });

  it('skips a half-term week', () => {
    const count = schoolDaysBetween('2026-10-23', '2026-11-02', HOLIDAYS_2026_27);

    expect(count).toBe(1);
  });

  it('skips a bank-holiday Monday', () => {
    const count = schoolDaysBetween('2027-04-30', '2027-05-04', HOLIDAYS_2026_27);

    expect(count).toBe(1);
  });

  it('counts across a year boundary with the Christmas holiday', () => {
    const count = schoolDaysBetween('2026-12-18', '2027-01-05', HOLIDAYS_2026_27);

    expect(count).toBe(2);
  });

  it('counts across the end of February in a leap year', () => {
    const count = schoolDaysBetween('2028-02-28', '2028-03-01', NONE);

    expect(count).toBe(2);
  });

  it('counts only the part of a holiday inside the range', () => {
    const count = schoolDaysBetween('2026-12-23', '2027-01-04', HOLIDAYS_2026_27);

    expect(count).toBe(1);
  });

  it('agrees with counting day by day over a whole year', () => {
    const calendar = schoolCalendar(HOLIDAYS_2026_27);
    const from = '2026-08-20';
    const tos: string[] = [];
    for (let day = new Date('2026-08-20T00:00Z'); tos.length < 400; day.setUTCDate(day.getUTCDate() + 1))
      tos.push(day.toISOString().slice(0, 10));

    let walked = 0;
    const mismatches = tos.filter((to, index) => {
      if (index > 0 && calendar.isSchoolDay(to)) walked += 1;
      return calendar.schoolDaysBetween(from, to) !== walked;
    });

    expect(mismatches).toEqual([]);
  });
});

describe('addSchoolDays', () => {
  it('returns the date itself for 0 days, even on a weekend', () => {
    const result = addSchoolDays('2027-01-16', 0, NONE);

    expect(result).toBe('2027-01-16');
  });

  it('moves within a week', () => {
    const result = addSchoolDays('2027-01-11', 3, NONE);

    expect(result).toBe('2027-01-14');
  });

  it('jumps a weekend', () => {
    const result = addSchoolDays('2027-01-15', 1, NONE);

    expect(result).toBe('2027-01-18');
  });

  it('starting on a Saturday, the first school day is Monday', () => {
    const result = addSchoolDays('2027-01-16', 1, NONE);

    expect(result).toBe('2027-01-18');
  });

  it('jumps a half-term holiday', () => {
    const result = addSchoolDays('2026-10-22', 2, HOLIDAYS_2026_27);

    expect(result).toBe('2026-11-02');
  });

  it('jumps the Christmas holiday into the new year', () => {
    const result = addSchoolDays('2026-12-18', 1, HOLIDAYS_2026_27);

    expect(result).toBe('2027-01-04');
  });

  it('jumps a bank-holiday Monday', () => {
    const result = addSchoolDays('2027-04-30', 1, HOLIDAYS_2026_27);

    expect(result).toBe('2027-05-04');
  });

  it('crosses a month end', () => {
    const result = addSchoolDays('2027-02-26', 1, NONE);

    expect(result).toBe('2027-03-01');
  });

  it('is the inverse of schoolDaysBetween', () => {
    const calendar = schoolCalendar(HOLIDAYS_2026_27);

    const counts = [1, 5, 10, 30, 100].map((n) =>
      calendar.schoolDaysBetween('2026-10-20', calendar.addSchoolDays('2026-10-20', n)),
    );

    expect(counts).toEqual([1, 5, 10, 30, 100]);
  });

  it('rejects a negative or fractional number of days', () => {
    const calls = [() => addSchoolDays('2027-01-11', -1, NONE), () => addSchoolDays('2027-01-11', 1.5, NONE)];

    for (const call of calls) expect(call).toThrow(RangeError);
  });
});

describe('nextSchoolDay', () => {
  it('is tomorrow on a Monday', () => {
    const result = nextSchoolDay('2027-01-11', NONE);

    expect(result).toBe('2027-01-12');
  });

  it('is Tuesday after a bank-holiday Monday', () => {
    const result = nextSchoolDay('2027-05-01', HOLIDAYS_2026_27);

    expect(result).toBe('2027-05-04');
  });

  it('is Monday 3 Jan after Friday 31 Dec', () => {
    const result = nextSchoolDay('2027-12-31', NONE);

    expect(result).toBe('2028-01-03');
  });
});

describe('startOfWeek', () => {
  it('is the day itself on a Monday', () => {
    const monday = startOfWeek('2027-01-11');

    expect(monday).toBe('2027-01-11');
  });

  it('is the Monday before for a Sunday', () => {
    const monday = startOfWeek('2027-01-17');

    expect(monday).toBe('2027-01-11');
  });

  it('crosses back into the previous month and year', () => {
    const monday = startOfWeek('2027-01-01');

    expect(monday).toBe('2026-12-28');
  });
});

describe('academicYearStart', () => {
  it('is 1 September of the same year from September on', () => {
    const start = academicYearStart('2026-09-01');

    expect(start).toBe('2026-09-01');
  });

  it('is 1 September of the year before until August', () => {
    const start = academicYearStart('2027-08-31');

    expect(start).toBe('2026-09-01');
  });
});

describe('termStart', () => {
  it('is the day after the latest holiday that ended before today', () => {
    const start = termStart('2027-01-15', HOLIDAYS_2026_27);

    expect(start).toBe('2027-01-02');
  });

  it('ignores a holiday that has not ended yet', () => {
    const start = termStart('2026-12-22', HOLIDAYS_2026_27);

    expect(start).toBe('2026-10-31');
  });

  it('is today when the holiday ended yesterday', () => {
    const start = termStart('2026-10-31', HOLIDAYS_2026_27);

    expect(start).toBe('2026-10-31');
  });

  it('is the day after a one-day bank holiday', () => {
    const start = termStart('2027-05-10', HOLIDAYS_2026_27);

    expect(start).toBe('2027-05-04');
  });

  it('is 1 September when no holidays are known', () => {
    const start = termStart('2027-01-15', NONE);

    expect(start).toBe('2026-09-01');
  });

  it('is the day after a summer holiday that ran into September', () => {
    const start = termStart('2027-10-05', HOLIDAYS_2026_27);

    expect(start).toBe('2027-09-02');
  });

  it('is 1 September when the only holidays known are from last school year', () => {
    const start = termStart('2026-10-05', [{ start: '2026-04-01', end: '2026-04-12' }]);

    expect(start).toBe('2026-09-01');
  });
});

describe('firstSchoolDayOfWeek', () => {
  it('is Monday in an ordinary week', () => {
    const first = schoolCalendar(NONE).firstSchoolDayOfWeek('2027-01-14');

    expect(first).toBe('2027-01-11');
  });

  it('is Tuesday after a bank-holiday Monday', () => {
    const first = schoolCalendar(HOLIDAYS_2026_27).firstSchoolDayOfWeek('2027-05-06');

    expect(first).toBe('2027-05-04');
  });

  it('is null in a holiday week', () => {
    const first = schoolCalendar(HOLIDAYS_2026_27).firstSchoolDayOfWeek('2026-10-28');

    expect(first).toBeNull();
  });
});

describe('schoolCalendar', () => {
  it('tells a holiday from a weekend', () => {
    const calendar = schoolCalendar(HOLIDAYS_2026_27);

    const answers = [calendar.isHoliday('2027-05-03'), calendar.isHoliday('2027-05-08')];

    expect(answers).toEqual([true, false]);
  });

  it('answers 20,000 questions quickly', () => {
    const calendar = schoolCalendar(HOLIDAYS_2026_27);
    const started = performance.now();

    let total = 0;
    for (let i = 0; i < 20_000; i++) total += calendar.schoolDaysBetween('2026-09-02', '2027-07-21');

    expect(total).toBe(20_000 * calendar.schoolDaysBetween('2026-09-02', '2027-07-21'));
    expect(performance.now() - started).toBeLessThan(500);
  });
});

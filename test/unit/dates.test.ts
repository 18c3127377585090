import {
  addDays,
  cellToIsoDate,
  dayOfWeek,
  daysBetween,
  formatUkDate,
  formatUkDateWithDay,
  isIsoDate,
  isoDateInZone,
  isWeekend,
} from '../../src/core/dates';

const LONDON = 'Europe/London';

describe('isIsoDate', () => {
  it('accepts a real date written YYYY-MM-DD', () => {
    const answers = ['2027-01-15', '2028-02-29'].map(isIsoDate);

    expect(answers).toEqual([true, true]);
  });

  it('rejects a date that does not exist', () => {
    const answers = ['2027-02-30', '2027-02-29', '2027-13-01', '2027-00-10'].map(isIsoDate);

    expect(answers).toEqual([false, false, false, false]);
  });

  it('rejects other ways of writing a date', () => {
    const answers = ['15/01/2027', '2027-1-5', '2027-01-15T00:00', ''].map(isIsoDate);

    expect(answers).toEqual([false, false, false, false]);
  });
});

describe('formatUkDate', () => {
  it('writes a date the British way', () => {
    const text = formatUkDate('2027-01-15');

    expect(text).toBe('15 Jan 2027');
  });

  it('returns text that is not a date as it is', () => {
    const text = formatUkDate('soon');

    expect(text).toBe('soon');
  });
});

describe('formatUkDateWithDay', () => {
  it('adds the day of the week', () => {
    const text = formatUkDateWithDay('2027-01-15');

    expect(text).toBe('Fri 15 Jan 2027');
  });

  it('returns text that is not a date as it is', () => {
    const text = formatUkDateWithDay('2027-02-30');

    expect(text).toBe('2027-02-30');
  });
});

describe('addDays and daysBetween', () => {
  it('adds days across a month and a year end', () => {
    const dates = [addDays('2027-01-31', 1), addDays('2026-12-31', 1), addDays('2027-03-01', -1)];

    expect(dates).toEqual(['2027-02-01', '2027-01-01', '2027-02-28']);
  });

  it('ignores the clocks changing', () => {
    const date = addDays('2027-03-27', 2);

    expect(date).toBe('2027-03-29');
  });

  it('counts whole days, negative when the second date is earlier', () => {
    const counts = [daysBetween('2027-01-15', '2027-01-18'), daysBetween('2027-01-18', '2027-01-15')];

    expect(counts).toEqual([3, -3]);
  });
});

describe('dayOfWeek and isWeekend', () => {
  it('numbers days from Sunday', () => {
    const days = ['2027-01-17', '2027-01-18', '2027-01-16'].map(dayOfWeek);

    expect(days).toEqual([0, 1, 6]);
  });

  it('knows Saturday and Sunday are the weekend', () => {
    const answers = ['2027-01-15', '2027-01-16', '2027-01-17'].map(isWeekend);

    expect(answers).toEqual([false, true, true]);
  });
});

describe('isoDateInZone', () => {
  it('gives the London date of a late-evening instant in summer time', () => {
    const date = isoDateInZone(new Date('2027-03-31T23:30:00Z'), LONDON);

    expect(date).toBe('2027-04-01');
  });

  it('keeps answering correctly after remembering many instants', () => {
    const start = Date.UTC(2027, 2, 31, 23, 30);
    const instants = Array.from({ length: 10_050 }, (_, i) => new Date(start - i * 60_000));

    const dates = instants.map((instant) => isoDateInZone(instant, LONDON));

    expect(dates[0]).toBe('2027-04-01');
    expect(dates[10_049]).toBe('2027-03-25');
    expect(isoDateInZone(instants[0]!, LONDON)).toBe('2027-04-01');
  });

  it('gives the same date in winter, when London is on UTC', () => {
    const date = isoDateInZone(new Date('2026-12-04T23:30:00Z'), LONDON);

    expect(date).toBe('2026-12-04');
  });
});

describe('cellToIsoDate', () => {
  it('reads a Date cell in the spreadsheet’s time zone: 23:30 UTC on 31 Mar in BST is 1 Apr', () => {
    const date = cellToIsoDate(new Date('2027-03-31T23:30:00Z'), LONDON);

    expect(date).toBe('2027-04-01');
  });

  it('reads a Date cell holding midnight London time in summer', () => {
    const date = cellToIsoDate(new Date('2027-06-14T23:00:00Z'), LONDON);

    expect(date).toBe('2027-06-15');
  });

  it('reads an invalid Date as no date', () => {
    const date = cellToIsoDate(new Date('nonsense'), LONDON);

    expect(date).toBe('');
  });

  it('reads ISO text as it is', () => {
    const date = cellToIsoDate('2027-01-15', LONDON);

    expect(date).toBe('2027-01-15');
  });

  it('reads day/month/year text the British way', () => {
    const dates = ['15/01/2027', '1/2/2027', '15.01.2027', '15-01-27'].map((cell) =>
      cellToIsoDate(cell, LONDON),
    );

    expect(dates).toEqual(['2027-01-15', '2027-02-01', '2027-01-15', '2027-01-15']);
  });

  it('reads a date written with the month in words', () => {
    const dates = ['15 Jan 2027', '15 January 2027', '3 sept. 2026'].map((cell) =>
      cellToIsoDate(cell, LONDON),
    );

    expect(dates).toEqual(['2027-01-15', '2027-01-15', '2026-09-03']);
  });

  it('reads impossible or unknown text as no date', () => {
    const dates = ['31/02/2027', '15 Foo 2027', 'next week', '', null, undefined].map((cell) =>
      cellToIsoDate(cell, LONDON),
    );

    expect(dates).toEqual(['', '', '', '', '', '']);
  });
});

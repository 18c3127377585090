import {
  isOpen,
  nextTaskIds,
  readStatus,
  readTaskLog,
  TASK_HEADERS,
  taskCell,
  taskColumns,
  taskRow,
} from '../../src/core/taskLog';
import type { Cell, Grid } from '../../src/core/types';
import { aTask } from './fixtures';

const LONDON = 'Europe/London';

/** Midnight in London on a calendar date, as Sheets stores a date typed into a cell. */
function londonMidnight(iso: string): Date {
  const utcMidnight = new Date(`${iso}T00:00:00Z`);
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, hour: 'numeric', hourCycle: 'h23' }).format(
      utcMidnight,
    ),
  );
  return new Date(utcMidnight.getTime() - hour * 3_600_000);
}

/** What getValues returns after setValues: guarded text loses its apostrophe, ISO dates become Dates. */
function storedBySheets(row: readonly Cell[]): Cell[] {
  return row.map((cell) => {
    if (typeof cell !== 'string') return cell;
    if (cell.startsWith("'")) return cell.slice(1);
    if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return londonMidnight(cell);
    return cell;
  });
}

const COLUMNS = taskColumns(TASK_HEADERS);

describe('taskColumns', () => {
  it('finds every field in a log written by the add-on', () => {
    const columns = taskColumns(TASK_HEADERS);

    expect(Object.keys(columns)).toHaveLength(TASK_HEADERS.length);
    expect(columns.id).toBe(0);
  });

  it('finds fields in columns a SENCO has moved, ignoring case', () => {
    const columns = taskColumns(['Notes', 'DUE', 'Extra', 'task id']);

    expect(columns).toEqual({ notes: 0, due: 1, id: 3 });
  });

  it('has an Escalated column at the end', () => {
    const last = TASK_HEADERS[TASK_HEADERS.length - 1];

    expect(last).toBe('Escalated');
  });
});

describe('readStatus', () => {
  it('reads statuses whatever their case or punctuation', () => {
    const statuses = ['done', 'IN PROGRESS', 'cant do', "Can't do", 'Cancelled'].map(readStatus);

    expect(statuses).toEqual(['Done', 'In progress', "Can't do", "Can't do", 'Cancelled']);
  });

  it('reads blank or unknown text as Not started', () => {
    const statuses = ['', 'Finished', undefined].map(readStatus);

    expect(statuses).toEqual(['Not started', 'Not started', 'Not started']);
  });
});

describe('taskCell', () => {
  it('writes calendar dates as YYYY-MM-DD for Sheets to turn into dates', () => {
    const cell = taskCell(aTask({ due: '2027-01-15' }), 'due');

    expect(cell).toBe('2027-01-15');
  });

  it('writes instants as Date objects', () => {
    const cell = taskCell(aTask({ created: '2027-01-04T09:00:00.000Z' }), 'created');

    expect(cell).toEqual(new Date('2027-01-04T09:00:00.000Z'));
  });

  it('guards text a person typed', () => {
    const cells = [taskCell(aTask({ title: '=1+1' }), 'title'), taskCell(aTask({ notes: '007' }), 'notes')];

    expect(cells).toEqual(["'=1+1", "'007"]);
  });

  it('writes minutes as a number', () => {
    const cell = taskCell(aTask({ minutes: 45 }), 'minutes');

    expect(cell).toBe(45);
  });

  it('writes empty fields as empty cells', () => {
    const cells = [
      taskCell(aTask({ completed: '' }), 'completed'),
      taskCell(aTask({ notifiedAt: '' }), 'notifiedAt'),
    ];

    expect(cells).toEqual(['', '']);
  });
});

describe('taskRow', () => {
  it('places each field in the log’s own column order', () => {
    const row = taskRow(aTask({ id: 'T-000009', notes: 'ok' }), { notes: 0, id: 2 }, 4);

    expect(row).toEqual(['ok', '', 'T-000009', '']);
  });
});

describe('readTaskLog', () => {
  it('reads back what taskRow wrote, once Sheets has stored it', () => {
    const task = aTask({
      id: 'T-000042',
      created: '2027-06-14T22:30:00.000Z',
      title: '=1+1',
      instructions: '+ bring the form',
      notes: '007',
      pupilLabel: "'quoted",
      due: '2027-06-15',
      status: 'Done',
      completed: '2027-06-14',
      notifiedAt: '2027-06-14T22:31:00.000Z',
      lastReminder: '2027-06-13',
      checkedBySenco: '',
      escalated: '2027-06-20',
      minutes: 45,
    });
    const grid: Grid = [TASK_HEADERS.slice(), storedBySheets(taskRow(task, COLUMNS, TASK_HEADERS.length))];

    const { tasks } = readTaskLog(grid, LONDON);

    expect(tasks).toEqual([{ ...task, row: 2 }]);
  });

  it('reads date cells as YYYY-MM-DD in the spreadsheet’s time zone', () => {
    const grid: Grid = [
      ['Task ID', 'Due', 'Completed'],
      ['T-000001', new Date('2027-03-31T23:30:00Z'), '15/01/2027'],
    ];

    const { tasks } = readTaskLog(grid, LONDON);

    expect([tasks[0]?.due, tasks[0]?.completed]).toEqual(['2027-04-01', '2027-01-15']);
  });

  it('reads instants as ISO text', () => {
    const grid: Grid = [
      ['Task ID', 'Created'],
      ['T-000001', new Date('2027-01-04T09:00:00Z')],
    ];

    const { tasks } = readTaskLog(grid, LONDON);

    expect(tasks[0]?.created).toBe('2027-01-04T09:00:00.000Z');
  });

  it('skips rows with no task id and numbers rows from the top of the tab', () => {
    const grid: Grid = [
      ['Task ID', 'Title'],
      ['', 'stray'],
      ['T-000002', 'Observation'],
    ];

    const { tasks } = readTaskLog(grid, LONDON);

    expect(tasks.map((t) => [t.id, t.row])).toEqual([['T-000002', 3]]);
  });

  it('reads minutes that are not a number as no estimate', () => {
    const grid: Grid = [
      ['Task ID', 'Minutes'],
      ['T-000001', 'about an hour'],
      ['T-000002', ''],
      ['T-000003', '30'],
    ];

    const { tasks } = readTaskLog(grid, LONDON);

    expect(tasks.map((t) => t.minutes)).toEqual(['', '', 30]);
  });

  it('reads a log missing columns with empty fields', () => {
    const grid: Grid = [['Task ID'], ['T-000001']];

    const { tasks } = readTaskLog(grid, LONDON);

    expect(tasks[0]).toMatchObject({ title: '', due: '', escalated: '', status: 'Not started', minutes: '' });
  });

  it('reads an empty tab as no tasks', () => {
    const { tasks } = readTaskLog([], LONDON);

    expect(tasks).toEqual([]);
  });
});

describe('nextTaskIds', () => {
  it('starts at T-000001', () => {
    const ids = nextTaskIds([], 2);

    expect(ids).toEqual(['T-000001', 'T-000002']);
  });

  it('continues after the highest id in use, ignoring ids of other shapes', () => {
    const ids = nextTaskIds([{ id: 'T-000009' }, { id: 'T-000041' }, { id: 'X-999999' }, { id: 'T-12' }], 1);

    expect(ids).toEqual(['T-000042']);
  });
});

describe('isOpen', () => {
  it('treats Not started, In progress and Can’t do as open', () => {
    const answers = (['Not started', 'In progress', "Can't do", 'Done', 'Cancelled'] as const).map(isOpen);

    expect(answers).toEqual([true, true, true, false, false]);
  });
});

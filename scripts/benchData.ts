/** Invented registers, staff lists and task logs of any size for the bench. */
import { TASK_HEADERS, taskColumns, taskRow } from '../src/core/taskLog';
import type { Cell, Grid, Task } from '../src/core/types';

const FORENAMES = [
  'Amara',
  'Leo',
  'Priya',
  'Tomasz',
  'Isla',
  'Ethan',
  'Zara',
  'Noah',
  'Ava',
  'Kai',
  'Maya',
  'Finn',
];
const SURNAMES = [
  'Okafor',
  'Brennan',
  'Shah',
  'Nowak',
  'McKenzie',
  'Clarke',
  'Ahmed',
  'Hughes',
  'Rivera',
  'Lund',
];
const STATUSES = ['K', 'K', 'E', 'N'];
const NEEDS = ['ASD', 'SEMH', 'SPLD', 'MLD', 'SLCN', 'HI'];

export function register(pupils: number): Grid {
  const rows: Grid = [
    ['Pupil ID', 'Surname', 'Forename', 'Year', 'Form', 'SEN status', 'Primary need', 'Key adult'],
  ];
  for (let i = 0; i < pupils; i++) {
    const year = (i % 11) + 1;
    const status = STATUSES[i % STATUSES.length] ?? 'K';
    rows.push([
      `P-${String(i + 1).padStart(5, '0')}`,
      SURNAMES[i % SURNAMES.length] ?? '',
      FORENAMES[(i * 7) % FORENAMES.length] ?? '',
      year,
      `${year}${'ABC'[i % 3]}`,
      status,
      status === 'N' ? '' : (NEEDS[i % NEEDS.length] ?? ''),
      '',
    ]);
  }
  return rows;
}

export function staff(count: number): Grid {
  const rows: Grid = [['Name', 'Email', 'Role', 'Active']];
  for (let i = 0; i < count; i++) {
    rows.push([`Staff Member${i + 1}`, `staff${i + 1}@example.school`, i % 3 === 0 ? 'Teacher' : 'TA', true]);
  }
  return rows;
}

/** A log of `count` tasks spread over `pupils` and `staffCount` people, due around `today`. */
export function taskLog(count: number, pupils: number, staffCount: number, today: Date): Grid {
  const columns = taskColumns(TASK_HEADERS);
  const rows: Grid = [[...TASK_HEADERS]];
  const day = 86_400_000;
  for (let i = 0; i < count; i++) {
    const due = new Date(today.getTime() + ((i % 40) - 20) * day).toISOString().slice(0, 10);
    const person = (i % staffCount) + 1;
    const done = i % 3 === 0;
    const task: Task = {
      id: `T-${String(i + 1).padStart(6, '0')}`,
      created: new Date(today.getTime() - 30 * day).toISOString(),
      pupilId: `P-${String((i % pupils) + 1).padStart(5, '0')}`,
      pupilLabel: 'Invented Pupil',
      taskType: 'pupil-voice',
      title: 'Collect pupil voice',
      instructions: 'Ask what helps.',
      assigneeEmail: `staff${person}@example.school`,
      assigneeName: `Staff Member${person}`,
      due,
      status: done ? 'Done' : 'Not started',
      completed: done ? due : '',
      notes: '',
      minutes: 30,
      requestId: `bench-${Math.floor(i / 10)}`,
      notifiedAt: new Date(today.getTime() - 30 * day).toISOString(),
      lastReminder: '',
      checkedBySenco: '',
      escalated: '',
    };
    // Cells as Sheets would hold them: dates as Date objects, not the text written.
    const row: Cell[] = taskRow(task, columns, TASK_HEADERS.length).map((cell) =>
      typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell,
    );
    rows.push(row);
  }
  return rows;
}

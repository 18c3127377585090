/**
 * The Tasks log: the source of truth, one row per (pupil, assignee) task. Columns are found by
 * header so a SENCO who adds or moves columns does not break it; rows are written in the log's
 * own column order.
 */
import { normalise } from './census';
import { cellToIsoDate } from './dates';
import { asSheetText } from './sheetText';
import { type Cell, type Grid, TASK_STATUSES, type Task, type TaskStatus } from './types';

export const TASK_COLUMNS = [
  ['id', 'Task ID'],
  ['created', 'Created'],
  ['pupilId', 'Pupil ID'],
  ['pupilLabel', 'Pupil'],
  ['taskType', 'Task type'],
  ['title', 'Title'],
  ['instructions', 'Instructions'],
  ['assigneeName', 'Assignee'],
  ['assigneeEmail', 'Assignee email'],
  ['due', 'Due'],
  ['status', 'Status'],
  ['completed', 'Completed'],
  ['notes', 'Notes'],
  ['minutes', 'Minutes'],
  ['requestId', 'Request ID'],
  ['notifiedAt', 'Notified at'],
  ['lastReminder', 'Last reminder'],
  ['checkedBySenco', 'Checked by SENCO'],
  ['escalated', 'Escalated'],
] as const satisfies readonly (readonly [keyof Task, string])[];

export type TaskField = (typeof TASK_COLUMNS)[number][0];
export const TASK_HEADERS: readonly string[] = TASK_COLUMNS.map(([, header]) => header);
const DATE_FIELDS = new Set<TaskField>(['due', 'completed', 'lastReminder', 'checkedBySenco', 'escalated']);
const INSTANT_FIELDS = new Set<TaskField>(['created', 'notifiedAt']);

/** Field → 0-based column in a log whose header row is given. Missing fields are absent. */
export type TaskColumns = Partial<Record<TaskField, number>>;

export function taskColumns(headers: readonly Cell[]): TaskColumns {
  const normalised = headers.map((header) => normalise(String(header)));
  const columns: TaskColumns = {};
  for (const [field, header] of TASK_COLUMNS) {
    const index = normalised.indexOf(normalise(header));
    if (index >= 0) columns[field] = index;
  }
  return columns;
}

export function readStatus(cell: Cell | undefined): TaskStatus {
  const text = normalise(String(cell ?? ''));
  return TASK_STATUSES.find((status) => normalise(status) === text) ?? 'Not started';
}

function instant(cell: Cell | undefined): string {
  if (cell instanceof Date) return cell.toISOString();
  return String(cell ?? '').trim();
}

export interface LoggedTask extends Task {
  /** 1-based row in the Tasks tab. */
  row: number;
}

export function readTaskLog(grid: Grid, timeZone: string): { tasks: LoggedTask[]; columns: TaskColumns } {
  const columns = taskColumns(grid[0] ?? []);
  const get = (row: readonly Cell[], field: TaskField): Cell | undefined => {
    const index = columns[field];
    return index === undefined ? undefined : row[index];
  };
  const str = (row: readonly Cell[], field: TaskField) => String(get(row, field) ?? '').trim();
  const date = (row: readonly Cell[], field: TaskField) => cellToIsoDate(get(row, field), timeZone);
  const tasks: LoggedTask[] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const id = str(row, 'id');
    if (id === '') continue;
    const minutes = Number(get(row, 'minutes'));
    tasks.push({
      id,
      created: instant(get(row, 'created')),
      pupilId: str(row, 'pupilId'),
      pupilLabel: str(row, 'pupilLabel'),
      taskType: str(row, 'taskType'),
      title: str(row, 'title'),
      instructions: str(row, 'instructions'),
      assigneeName: str(row, 'assigneeName'),
      assigneeEmail: str(row, 'assigneeEmail'),
      due: date(row, 'due'),
      status: readStatus(get(row, 'status')),
      completed: date(row, 'completed'),
      notes: str(row, 'notes'),
      minutes: str(row, 'minutes') !== '' && Number.isFinite(minutes) ? minutes : '',
      requestId: str(row, 'requestId'),
      notifiedAt: instant(get(row, 'notifiedAt')),
      lastReminder: date(row, 'lastReminder'),
      checkedBySenco: date(row, 'checkedBySenco'),
      escalated: date(row, 'escalated'),
      row: r + 1,
    });
  }
  return { tasks, columns };
}

/**
 * A task field as written to a cell: calendar dates as 'YYYY-MM-DD' text that Sheets turns into a
 * real date, instants as Date objects, everything a person typed guarded as literal text.
 */
export function taskCell(task: Task, field: TaskField): Cell {
  const value = task[field];
  if (value === '') return '';
  if (INSTANT_FIELDS.has(field)) return new Date(String(value));
  if (DATE_FIELDS.has(field) || typeof value === 'number') return value;
  return asSheetText(String(value));
}

/** A full row in the log's own column order (width = number of header cells). */
export function taskRow(task: Task, columns: TaskColumns, width: number): Cell[] {
  const row: Cell[] = new Array(width).fill('');
  for (const [field] of TASK_COLUMNS) {
    const index = columns[field];
    if (index !== undefined) row[index] = taskCell(task, field);
  }
  return row;
}

/** Next sequential ids after the highest "T-000123" in use. */
export function nextTaskIds(existing: readonly { id: string }[], count: number): string[] {
  const highest = existing.reduce((max, task) => {
    const match = /^T-(\d+)$/.exec(task.id);
    return match ? Math.max(max, Number(match[1])) : max;
  }, 0);
  return Array.from({ length: count }, (_, i) => `T-${String(highest + i + 1).padStart(6, '0')}`);
}

export function isOpen(status: TaskStatus): boolean {
  return status === 'Not started' || status === 'In progress' || status === "Can't do";
}

/**
 * One tab per assignee ("Tasks – J Smith"): their tasks with minimal pupil detail. They edit only
 * Status and Notes; those edits flow back into the Tasks log by task id.
 */
import { normalise } from './census';
import { addDays } from './dates';
import { asSheetText } from './sheetText';
import { shortName } from './staff';
import { readStatus } from './taskLog';
import {
  ASSIGNEE_STATUSES,
  type Cell,
  type Grid,
  type StaffMember,
  type Task,
  type TaskStatus,
} from './types';

export const ASSIGNEE_HEADERS = [
  'Task ID',
  'Pupil',
  'Task',
  'Instructions',
  'Due',
  'Status',
  'Notes',
] as const;
export const STATUS_COLUMN = ASSIGNEE_HEADERS.indexOf('Status') + 1;
export const NOTES_COLUMN = ASSIGNEE_HEADERS.indexOf('Notes') + 1;
export const TAB_PREFIX = 'Tasks – ';
/** Done tasks stay visible this many days so an assignee sees their tick land. */
const DONE_VISIBLE_DAYS = 14;

/** Tab names for every staff member, unique even when two people share initials and surname. */
export function assigneeTabNames(staff: readonly StaffMember[]): Map<string, string> {
  const short = staff.map((member) => shortName(member.name));
  const names = new Map<string, string>();
  staff.forEach((member, index) => {
    const candidate = short[index] ?? member.name;
    // Sheets treats tab names that differ only in case as the same name.
    const clash = short.filter((name) => name.toLowerCase() === candidate.toLowerCase()).length > 1;
    const label = clash ? `${member.name} (${member.email.split('@')[0]})` : candidate;
    // Sheet names are limited to 100 characters and may not contain these.
    names.set(member.email.toLowerCase(), `${TAB_PREFIX}${label}`.replace(/[[\]*?:/\\]/g, ' ').slice(0, 100));
  });
  return names;
}

export function isAssigneeTab(name: string): boolean {
  return name.startsWith(TAB_PREFIX);
}

/** What the assignee sees: open tasks, and done ones for two weeks, soonest due first. */
export function assigneeRows(tasks: readonly Task[], today: string): Grid {
  const since = addDays(today, -DONE_VISIBLE_DAYS);
  return tasks
    .filter(
      (task) => task.status !== 'Cancelled' && (task.status !== 'Done' || (task.completed || today) >= since),
    )
    .sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id))
    .map((task) => [
      task.id,
      asSheetText(task.pupilLabel),
      asSheetText(task.title),
      asSheetText(task.instructions),
      task.due,
      task.status,
      asSheetText(task.notes),
    ]);
}

export interface AssigneeEdit {
  taskId: string;
  status: string;
  notes: string;
  /** 1-based row in the tab. */
  row: number;
}

export function readAssigneeEdits(grid: Grid): AssigneeEdit[] {
  const headers = (grid[0] ?? []).map((cell) => normalise(String(cell)));
  const idCol = headers.indexOf('task id');
  const statusCol = headers.indexOf('status');
  const notesCol = headers.indexOf('notes');
  if (idCol < 0) return [];
  const edits: AssigneeEdit[] = [];
  grid.slice(1).forEach((row, index) => {
    const taskId = String(row[idCol] ?? '').trim();
    if (taskId === '') return;
    edits.push({
      taskId,
      status: statusCol < 0 ? '' : String(row[statusCol] ?? '').trim(),
      notes: notesCol < 0 ? '' : String(row[notesCol] ?? '').trim(),
      row: index + 2,
    });
  });
  return edits;
}

export interface TaskChange {
  taskId: string;
  status: TaskStatus;
  notes: string;
  completed: string;
}

export interface MergeResult {
  changes: TaskChange[];
  problems: string[];
}

function validStatus(text: string): TaskStatus | null {
  const status = readStatus(text);
  const known = (ASSIGNEE_STATUSES as readonly string[]).some((s) => normalise(s) === normalise(text));
  return known || text === '' ? status : null;
}

/**
 * Folds edits typed in assignee tabs into the log. A task id that is unknown, belongs to someone
 * else, was cancelled, or appears twice with different values is reported and left alone.
 */
export function mergeAssigneeEdits(
  log: readonly Task[],
  tabs: readonly { tab: string; email: string; edits: readonly AssigneeEdit[] }[],
  today: string,
): MergeResult {
  const byId = new Map(log.map((task) => [task.id, task]));
  const proposals = new Map<string, { change: TaskChange; where: string }>();
  const conflicted = new Set<string>();
  const problems: string[] = [];
  for (const { tab, email, edits } of tabs) {
    for (const edit of edits) {
      const where = `"${tab}" row ${edit.row}`;
      const task = byId.get(edit.taskId);
      if (!task) {
        problems.push(`${where}: task ${edit.taskId} is not in the Tasks log; left as it is.`);
        continue;
      }
      if (task.assigneeEmail.toLowerCase() !== email.toLowerCase()) {
        problems.push(
          `${where}: task ${edit.taskId} is assigned to ${task.assigneeName}; the edit was not copied.`,
        );
        continue;
      }
      const status = validStatus(edit.status);
      if (status === null) {
        problems.push(`${where}: "${edit.status}" is not a status; choose one from the list.`);
        continue;
      }
      if (task.status === 'Cancelled') continue;
      const completed = status === 'Done' ? task.completed || today : '';
      const change: TaskChange = { taskId: task.id, status, notes: edit.notes, completed };
      const earlier = proposals.get(task.id);
      if (earlier && (earlier.change.status !== status || earlier.change.notes !== edit.notes)) {
        problems.push(
          `Task ${task.id} has different edits in ${earlier.where} and ${where}; neither was copied.`,
        );
        conflicted.add(task.id);
        continue;
      }
      proposals.set(task.id, { change, where });
    }
  }
  // An unchanged row still takes part above, so a differing duplicate of it counts as a conflict.
  const changes = [...proposals.values()]
    .map((p) => p.change)
    .filter((c) => !conflicted.has(c.taskId))
    .filter((c) => {
      const task = byId.get(c.taskId);
      return task !== undefined && (c.status !== task.status || c.notes !== task.notes);
    });
  return { changes, problems };
}

export function cellsFor(change: TaskChange): Record<'status' | 'notes' | 'completed', Cell> {
  return { status: change.status, notes: asSheetText(change.notes), completed: change.completed };
}

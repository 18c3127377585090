/**
 * Keeps assignee tabs and the Tasks log in step: first copies Status/Notes typed in a tab into the
 * log, then rewrites the tab from the log, so regenerating a tab never loses a note.
 */
import {
  type AssigneeEdit,
  assigneeRows,
  assigneeTabNames,
  cellsFor,
  mergeAssigneeEdits,
  NOTES_COLUMN,
  readAssigneeEdits,
  STATUS_COLUMN,
  type TaskChange,
} from '../core/assigneeTab';
import { asSheetText } from '../core/sheetText';
import type { TaskField } from '../core/taskLog';
import type { Cell, StaffMember } from '../core/types';
import { ASSIGNEE_LAYOUT, TASKS_TAB } from './layouts';
import type { TaskLog } from './load';
import type { Ports, WorkbookPort } from './ports';

export interface SyncOutcome {
  changed: string[];
  problems: string[];
}

/** Writes changes into the log: per field, one block spanning the changed rows. */
function writeChanges(workbook: WorkbookPort, log: TaskLog, changes: readonly TaskChange[]): void {
  if (changes.length === 0) return;
  const rowOf = new Map(log.tasks.map((task) => [task.id, task.row]));
  const byRow = new Map(changes.map((change) => [rowOf.get(change.taskId) ?? 0, change]));
  const rows = [...byRow.keys()].filter((row) => row > 0);
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  for (const field of ['status', 'notes', 'completed'] as const satisfies readonly TaskField[]) {
    const column = log.columns[field];
    if (column === undefined) continue;
    const block: Cell[][] = [];
    for (let row = first; row <= last; row++) {
      const change = byRow.get(row);
      const current = log.grid[row - 1]?.[column] ?? '';
      // Cells we did not change are written back as read, text guarded so "007" stays text.
      block.push([
        change ? cellsFor(change)[field] : typeof current === 'string' ? asSheetText(current) : current,
      ]);
    }
    workbook.write(TASKS_TAB, first, column + 1, block);
  }
  for (const change of changes) {
    const task = log.tasks.find((t) => t.id === change.taskId);
    if (task)
      Object.assign(task, { status: change.status, notes: change.notes, completed: change.completed });
  }
}

/** Copies assignee edits for the given people (all when omitted) into the log. */
export function pullAssigneeEdits(
  ports: Ports,
  log: TaskLog,
  staff: readonly StaffMember[],
  today: string,
  emails?: readonly string[],
): SyncOutcome {
  const { workbook } = ports;
  const tabNames = assigneeTabNames(staff);
  const existing = new Set(workbook.tabNames());
  const wanted = emails ? new Set(emails.map((email) => email.toLowerCase())) : null;
  const tabs: { tab: string; email: string; edits: AssigneeEdit[] }[] = [];
  for (const [email, tab] of tabNames) {
    if ((wanted && !wanted.has(email)) || !existing.has(tab)) continue;
    tabs.push({ tab, email, edits: readAssigneeEdits(workbook.readTab(tab)) });
  }
  const { changes, problems } = mergeAssigneeEdits(log.tasks, tabs, today);
  writeChanges(workbook, log, changes);
  return { changed: changes.map((change) => change.taskId), problems };
}

/** Rewrites each named person's tab from the log (creating it the first time). */
export function writeAssigneeTabs(
  ports: Ports,
  log: TaskLog,
  staff: readonly StaffMember[],
  today: string,
  emails: readonly string[],
): void {
  const { workbook } = ports;
  const tabNames = assigneeTabNames(staff);
  const existing = new Set(workbook.tabNames());
  for (const email of new Set(emails.map((e) => e.toLowerCase()))) {
    const tab = tabNames.get(email);
    if (!tab) continue;
    const rows = assigneeRows(
      log.tasks.filter((task) => task.assigneeEmail.toLowerCase() === email),
      today,
    );
    if (existing.has(tab)) workbook.clearFrom(tab, 2);
    else workbook.createTab(tab, ASSIGNEE_LAYOUT);
    if (rows.length > 0) workbook.write(tab, 2, 1, rows);
    workbook.formatBody(tab, ASSIGNEE_LAYOUT, rows.length);
    if (!existing.has(tab)) {
      workbook.protect(tab, {
        kind: 'assignee',
        description: `SEND Delegate: ${tab}. Only Status and Notes are yours to edit.`,
        editorEmail: email,
        editableColumns: [STATUS_COLUMN, NOTES_COLUMN],
      });
    }
  }
}

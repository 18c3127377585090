/**
 * Keeps assignee tabs and the Tasks log in step: first copies Status/Notes typed in a tab into the
 * log, then rewrites the tab from the log, so regenerating a tab never loses a note.
 */
import {
  assigneeRows,
  assigneeTabNames,
  cellsFor,
  mergeAssigneeEdits,
  NOTES_COLUMN,
  readAssigneeEdits,
  STATUS_COLUMN,
  type TaskChange,
} from '../core/assigneeTab';
import { cellToIsoDate } from '../core/dates';
import type { Cell, Grid, StaffMember } from '../core/types';
import { ASSIGNEE_LAYOUT } from './layouts';
import type { TaskLog } from './load';
import type { Ports, WorkbookPort } from './ports';
import { writeTaskField } from './writeColumn';

export interface TabSnapshot {
  tab: string;
  email: string;
  grid: Grid;
}

export interface SyncOutcome {
  changed: string[];
  problems: string[];
}

/** Reads the existing tabs of the chosen people (by lower-cased email), once each. */
export function readAssigneeTabs(
  workbook: WorkbookPort,
  staff: readonly StaffMember[],
  choose: (email: string, tab: string) => boolean = () => true,
): TabSnapshot[] {
  const snapshots: TabSnapshot[] = [];
  for (const [email, tab] of assigneeTabNames(staff)) {
    if (choose(email, tab) && workbook.hasTab(tab))
      snapshots.push({ tab, email, grid: workbook.readTab(tab) });
  }
  return snapshots;
}

/** Writes changes into the log: per field, one block spanning the changed rows. */
function writeChanges(workbook: WorkbookPort, log: TaskLog, changes: readonly TaskChange[]): void {
  if (changes.length === 0) return;
  const byId = new Map(log.tasks.map((task) => [task.id, task]));
  for (const field of ['status', 'notes', 'completed'] as const) {
    const cells = new Map<number, Cell>();
    for (const change of changes) {
      const row = byId.get(change.taskId)?.row;
      if (row) cells.set(row, cellsFor(change)[field]);
    }
    writeTaskField(workbook, log, field, cells);
  }
  for (const change of changes) {
    const task = byId.get(change.taskId);
    if (task)
      Object.assign(task, { status: change.status, notes: change.notes, completed: change.completed });
  }
}

/** Copies Status/Notes edits found in the snapshots into the log. */
export function pullAssigneeEdits(
  ports: Ports,
  log: TaskLog,
  snapshots: readonly TabSnapshot[],
  today: string,
): SyncOutcome {
  const tabs = snapshots.map(({ tab, email, grid }) => ({ tab, email, edits: readAssigneeEdits(grid) }));
  const { changes, problems } = mergeAssigneeEdits(log.tasks, tabs, today);
  writeChanges(ports.workbook, log, changes);
  return { changed: changes.map((change) => change.taskId), problems };
}

/** A cell as the tab would show it, so fresh rows can be compared with what was read. */
function canonical(cell: Cell | undefined, timeZone: string): string {
  if (cell instanceof Date) return cellToIsoDate(cell, timeZone);
  const text = String(cell ?? '');
  return text.startsWith("'") ? text.slice(1) : text;
}

function sameBody(current: Grid, rows: Grid, timeZone: string): boolean {
  const body = current.slice(1).filter((row) => row.some((cell) => cell !== ''));
  if (body.length !== rows.length) return false;
  return rows.every((row, r) =>
    row.every((cell, c) => canonical(cell, timeZone) === canonical(body[r]?.[c], timeZone)),
  );
}

/**
 * Rewrites each named person's tab from the log, creating it the first time. With snapshots, a
 * tab whose content is already right is left alone.
 */
export function writeAssigneeTabs(
  ports: Ports,
  log: TaskLog,
  staff: readonly StaffMember[],
  today: string,
  emails: readonly string[],
  snapshots: readonly TabSnapshot[] = [],
): string[] {
  const { workbook } = ports;
  const tabNames = assigneeTabNames(staff);
  const known = new Map(snapshots.map((snapshot) => [snapshot.tab, snapshot.grid]));
  const byEmail = new Map<string, typeof log.tasks>();
  for (const task of log.tasks) {
    const key = task.assigneeEmail.toLowerCase();
    byEmail.set(key, [...(byEmail.get(key) ?? []), task]);
  }
  const written: string[] = [];
  for (const email of new Set(emails.map((e) => e.toLowerCase()))) {
    const tab = tabNames.get(email);
    if (!tab) continue;
    const rows = assigneeRows(byEmail.get(email) ?? [], today);
    const current = known.get(tab);
    if (current && sameBody(current, rows, workbook.timeZone())) continue;
    const exists = workbook.hasTab(tab);
    if (exists) workbook.clearFrom(tab, 2);
    else workbook.createTab(tab, ASSIGNEE_LAYOUT);
    if (rows.length > 0) workbook.write(tab, 2, 1, rows);
    workbook.formatBody(tab, ASSIGNEE_LAYOUT, rows.length);
    if (!exists) {
      workbook.protect(tab, {
        kind: 'assignee',
        description: `SEND Delegate: ${tab}. Only Status and Notes are yours to edit.`,
        editorEmail: email,
        editableColumns: [STATUS_COLUMN, NOTES_COLUMN],
      });
    }
    written.push(tab);
  }
  return written;
}

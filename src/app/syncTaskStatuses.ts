/**
 * Status flowing back: Status/Notes typed in assignee tabs are copied into the Tasks log by task
 * id, then the tabs are rewritten from the log where they differ. Problems are reported, never guessed.
 */
import { isAssigneeTab, NOTES_COLUMN, STATUS_COLUMN } from '../core/assigneeTab';
import { pullAssigneeEdits, readAssigneeTabs, writeAssigneeTabs } from './assigneeTabs';
import { loadStaff, loadTaskLog, today } from './load';
import type { Ports } from './ports';

export interface SyncReport {
  changed: number;
  problems: string[];
  message: string;
}

function report(changed: number, problems: string[]): SyncReport {
  const lead =
    changed === 0
      ? 'No new statuses or notes to copy.'
      : `Copied ${changed} task update(s) into the Tasks log.`;
  const tail = problems.length > 0 ? ` ${problems.length} row(s) need a look: ${problems.join(' ')}` : '';
  return { changed, problems, message: `${lead}${tail}` };
}

/** Every assignee tab in one batch (menu "Sync task statuses" and the daily run). */
export function syncTaskStatuses(ports: Ports): SyncReport {
  return ports.lock.withLock(() => {
    const log = loadTaskLog(ports.workbook);
    const { staff } = loadStaff(ports.workbook);
    const day = today(ports);
    const snapshots = readAssigneeTabs(ports.workbook, staff);
    const outcome = pullAssigneeEdits(ports, log, snapshots, day);
    const emails = [...new Set(log.tasks.map((task) => task.assigneeEmail))];
    writeAssigneeTabs(ports, log, staff, day, emails, snapshots);
    return report(outcome.changed.length, outcome.problems);
  });
}

/** One assignee tab, after someone edited it (installable on-edit trigger); null when not ours. */
export function syncEditedTab(
  ports: Ports,
  tab: string,
  firstColumn: number,
  lastColumn: number,
): SyncReport | null {
  const touches = (column: number) => firstColumn <= column && column <= lastColumn;
  if (!isAssigneeTab(tab) || !(touches(STATUS_COLUMN) || touches(NOTES_COLUMN))) return null;
  return ports.lock.withLock(() => {
    const log = loadTaskLog(ports.workbook);
    const { staff } = loadStaff(ports.workbook);
    const snapshots = readAssigneeTabs(ports.workbook, staff, (_email, name) => name === tab);
    const outcome = pullAssigneeEdits(ports, log, snapshots, today(ports));
    return report(outcome.changed.length, outcome.problems);
  });
}

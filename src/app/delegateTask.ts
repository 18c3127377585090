/**
 * The core use case: validate everything, then append one log row per (pupil, assignee), refresh
 * each assignee's tab and send each one notice. A repeated requestId changes nothing, except
 * sending a notice that failed the first time.
 */
import { delegationWarnings, planTasks, validateRequest } from '../core/delegation';
import { UserError } from '../core/errors';
import type { DelegateResult } from '../core/rpc';
import { isOpen, type LoggedTask, nextTaskIds, taskRow } from '../core/taskLog';
import type { StaffMember } from '../core/types';
import { pullAssigneeEdits, readAssigneeTabs, writeAssigneeTabs } from './assigneeTabs';
import { TASKS_TAB } from './layouts';
import { loadRegister, loadSettings, loadStaff, loadTaskLog, type TaskLog, today } from './load';
import { sendTaskNotices } from './notices';
import type { Ports } from './ports';

function requireSetUp(log: TaskLog): void {
  if (log.columns.id === undefined) {
    throw new UserError(
      'The Tasks tab is missing. Choose Extensions → SEND Delegate → Set up register first.',
    );
  }
}

function result(tasks: readonly LoggedTask[], notified: string[], warnings: string[]): DelegateResult {
  return { taskIds: tasks.map((task) => task.id), notified, ...(warnings.length > 0 ? { warnings } : {}) };
}

/** Appends the tasks and refreshes the tabs; on failure the appended rows are removed again. */
function writeTasks(
  ports: Ports,
  log: TaskLog,
  staff: readonly StaffMember[],
  tasks: LoggedTask[],
  day: string,
  emails: string[],
): void {
  const width = Math.max(log.grid[0]?.length ?? 0, 1);
  const firstRow = ports.workbook.append(
    TASKS_TAB,
    tasks.map((task) => taskRow(task, log.columns, width)),
  );
  tasks.forEach((task, i) => {
    task.row = firstRow + i;
  });
  try {
    const wanted = new Set(emails.map((email) => email.toLowerCase()));
    pullAssigneeEdits(
      ports,
      log,
      readAssigneeTabs(ports.workbook, staff, (email) => wanted.has(email)),
      day,
    );
    log.tasks.push(...tasks);
    writeAssigneeTabs(ports, log, staff, day, emails);
  } catch (error) {
    ports.workbook.clearFrom(TASKS_TAB, firstRow);
    throw error;
  }
}

export function delegateTask(ports: Ports, request: unknown): DelegateResult {
  return ports.lock.withLock(() => {
    const { workbook } = ports;
    const settings = loadSettings(workbook);
    const log = loadTaskLog(workbook);
    requireSetUp(log);
    const staff = loadStaff(workbook).staff;
    const requestId =
      typeof request === 'object' && request
        ? String((request as { requestId?: unknown }).requestId ?? '')
        : '';
    const earlier = requestId ? log.tasks.filter((task) => task.requestId === requestId) : [];
    if (earlier.length > 0) {
      const { notified, warnings } = sendTaskNotices(ports, settings, staff, log, earlier);
      return result(earlier, notified, warnings);
    }
    const register = loadRegister(workbook, settings);
    if (!register)
      throw new UserError('No SEND register was found. Choose Extensions → SEND Delegate → Set up register.');
    const day = today(ports);
    const valid = validateRequest(request, { pupils: register.pupils, staff, settings, today: day });
    const warnings = delegationWarnings(
      valid,
      log.tasks.filter((task) => isOpen(task.status)),
      settings.holidays,
    );
    const ids = nextTaskIds(log.tasks, valid.pupils.length * valid.assignees.length);
    const tasks: LoggedTask[] = planTasks(valid, ids, ports.clock.now().toISOString()).map((task) => ({
      ...task,
      row: 0,
    }));
    const emails = valid.assignees.map((member) => member.email);
    writeTasks(ports, log, staff, tasks, day, emails);
    const sent = sendTaskNotices(ports, settings, staff, log, tasks);
    return result(tasks, sent.notified, [...warnings, ...sent.warnings]);
  });
}

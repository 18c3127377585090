/**
 * The SENCO managing what was handed off: list and filter, a pupil's evidence trail, and changes
 * to one task (reassign, new due date, cancel, mark checked). Each change writes the task's row
 * once, refreshes the tabs it touches and tells the people affected.
 */
import { assigneeTabNames } from '../core/assigneeTab';
import { changeNotice } from '../core/changeNotice';
import { formatUkDate } from '../core/dates';
import { checkAssignees, checkDueDate } from '../core/delegation';
import { UserError } from '../core/errors';
import { pupilInEmail } from '../core/pupilLabel';
import type { PupilHistory, TaskList, TaskQuery, TaskUpdate, TaskUpdateResult } from '../core/rpc';
import { isOpen, type LoggedTask, taskRow } from '../core/taskLog';
import { pupilHistory, queryTasks, summarise } from '../core/taskQuery';
import type { Settings, StaffMember } from '../core/types';
import { pullAssigneeEdits, readAssigneeTabs, writeAssigneeTabs } from './assigneeTabs';
import { TASKS_TAB } from './layouts';
import { loadRegister, loadSettings, loadStaff, loadTaskLog, type TaskLog, today } from './load';
import { senderName, sendTaskNotices } from './notices';
import type { Ports } from './ports';

export function listTasks(ports: Ports, query: unknown): TaskList {
  const { tasks } = loadTaskLog(ports.workbook);
  return queryTasks(tasks, (typeof query === 'object' && query ? query : {}) as TaskQuery, today(ports));
}

export function getPupilTasks(ports: Ports, pupilId: unknown): PupilHistory {
  const id = String(pupilId ?? '').trim();
  const settings = loadSettings(ports.workbook);
  const pupil = loadRegister(ports.workbook, settings)?.pupils.find((p) => p.id === id);
  if (!pupil) throw new UserError(`Pupil id ${id || '(blank)'} is not on the register.`);
  const { tasks } = loadTaskLog(ports.workbook);
  return { pupil: { id: pupil.id, name: pupil.name }, tasks: pupilHistory(tasks, id, today(ports)) };
}

function tell(
  ports: Ports,
  settings: Settings,
  staff: readonly StaffMember[],
  task: LoggedTask,
  to: { email: string; name: string },
  change: { kind: 'moved'; to: string } | { kind: 'cancelled' },
): boolean {
  const notice = changeNotice({
    schoolName: settings.schoolName,
    senderName: senderName(settings),
    assigneeName: to.name,
    title: task.title,
    pupilLabel: pupilInEmail({ id: task.pupilId, name: task.pupilLabel }, settings.pupilIdentifier),
    due: task.due,
    change,
    tabUrl: ports.workbook.url(assigneeTabNames(staff).get(to.email.toLowerCase())),
  });
  try {
    ports.mail.send({ to: to.email, subject: notice.subject, text: notice.text, html: notice.html });
    return true;
  } catch (error) {
    ports.log.error(`change notice to ${to.email}`, error);
    return false;
  }
}

/** Who heard about a change, in words: "both were told." / "no email could go to J Smith; tell them yourself." */
function told(notified: readonly string[], people: readonly { email: string; name: string }[]): string {
  const reached = new Set(notified.map((email) => email.toLowerCase()));
  const missed = people
    .filter((person) => !reached.has(person.email.toLowerCase()))
    .map((person) => person.name);
  if (missed.length === 0)
    return people.length > 1 ? 'both were told.' : `${people[0]?.name ?? 'they'} was told.`;
  return `no email could go to ${missed.join(' or ')} just now; please tell them yourself.`;
}

function writeRow(ports: Ports, log: TaskLog, task: LoggedTask): void {
  const width = Math.max(log.grid[0]?.length ?? 0, 1);
  ports.workbook.write(TASKS_TAB, task.row, 1, [taskRow(task, log.columns, width)]);
}

export function updateTask(ports: Ports, update: unknown): TaskUpdateResult {
  return ports.lock.withLock(() => {
    const { workbook } = ports;
    const change = (typeof update === 'object' && update ? update : {}) as Partial<TaskUpdate> &
      Record<string, unknown>;
    const settings = loadSettings(workbook);
    const log = loadTaskLog(workbook);
    const { staff } = loadStaff(workbook);
    const day = today(ports);
    const task = log.tasks.find((t) => t.id === String(change.taskId ?? ''));
    if (!task) throw new UserError(`Task ${String(change.taskId ?? '(blank)')} is not in the Tasks log.`);
    const before = { email: task.assigneeEmail, name: task.assigneeName };
    // Copy anything the assignee typed first, so their notes survive the change.
    const touched = new Set([before.email.toLowerCase()]);
    pullAssigneeEdits(
      ports,
      log,
      readAssigneeTabs(workbook, staff, (email) => touched.has(email)),
      day,
    );
    const notified: string[] = [];
    let message: string;

    switch (change.action) {
      case 'reassign': {
        const [next] = checkAssignees([String(change.assigneeEmail ?? '')], {
          pupils: [],
          staff,
          settings,
          today: day,
        });
        if (!next) throw new UserError('Choose who the task should go to.');
        if (next.email.toLowerCase() === before.email.toLowerCase()) {
          return {
            task: summarise(task, day),
            notified,
            message: `${task.id} is already with ${next.name}.`,
          };
        }
        if (!isOpen(task.status))
          throw new UserError(`${task.id} is ${task.status.toLowerCase()}; only open tasks can move.`);
        Object.assign(task, {
          assigneeEmail: next.email,
          assigneeName: next.name,
          notifiedAt: '',
          lastReminder: '',
        });
        writeRow(ports, log, task);
        writeAssigneeTabs(ports, log, staff, day, [before.email, next.email]);
        notified.push(...sendTaskNotices(ports, settings, staff, log, [task]).notified);
        if (tell(ports, settings, staff, task, before, { kind: 'moved', to: next.name }))
          notified.push(before.email);
        message = `${task.id} moved from ${before.name} to ${next.name}; ${told(notified, [next, before])}`;
        break;
      }
      case 'changeDue': {
        const due = checkDueDate(change.dueDate, day);
        Object.assign(task, { due, lastReminder: '' });
        writeRow(ports, log, task);
        writeAssigneeTabs(ports, log, staff, day, [task.assigneeEmail]);
        message = `${task.id} is now due ${formatUkDate(due)}.`;
        break;
      }
      case 'cancel': {
        if (task.status === 'Cancelled')
          return { task: summarise(task, day), notified, message: `${task.id} was already cancelled.` };
        task.status = 'Cancelled';
        writeRow(ports, log, task);
        writeAssigneeTabs(ports, log, staff, day, [task.assigneeEmail]);
        if (tell(ports, settings, staff, task, before, { kind: 'cancelled' })) notified.push(before.email);
        message = `${task.id} cancelled; ${told(notified, [before])}`;
        break;
      }
      case 'markChecked': {
        task.checkedBySenco = task.checkedBySenco || day;
        writeRow(ports, log, task);
        message = `${task.id} marked as checked.`;
        break;
      }
      default:
        throw new UserError(
          'Choose what to change: reassign, change the due date, cancel or mark as checked.',
        );
    }
    return { task: summarise(task, day), notified, message };
  });
}
